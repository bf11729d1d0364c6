// 服务产品情况表 (如无, 可不填; not limited to the template's 15 rows).
#include "imgui.h"
#include "sxpool/fields/application_fields.hpp"
#include "views/wizard/steps.hpp"
#include "widgets/table_editor.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {

void drawProductsStep(Form& f, WizardEnv&) {
  sectionHeading(f, "products", fields::label(&Application::products));
  hintText("如无，可不填。行数不限。");
  drawFieldMessages(f, "products", true);
  const TableSpec spec{"products",
                       {{fields::label(&ServiceProduct::name), 1},
                        {fields::label(&ServiceProduct::content), 2},
                        {fields::label(&ServiceProduct::application), 2}},
                       "name"};
  tableEditor(f, spec, SXPOOL_AT(products), ServiceProduct{}, [&](std::size_t i) {
    ImGui::TableNextColumn();
    textField(f, cellPath("products", i, "name"), fields::label(&ServiceProduct::name), SXPOOL_ROW(products, i, name),
              FieldOpts().inCell());
    ImGui::TableNextColumn();
    textField(f, cellPath("products", i, "content"), fields::label(&ServiceProduct::content),
              SXPOOL_ROW(products, i, content), FieldOpts().inCell());
    ImGui::TableNextColumn();
    textField(f, cellPath("products", i, "application"), fields::label(&ServiceProduct::application),
              SXPOOL_ROW(products, i, application), FieldOpts().inCell());
  });
}

}  // namespace sxpool::web
