// 入库基本条件 (指南第六条) 6-0 … 6-7: pass / fail and why, from the domain model's findings.
#include <algorithm>
#include <functional>

#include "imgui.h"
#include "sxpool/money.hpp"
#include "sxpool/text.hpp"
#include "views/wizard/steps.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {
namespace {

enum class RuleState { Pass, Fail, Pending, Review };

struct Rule {
  const char* id;
  const char* title;
  std::vector<const char*> inputs;                  // paths whose errors also block the rule (its inputs' formats)
  std::function<bool(const Application&)> pending;  // inputs not filled yet: nothing to judge
  std::function<std::string(const Application&, const RoundSettings&)> passReason;
};

bool has(const Application& a, MaterialKind k) {
  return std::any_of(a.materials.begin(), a.materials.end(),
                     [k](const Material& m) { return m.kind == k && m.sizeBytes > 0; });
}

const std::vector<Rule>& rules() {
  static const std::vector<Rule> all = {
      {"6-0",
       "依法成立且注册地在山西省",
       {"basic.uscc", "basic.address"},
       [](const Application& a) { return isBlank(a.basic.uscc) || isBlank(a.basic.address); },
       [](const Application&, const RoundSettings&) {
         return std::string("统一社会信用代码的登记地和地址均在山西省");
       }},
      {"6-1",
       "拥护党的领导，诚信守法（承诺）",
       {},
       nullptr,
       [](const Application&, const RoundSettings&) { return std::string("已作出承诺"); }},
      {"6-2",
       "独立法人，成立并运营两年以上，财务状况良好",
       {"basic.foundedOn"},
       [](const Application& a) { return !a.basic.foundedOn; },
       [](const Application& a, const RoundSettings&) {
         return "成立于" + formatDate(*a.basic.foundedOn) + "，已满两年；已上传近两年审计报告";
       }},
      {"6-3",
       "有明确的专业服务方向（最多两项）",
       {},
       nullptr,
       [](const Application& a, const RoundSettings&) {
         std::string s = "已选：";
         for (std::size_t i = 0; i < a.basic.directions.size(); ++i)
           s += (i ? "、" : "") + std::string(labelOf(a.basic.directions[i]));
         return s;
       }},
      {"6-4",
       "合作专家与合作机构达到数量要求",
       {},
       nullptr,
       [](const Application& a, const RoundSettings&) {
         int senior = 0, partners = 0;
         for (const auto& e : a.experts)
           senior += e.title == TitleLevel::ViceSenior || e.title == TitleLevel::FullSenior ||
                     e.title == TitleLevel::EquivalentSenior;
         for (const auto& p : a.partners) partners += p.agreementSigned;
         return "副高级以上专家" + std::to_string(senior) + "人，专家共" + std::to_string(a.experts.size()) +
                "人，签约合作机构" + std::to_string(partners) + "个";
       }},
      {"6-5",
       "有固定的经营服务场所",
       {"basic.serviceArea"},
       [](const Application& a) { return !a.basic.serviceArea; },
       [](const Application& a, const RoundSettings&) {
         return "服务场地" + formatDecimal2(*a.basic.serviceArea) + "平方米，已上传产权证书或租赁合同";
       }},
      {"6-6",
       "近一年点对点服务企业不少于规定数量",
       {},
       nullptr,
       [](const Application& a, const RoundSettings& r) {
         int n = 0;
         for (const auto& e : a.enterprises) n += e.year == r.previousYear();
         return std::to_string(r.previousYear()) + "年服务企业" + std::to_string(n) + "家（需不少于" +
                std::to_string(r.minServedEnterprises) + "家）";
       }},
      {"6-7",
       "近两年无失信、异常经营、税收违法记录",
       {},
       nullptr,
       [](const Application& a, const RoundSettings&) {
         return std::string(has(a, MaterialKind::CreditCheck) ? "已上传“信用中国”查询截图，" : "") +
                "法定代表人已作出诚信承诺";
       }},
  };
  return all;
}

const char* stateLabel(RuleState s) {
  switch (s) {
    case RuleState::Pass: return "符合";
    case RuleState::Fail: return "不符合";
    case RuleState::Pending: return "待填写";
    case RuleState::Review: return "待复核";
  }
  return "";
}

ImVec4 stateColor(RuleState s) {
  switch (s) {
    case RuleState::Pass: return ImVec4(0.10f, 0.50f, 0.20f, 1);
    case RuleState::Fail: return ImVec4(0.75f, 0.15f, 0.10f, 1);
    case RuleState::Pending: return ImVec4(0.45f, 0.45f, 0.45f, 1);
    case RuleState::Review: return ImVec4(0.12f, 0.37f, 0.75f, 1);
  }
  return ImVec4(0, 0, 0, 1);
}

void reasonLine(Form& f, const Finding& finding, int index) {
  ImGui::PushID(index);
  drawFinding(finding);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("点击跳转到该处修改");
  if (ImGui::IsItemClicked()) {
    f.editor.step = stepOfPath(finding.path);
    f.editor.jumpTo = finding.path;
  }
  ImGui::PopID();
}

}  // namespace

void drawEligibilityPanel(Form& f) {
  const Application& app = f.editor.app();
  const Findings& all = f.editor.findings();
  hintText("入库基本条件自查（指南第六条）");
  int index = 0;
  for (const Rule& rule : rules()) {
    Findings why = findingsOfRule(all, rule.id);
    const bool pending = rule.pending && rule.pending(app);
    if (!pending)  // a filled input that fails its format check (e.g. the USCC checksum) blocks the rule too
      for (const char* input : rule.inputs)
        for (const Finding& finding : findingsAt(all, input))
          if (finding.severity == Severity::Error && finding.ruleId.rfind(rule.id, 0) != 0) why.push_back(finding);
    const bool fail =
        std::any_of(why.begin(), why.end(), [](const Finding& x) { return x.severity == Severity::Error; });
    const bool review =
        std::any_of(why.begin(), why.end(), [](const Finding& x) { return x.severity == Severity::NeedsManualReview; });
    RuleState state = fail      ? RuleState::Fail
                      : pending ? RuleState::Pending
                      : review  ? RuleState::Review
                                : RuleState::Pass;

    ImGui::Separator();
    ImGui::TextColored(stateColor(state), "%s", stateLabel(state));
    ImGui::SameLine();
    wrappedText(std::string(rule.id) + " " + rule.title);
    f.widgets.setValue(std::string("eligibility:") + rule.id, stateLabel(state));
    ImGui::Indent(8);
    if (state == RuleState::Pending)
      hintText("尚未填写相关内容");
    else if (state == RuleState::Pass && why.empty())
      hintText("%s", rule.passReason(app, f.editor.round()).c_str());
    for (const Finding& finding : why) reasonLine(f, finding, index++);
    ImGui::Unindent(8);
  }
}

}  // namespace sxpool::web
