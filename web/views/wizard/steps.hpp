#pragma once
// The wizard's steps: what each covers (field path prefixes), its state, and one draw function per step.
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/findings.hpp"
#include "views/wizard/wizard.hpp"
#include "widgets/fields.hpp"

namespace sxpool::web {

enum class WizardStep {
  Basic,        // 申请表
  Overview,     // 单位情况概述
  Products,     // 服务产品情况表
  Staff,        // 服务人员基本情况表
  Enterprises,  // 服务企业情况登记表 + 典型案例
  Experts,      // 专家与合作机构
  Operations,   // 近两年经营情况
  Materials,    // 申请材料
  Declaration,  // 承诺与真实性声明, 提交
  Review,       // 检查全部问题
  Count
};

constexpr int kStepCount = static_cast<int>(WizardStep::Count);

enum class StepState { Empty, HasErrors, Done };

const char* stepTitle(int step);
const char* stepStateLabel(StepState s);
// Field path prefixes the step covers ("basic", "routing" for 申请表).
const std::vector<std::string_view>& stepPrefixes(int step);
// True when `path` is `prefix` or lies under it ("staff[2].name" under "staff").
bool pathUnder(std::string_view path, std::string_view prefix);
// The step that shows `path` (unknown paths → 申请表).
int stepOfPath(std::string_view path);
// 未填 (nothing in the step filled yet), 有错误 (an error finding in it), else 已完成. The review step: 有错误 while
// any error remains anywhere.
StepState stepState(int step, const Application& app, const Findings& findings);
bool stepFilled(int step, const Application& app);
bool stepOptional(int step);
// The domain's findings plus the buffered texts that do not parse.
Findings wizardFindings(const DraftEditor& editor);
// A path one level up ("staff[3].name" → "staff[3]" → "staff" → ""), for jumps to paths no field shows.
std::string parentPath(std::string_view path);

// One per step (one file each).
void drawBasicStep(Form& form, WizardEnv& env);
void drawRoutingSection(Form& form, WizardEnv& env);
void drawOverviewStep(Form& form, WizardEnv& env);
void drawProductsStep(Form& form, WizardEnv& env);
void drawStaffStep(Form& form, WizardEnv& env);
void drawEnterprisesStep(Form& form, WizardEnv& env);
void drawExpertsStep(Form& form, WizardEnv& env);
void drawOperationsStep(Form& form, WizardEnv& env);
void drawMaterialsStep(Form& form, WizardEnv& env);
void drawDeclarationStep(Form& form, WizardEnv& env);
void drawReviewStep(Form& form, WizardEnv& env);

// The eligibility checklist 6-0 … 6-7 (right column or top panel).
void drawEligibilityPanel(Form& form);
// The step list (left column).
void drawStepList(Form& form, const Findings& findings);

}  // namespace sxpool::web
