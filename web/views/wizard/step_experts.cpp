// 专家与合作机构 (第六条(四), 第七条(七)): the experts of last year and the partners with signed agreements.
#include "imgui.h"
#include "sxpool/fields/application_fields.hpp"
#include "views/wizard/steps.hpp"
#include "widgets/table_editor.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {
namespace {

bool isSenior(TitleLevel t) {
  return t == TitleLevel::ViceSenior || t == TitleLevel::FullSenior || t == TitleLevel::EquivalentSenior;
}

void drawExperts(Form& f) {
  sectionHeading(f, "experts", fields::label(&Application::experts));
  const RoundSettings& round = f.editor.round();
  int senior = 0;
  for (const auto& e : f.editor.app().experts) senior += isSenior(e.title) ? 1 : 0;
  hintText("第六条（四）：副高级以上或同等水平专家%d人以上，相关专家%d人以上。当前：副高级以上 %d 人，共 %zu 人。",
           round.minSeniorExperts, round.minExperts, senior, f.editor.app().experts.size());
  drawFieldMessages(f, "experts", true);
  const TableSpec spec{"experts",
                       {{fields::label(&Expert::name), 1},
                        {fields::label(&Expert::title), 1.4f},
                        {fields::label(&Expert::titleName), 1.2f},
                        {fields::label(&Expert::field), 1.2f},
                        {fields::label(&Expert::employer), 1.5f},
                        {fields::label(&Expert::hasAgreement), 0.8f, kCheckboxCell}},
                       "name"};
  tableEditor(f, spec, SXPOOL_AT(experts), Expert{}, [&](std::size_t i) {
    ImGui::TableNextColumn();
    textField(f, cellPath("experts", i, "name"), fields::label(&Expert::name), SXPOOL_ROW(experts, i, name),
              FieldOpts().inCell());
    ImGui::TableNextColumn();
    enumField<TitleLevel>(f, cellPath("experts", i, "title"), fields::label(&Expert::title),
                          SXPOOL_ROW(experts, i, title), FieldOpts().inCell());
    ImGui::TableNextColumn();
    textField(f, cellPath("experts", i, "titleName"), fields::label(&Expert::titleName),
              SXPOOL_ROW(experts, i, titleName), FieldOpts().inCell().withHint("如 研究员"));
    ImGui::TableNextColumn();
    textField(f, cellPath("experts", i, "field"), fields::label(&Expert::field), SXPOOL_ROW(experts, i, field),
              FieldOpts().inCell());
    ImGui::TableNextColumn();
    textField(f, cellPath("experts", i, "employer"), fields::label(&Expert::employer), SXPOOL_ROW(experts, i, employer),
              FieldOpts().inCell());
    ImGui::TableNextColumn();
    checkField(f, cellPath("experts", i, "hasAgreement"), "有", SXPOOL_ROW(experts, i, hasAgreement));
  });
}

void drawPartners(Form& f) {
  sectionHeading(f, "partners", fields::label(&Application::partners));
  int signed_ = 0;
  for (const auto& p : f.editor.app().partners) signed_ += p.agreementSigned ? 1 : 0;
  hintText("第六条（四）：签有合作协议的专业化、外联型合作机构%d个（含）以上。当前签约 %d 个。",
           f.editor.round().minPartners, signed_);
  drawFieldMessages(f, "partners", true);
  const TableSpec spec{"partners",
                       {{fields::label(&Partner::name), 1.8f},
                        {fields::label(&Partner::uscc), 1.5f},
                        {fields::label(&Partner::kind), 1},
                        {fields::label(&Partner::agreementSigned), 0.7f, kCheckboxCell},
                        {fields::label(&Partner::agreementDate), 1.1f, "2025-03-15"}},
                       "name"};
  tableEditor(f, spec, SXPOOL_AT(partners), Partner{}, [&](std::size_t i) {
    ImGui::TableNextColumn();
    textField(f, cellPath("partners", i, "name"), fields::label(&Partner::name), SXPOOL_ROW(partners, i, name),
              FieldOpts().inCell());
    ImGui::TableNextColumn();
    textField(f, cellPath("partners", i, "uscc"), fields::label(&Partner::uscc), SXPOOL_ROW(partners, i, uscc),
              FieldOpts().inCell().withHint("选填"),
              ImGuiInputTextFlags_CharsUppercase | ImGuiInputTextFlags_CharsNoBlank);
    ImGui::TableNextColumn();
    textField(f, cellPath("partners", i, "kind"), fields::label(&Partner::kind), SXPOOL_ROW(partners, i, kind),
              FieldOpts().inCell().withHint("专业化 / 外联型"));
    ImGui::TableNextColumn();
    checkField(f, cellPath("partners", i, "agreementSigned"), "是", SXPOOL_ROW(partners, i, agreementSigned));
    ImGui::TableNextColumn();
    dateField(f, cellPath("partners", i, "agreementDate"), fields::label(&Partner::agreementDate),
              SXPOOL_ROW(partners, i, agreementDate), FieldOpts().inCell());
  });
}

}  // namespace

void drawExpertsStep(Form& f, WizardEnv&) {
  drawExperts(f);
  ImGui::Spacing();
  drawPartners(f);
  hintText("上年度与专家、机构合作的佐证材料请在“申请材料”第7项上传。");
}

}  // namespace sxpool::web
