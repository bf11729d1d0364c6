// 申请表 (附件2): the one-page form, in the template's order.
#include "imgui.h"
#include "sxpool/fields/application_fields.hpp"
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
  if (textInput(f, path, fields::label(&BasicInfo::uscc), value, opts,
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
  textField(f, "basic.name", fields::label(&BasicInfo::name), SXPOOL_AT(basic.name),
            FieldOpts().withHint("与营业执照（登记证书）上的名称一致"));
  enumField<InstitutionNature>(f, "basic.nature", fields::label(&BasicInfo::nature), SXPOOL_AT(basic.nature),
                               FieldOpts().withWidth(320));
  textField(f, "basic.address", fields::label(&BasicInfo::address), SXPOOL_AT(basic.address),
            FieldOpts().withHint("如 山西省太原市小店区……"));
  textField(f, "basic.postalCode", fields::label(&BasicInfo::postalCode), SXPOOL_AT(basic.postalCode),
            FieldOpts().withWidth(180).withHint("6位数字"), ImGuiInputTextFlags_CharsDecimal);
  textField(f, "basic.legalRepresentative", fields::label(&BasicInfo::legalRepresentative),
            SXPOOL_AT(basic.legalRepresentative), FieldOpts().withWidth(320));
  dateField(f, "basic.foundedOn", fields::label(&BasicInfo::foundedOn), SXPOOL_AT(basic.foundedOn));
  drawUscc(f);
  decimalField(f, "basic.registeredCapital", fields::label(&BasicInfo::registeredCapital),
               SXPOOL_AT(basic.registeredCapital), FieldOpts().withUnit(fields::unit(&BasicInfo::registeredCapital)));

  ImGui::SeparatorText("联系方式");
  textField(f, "basic.contactName", fields::label(&BasicInfo::contactName), SXPOOL_AT(basic.contactName),
            FieldOpts().withWidth(320));
  textField(f, "basic.contactPhone", fields::label(&BasicInfo::contactPhone), SXPOOL_AT(basic.contactPhone),
            FieldOpts().withWidth(320).withHint("手机号，或区号-座机号（如 0351-3046285）"));
  textField(f, "basic.email", fields::label(&BasicInfo::email), SXPOOL_AT(basic.email),
            FieldOpts().withWidth(320).withHint("name@example.com"));

  ImGui::SeparatorText("人员与服务资源");
  countField(f, "basic.employeeCount", fields::label(&BasicInfo::employeeCount), SXPOOL_AT(basic.employeeCount),
             FieldOpts().withUnit(fields::unit(&BasicInfo::employeeCount)));
  countField(f, "basic.qualifiedStaffCount", fields::label(&BasicInfo::qualifiedStaffCount),
             SXPOOL_AT(basic.qualifiedStaffCount), FieldOpts().withUnit(fields::unit(&BasicInfo::qualifiedStaffCount)));
  countField(f, "basic.expertCount", fields::label(&BasicInfo::expertCount), SXPOOL_AT(basic.expertCount),
             FieldOpts().withUnit(fields::unit(&BasicInfo::expertCount)));
  countField(f, "basic.partnerCount", fields::label(&BasicInfo::partnerCount), SXPOOL_AT(basic.partnerCount),
             FieldOpts().withUnit(fields::unit(&BasicInfo::partnerCount)));
  decimalField(f, "basic.serviceAssets", fields::label(&BasicInfo::serviceAssets), SXPOOL_AT(basic.serviceAssets),
               FieldOpts().withUnit(fields::unit(&BasicInfo::serviceAssets)));
  decimalField(f, "basic.serviceArea", fields::label(&BasicInfo::serviceArea), SXPOOL_AT(basic.serviceArea),
               FieldOpts().withUnit(fields::unit(&BasicInfo::serviceArea)));

  ImGui::SeparatorText(fields::label(&BasicInfo::directions));
  drawDirections(f);

  ImGui::SeparatorText("服务活动开展情况");
  hintText("按条例，简明概况。哪年组织或参与开展的服务，达到的服务效果。");
  const RoundSettings& round = f.editor.round();
  const std::string activities =
      std::string(fields::label(&BasicInfo::activities)) + fields::note(&BasicInfo::activities);
  longTextField(f, "basic.activities", activities.c_str(), SXPOOL_AT(basic.activities),
                TextLimits{round.activitiesTargetChars, round.activitiesMinChars, round.activitiesMaxChars},
                FieldOpts(), 8);

  ImGui::SeparatorText("属地单位（按属地原则提交）");
  drawRoutingSection(f, env);

  ImGui::SeparatorText(fields::label(&BasicInfo::fillDate));
  dateField(f, "basic.fillDate", fields::label(&BasicInfo::fillDate), SXPOOL_AT(basic.fillDate));
  hintText("“市级（综改区）推荐部门意见”由推荐部门填写，申请单位无需填写。");
}

}  // namespace sxpool::web
