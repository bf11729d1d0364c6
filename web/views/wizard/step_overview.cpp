// 单位情况概述 (第七条(二)): 基本情况, 发展沿革, 服务产品, 服务业绩.
#include "imgui.h"
#include "sxpool/fields/application_fields.hpp"
#include "views/wizard/steps.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {

void drawOverviewStep(Form& f, WizardEnv&) {
  sectionHeading(f, "overview", fields::label(&Application::overview));
  hintText("包括基本情况、发展沿革、服务产品、服务业绩（第七条（二））。");
  const TextLimits limits{0, 0, f.editor.round().maxLongTextChars};
  longTextField(f, "overview.basics", fields::label(&Overview::basics), SXPOOL_AT(overview.basics), limits);
  longTextField(f, "overview.history", fields::label(&Overview::history), SXPOOL_AT(overview.history), limits);
  longTextField(f, "overview.products", fields::label(&Overview::products), SXPOOL_AT(overview.products), limits);
  longTextField(f, "overview.achievements", fields::label(&Overview::achievements), SXPOOL_AT(overview.achievements),
                limits);
}

}  // namespace sxpool::web
