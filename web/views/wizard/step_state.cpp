#include "views/wizard/steps.hpp"

#include <array>

namespace sxpool::web {
namespace {

struct StepInfo {
  const char* title;
  std::vector<std::string_view> prefixes;
};

const std::array<StepInfo, kStepCount>& steps() {
  static const std::array<StepInfo, kStepCount> all = {{
      {"申请表", {"basic", "routing"}},
      {"单位情况概述", {"overview"}},
      {"服务产品", {"products"}},
      {"服务人员", {"staff"}},
      {"服务企业与典型案例", {"enterpriseCount", "enterprises", "cases"}},
      {"专家与合作机构", {"experts", "partners"}},
      {"近两年经营情况", {"operations"}},
      {"申请材料", {"materials"}},
      {"承诺与声明", {"commitments", "declaration"}},
      {"检查与提交", {}},
  }};
  return all;
}

bool yearFilled(const YearOperations& y) { return y.revenue || y.profit || y.enterprisesServed || y.activityCount; }

}  // namespace

const char* stepTitle(int step) { return steps().at(static_cast<std::size_t>(step)).title; }

const std::vector<std::string_view>& stepPrefixes(int step) {
  return steps().at(static_cast<std::size_t>(step)).prefixes;
}

const char* stepStateLabel(StepState s) {
  switch (s) {
    case StepState::Empty: return "未填";
    case StepState::HasErrors: return "有错误";
    case StepState::Done: return "已完成";
  }
  return "";
}

bool pathUnder(std::string_view path, std::string_view prefix) {
  if (path.compare(0, prefix.size(), prefix) != 0) return false;
  return path.size() == prefix.size() || path[prefix.size()] == '.' || path[prefix.size()] == '[';
}

int stepOfPath(std::string_view path) {
  for (int s = 0; s < kStepCount; ++s)
    for (std::string_view p : stepPrefixes(s))
      if (pathUnder(path, p)) return s;
  return static_cast<int>(WizardStep::Basic);
}

bool stepOptional(int step) { return step == static_cast<int>(WizardStep::Products); }

bool stepFilled(int step, const Application& a) {
  switch (static_cast<WizardStep>(step)) {
    case WizardStep::Basic: return !(a.basic == BasicInfo{}) || !(a.routing == Routing{});
    case WizardStep::Overview: return !(a.overview == Overview{});
    case WizardStep::Products: return !a.products.empty();
    case WizardStep::Staff: return !a.staff.empty();
    case WizardStep::Enterprises: return a.enterpriseCount || !a.enterprises.empty() || !a.cases.empty();
    case WizardStep::Experts: return !a.experts.empty() || !a.partners.empty();
    case WizardStep::Operations: return yearFilled(a.operations[0]) || yearFilled(a.operations[1]);
    case WizardStep::Materials: return !a.materials.empty();
    case WizardStep::Declaration: return !(a.commitments == Commitments{}) || !(a.declaration == Declaration{});
    case WizardStep::Review:
    case WizardStep::Count: break;
  }
  return true;
}

StepState stepState(int step, const Application& app, const Findings& findings) {
  const bool review = step == static_cast<int>(WizardStep::Review);
  if (!review && !stepFilled(step, app)) return StepState::Empty;
  for (const Finding& f : findings) {
    if (f.severity != Severity::Error) continue;
    if (review || stepOfPath(f.path) == step) return StepState::HasErrors;
  }
  return StepState::Done;
}

Findings wizardFindings(const DraftEditor& editor) {
  Findings all = editor.findings();
  for (Finding& f : bufferFindings(editor)) all.push_back(std::move(f));
  return all;
}

std::string parentPath(std::string_view path) {
  const auto cut = path.find_last_of(".[");
  return cut == std::string_view::npos ? std::string() : std::string(path.substr(0, cut));
}

}  // namespace sxpool::web
