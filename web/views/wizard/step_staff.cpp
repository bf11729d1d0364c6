// 服务人员基本情况表.
#include "imgui.h"
#include "sxpool/fields/application_fields.hpp"
#include "views/wizard/steps.hpp"
#include "widgets/table_editor.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {

void drawStaffStep(Form& f, WizardEnv&) {
  sectionHeading(f, "staff", fields::label(&Application::staff));
  hintText("注：可附职称证书、劳动合同、社保凭证或工资流水等佐证材料（材料第7项）。行数不限。");
  drawFieldMessages(f, "staff", true);
  const TableSpec spec{"staff",
                       {{fields::label(&StaffMember::name), 1},
                        {fields::label(&StaffMember::position), 1},
                        {fields::label(&StaffMember::title), 1.3f},
                        {fields::label(&StaffMember::titleName), 1.2f},
                        {fields::label(&StaffMember::education), 1.1f},
                        {fields::label(&StaffMember::hasContract), 0.9f, kCheckboxCell}},
                       "name"};
  tableEditor(f, spec, SXPOOL_AT(staff), StaffMember{}, [&](std::size_t i) {
    ImGui::TableNextColumn();
    textField(f, cellPath("staff", i, "name"), fields::label(&StaffMember::name), SXPOOL_ROW(staff, i, name),
              FieldOpts().inCell());
    ImGui::TableNextColumn();
    textField(f, cellPath("staff", i, "position"), fields::label(&StaffMember::position),
              SXPOOL_ROW(staff, i, position), FieldOpts().inCell());
    ImGui::TableNextColumn();
    enumField<TitleLevel>(f, cellPath("staff", i, "title"), fields::label(&StaffMember::title),
                          SXPOOL_ROW(staff, i, title), FieldOpts().inCell());
    ImGui::TableNextColumn();
    textField(f, cellPath("staff", i, "titleName"), fields::label(&StaffMember::titleName),
              SXPOOL_ROW(staff, i, titleName), FieldOpts().inCell().withHint("如 高级工程师"));
    ImGui::TableNextColumn();
    enumField<Education>(f, cellPath("staff", i, "education"), fields::label(&StaffMember::education),
                         SXPOOL_ROW(staff, i, education), FieldOpts().inCell());
    ImGui::TableNextColumn();
    checkField(f, cellPath("staff", i, "hasContract"), "有", SXPOOL_ROW(staff, i, hasContract));
  });
}

}  // namespace sxpool::web
