// 服务产品情况表 (如无, 可不填; not limited to the template's 15 rows).
#include "imgui.h"
#include "views/wizard/steps.hpp"
#include "widgets/table_editor.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {

void drawProductsStep(Form& f, WizardEnv&) {
  sectionHeading(f, "products", "服务产品情况表");
  hintText("如无，可不填。行数不限。");
  drawFieldMessages(f, "products", true);
  const TableSpec spec{"products", {{"服务产品名称", 1}, {"服务内容", 2}, {"产品应用情况", 2}}, "name"};
  tableEditor(f, spec, SXPOOL_AT(products), ServiceProduct{}, [&](std::size_t i) {
    ImGui::TableNextColumn();
    textField(f, cellPath("products", i, "name"), "服务产品名称", SXPOOL_ROW(products, i, name), FieldOpts().inCell());
    ImGui::TableNextColumn();
    textField(f, cellPath("products", i, "content"), "服务内容", SXPOOL_ROW(products, i, content),
              FieldOpts().inCell());
    ImGui::TableNextColumn();
    textField(f, cellPath("products", i, "application"), "产品应用情况", SXPOOL_ROW(products, i, application),
              FieldOpts().inCell());
  });
}

}  // namespace sxpool::web
