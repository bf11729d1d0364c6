// 申请表 (附件2): the one-page form, in the template's order.
#include "imgui.h"
#include "sxpool/findings.hpp"
#include "sxpool/routing.hpp"
#include "views/wizard/directions_control.hpp"
#include "views/wizard/steps.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {
namespace {

// The USCC also moves the 属地 default along, unless the applicant chose another unit.
void drawUscc(Form& f) {
  const std::string path = "basic.uscc";
  std::string value = f.editor.app().basic.uscc;
  FieldOpts opts = FieldOpts().withHint("18位，见营业执照或登记证书").withWidth(320);
  if (textInput(f, path, "统一社会信用代码", value, opts,
                ImGuiInputTextFlags_CharsUppercase | ImGuiInputTextFlags_CharsNoBlank)) {
    f.editor.edit(path, [&](Application& a) {
      const auto oldDefault = defaultRoutingForUscc(a.basic.uscc);
      const bool followsDefault = a.routing.kind == RoutingKind::Unset || (oldDefault && a.routing == *oldDefault);
      a.basic.uscc = value;
      if (!followsDefault) return;
      const auto newDefault = defaultRoutingForUscc(value);
      a.routing = newDefault ? *newDefault : Routing{};
    });
  }
  const Findings& all = f.editor.findings();
  const bool checksumDoubt = !findingsOfRule(findingsAt(all, path), "format.uscc.checksum").empty() ||
                             !findingsOfRule(findingsAt(all, path), "format.uscc.orgcode").empty();
  if (checksumDoubt || f.editor.app().basic.usccManualReview)
    checkField(f, "basic.usccManualReview", "代码与营业执照一致，但未通过校验：申请人工复核",
               SXPOOL_AT(basic.usccManualReview));
}

}  // namespace

void drawBasicStep(Form& f, WizardEnv& env) {
  sectionHeading(f, "basic", "单位基本信息");
  textField(f, "basic.name", "单位名称", SXPOOL_AT(basic.name),
            FieldOpts().withHint("与营业执照（登记证书）上的名称一致"));
  enumField<InstitutionNature>(f, "basic.nature", "机构性质", SXPOOL_AT(basic.nature), FieldOpts().withWidth(320));
  textField(f, "basic.address", "地址", SXPOOL_AT(basic.address), FieldOpts().withHint("如 山西省太原市小店区……"));
  textField(f, "basic.postalCode", "邮政编码", SXPOOL_AT(basic.postalCode),
            FieldOpts().withWidth(180).withHint("6位数字"), ImGuiInputTextFlags_CharsDecimal);
  textField(f, "basic.legalRepresentative", "法定代表人", SXPOOL_AT(basic.legalRepresentative),
            FieldOpts().withWidth(320));
  dateField(f, "basic.foundedOn", "成立日期", SXPOOL_AT(basic.foundedOn));
  drawUscc(f);
  decimalField(f, "basic.registeredCapital", "注册资本", SXPOOL_AT(basic.registeredCapital),
               FieldOpts().withUnit("万元"));

  ImGui::SeparatorText("联系方式");
  textField(f, "basic.contactName", "联系人", SXPOOL_AT(basic.contactName), FieldOpts().withWidth(320));
  textField(f, "basic.contactPhone", "联系电话", SXPOOL_AT(basic.contactPhone),
            FieldOpts().withWidth(320).withHint("手机号，或区号-座机号（如 0351-3046285）"));
  textField(f, "basic.email", "电子信箱", SXPOOL_AT(basic.email),
            FieldOpts().withWidth(320).withHint("name@example.com"));

  ImGui::SeparatorText("人员与服务资源");
  countField(f, "basic.employeeCount", "从业人数", SXPOOL_AT(basic.employeeCount), FieldOpts().withUnit("人"));
  countField(f, "basic.qualifiedStaffCount", "大专以上和中级职称以上人数", SXPOOL_AT(basic.qualifiedStaffCount),
             FieldOpts().withUnit("人"));
  countField(f, "basic.expertCount", "合作专家数量", SXPOOL_AT(basic.expertCount), FieldOpts().withUnit("人"));
  countField(f, "basic.partnerCount", "合作机构数量", SXPOOL_AT(basic.partnerCount), FieldOpts().withUnit("个"));
  decimalField(f, "basic.serviceAssets", "服务资产", SXPOOL_AT(basic.serviceAssets), FieldOpts().withUnit("万元"));
  decimalField(f, "basic.serviceArea", "服务场地", SXPOOL_AT(basic.serviceArea), FieldOpts().withUnit("平方米"));

  ImGui::SeparatorText("主要服务方向");
  drawDirections(f);

  ImGui::SeparatorText("服务活动开展情况");
  hintText("按条例，简明概况。哪年组织或参与开展的服务，达到的服务效果。");
  const RoundSettings& round = f.editor.round();
  longTextField(
      f, "basic.activities", "“一起益企”、产学研、项目对接等服务活动开展情况（400字左右）", SXPOOL_AT(basic.activities),
      TextLimits{round.activitiesTargetChars, round.activitiesMinChars, round.activitiesMaxChars}, FieldOpts(), 8);

  ImGui::SeparatorText("属地单位（按属地原则提交）");
  drawRoutingSection(f, env);

  ImGui::SeparatorText("填报日期");
  dateField(f, "basic.fillDate", "填报日期", SXPOOL_AT(basic.fillDate));
  hintText("“市级（综改区）推荐部门意见”由推荐部门填写，申请单位无需填写。");
}

}  // namespace sxpool::web
