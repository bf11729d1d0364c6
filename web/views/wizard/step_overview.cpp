// 单位情况概述 (第七条(二)): 基本情况, 发展沿革, 服务产品, 服务业绩.
#include "imgui.h"
#include "views/wizard/steps.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {

void drawOverviewStep(Form& f, WizardEnv&) {
  sectionHeading(f, "overview", "单位情况概述");
  hintText("包括基本情况、发展沿革、服务产品、服务业绩（第七条（二））。");
  const TextLimits limits{0, 0, f.editor.round().maxLongTextChars};
  longTextField(f, "overview.basics", "基本情况", SXPOOL_AT(overview.basics), limits);
  longTextField(f, "overview.history", "发展沿革", SXPOOL_AT(overview.history), limits);
  longTextField(f, "overview.products", "服务产品", SXPOOL_AT(overview.products), limits);
  longTextField(f, "overview.achievements", "服务业绩", SXPOOL_AT(overview.achievements), limits);
}

}  // namespace sxpool::web
