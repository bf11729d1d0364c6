// 服务人员基本情况表.
#include "imgui.h"
#include "views/wizard/steps.hpp"
#include "widgets/table_editor.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {

void drawStaffStep(Form& f, WizardEnv&) {
  sectionHeading(f, "staff", "服务人员基本情况表");
  hintText("注：可附职称证书、劳动合同、社保凭证或工资流水等佐证材料（材料第7项）。行数不限。");
  drawFieldMessages(f, "staff", true);
  const TableSpec spec{
      "staff",
      {{"姓名", 1}, {"职务", 1}, {"职称", 1.3f}, {"职称名称", 1.2f}, {"学历", 1.1f}, {"有无合同、社保证明等", 0.9f}},
      "name"};
  tableEditor(f, spec, SXPOOL_AT(staff), StaffMember{}, [&](std::size_t i) {
    ImGui::TableNextColumn();
    textField(f, cellPath("staff", i, "name"), "姓名", SXPOOL_ROW(staff, i, name), FieldOpts().inCell());
    ImGui::TableNextColumn();
    textField(f, cellPath("staff", i, "position"), "职务", SXPOOL_ROW(staff, i, position), FieldOpts().inCell());
    ImGui::TableNextColumn();
    enumField<TitleLevel>(f, cellPath("staff", i, "title"), "职称", SXPOOL_ROW(staff, i, title), FieldOpts().inCell());
    ImGui::TableNextColumn();
    textField(f, cellPath("staff", i, "titleName"), "职称名称", SXPOOL_ROW(staff, i, titleName),
              FieldOpts().inCell().withHint("如 高级工程师"));
    ImGui::TableNextColumn();
    enumField<Education>(f, cellPath("staff", i, "education"), "学历", SXPOOL_ROW(staff, i, education),
                         FieldOpts().inCell());
    ImGui::TableNextColumn();
    checkField(f, cellPath("staff", i, "hasContract"), "有", SXPOOL_ROW(staff, i, hasContract));
  });
}

}  // namespace sxpool::web
