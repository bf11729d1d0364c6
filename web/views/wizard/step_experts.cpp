// 专家与合作机构 (第六条(四), 第七条(七)): the experts of last year and the partners with signed agreements.
#include "imgui.h"
#include "views/wizard/steps.hpp"
#include "widgets/table_editor.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {
namespace {

bool isSenior(TitleLevel t) {
  return t == TitleLevel::ViceSenior || t == TitleLevel::FullSenior || t == TitleLevel::EquivalentSenior;
}

void drawExperts(Form& f) {
  sectionHeading(f, "experts", "上年度合作专家名单");
  const RoundSettings& round = f.editor.round();
  int senior = 0;
  for (const auto& e : f.editor.app().experts) senior += isSenior(e.title) ? 1 : 0;
  hintText("第六条（四）：副高级以上或同等水平专家%d人以上，相关专家%d人以上。当前：副高级以上 %d 人，共 %zu 人。",
           round.minSeniorExperts, round.minExperts, senior, f.editor.app().experts.size());
  drawFieldMessages(f, "experts", true);
  const TableSpec spec{"experts",
                       {{"姓名", 1},
                        {"职称级别", 1.4f},
                        {"职称名称", 1.2f},
                        {"专业领域", 1.2f},
                        {"工作单位", 1.5f},
                        {"有合作协议或佐证", 0.8f}},
                       "name"};
  tableEditor(f, spec, SXPOOL_AT(experts), Expert{}, [&](std::size_t i) {
    ImGui::TableNextColumn();
    textField(f, cellPath("experts", i, "name"), "姓名", SXPOOL_ROW(experts, i, name), FieldOpts().inCell());
    ImGui::TableNextColumn();
    enumField<TitleLevel>(f, cellPath("experts", i, "title"), "职称级别", SXPOOL_ROW(experts, i, title),
                          FieldOpts().inCell());
    ImGui::TableNextColumn();
    textField(f, cellPath("experts", i, "titleName"), "职称名称", SXPOOL_ROW(experts, i, titleName),
              FieldOpts().inCell().withHint("如 研究员"));
    ImGui::TableNextColumn();
    textField(f, cellPath("experts", i, "field"), "专业领域", SXPOOL_ROW(experts, i, field), FieldOpts().inCell());
    ImGui::TableNextColumn();
    textField(f, cellPath("experts", i, "employer"), "工作单位", SXPOOL_ROW(experts, i, employer),
              FieldOpts().inCell());
    ImGui::TableNextColumn();
    checkField(f, cellPath("experts", i, "hasAgreement"), "有", SXPOOL_ROW(experts, i, hasAgreement));
  });
}

void drawPartners(Form& f) {
  sectionHeading(f, "partners", "合作机构名单");
  int signed_ = 0;
  for (const auto& p : f.editor.app().partners) signed_ += p.agreementSigned ? 1 : 0;
  hintText("第六条（四）：签有合作协议的专业化、外联型合作机构%d个（含）以上。当前签约 %d 个。",
           f.editor.round().minPartners, signed_);
  drawFieldMessages(f, "partners", true);
  const TableSpec spec{
      "partners",
      {{"机构名称", 1.8f}, {"统一社会信用代码", 1.5f}, {"合作类型", 1}, {"签有合作协议", 0.7f}, {"协议签订日期", 1.1f}},
      "name"};
  tableEditor(f, spec, SXPOOL_AT(partners), Partner{}, [&](std::size_t i) {
    ImGui::TableNextColumn();
    textField(f, cellPath("partners", i, "name"), "机构名称", SXPOOL_ROW(partners, i, name), FieldOpts().inCell());
    ImGui::TableNextColumn();
    textField(f, cellPath("partners", i, "uscc"), "统一社会信用代码", SXPOOL_ROW(partners, i, uscc),
              FieldOpts().inCell().withHint("选填"),
              ImGuiInputTextFlags_CharsUppercase | ImGuiInputTextFlags_CharsNoBlank);
    ImGui::TableNextColumn();
    textField(f, cellPath("partners", i, "kind"), "合作类型", SXPOOL_ROW(partners, i, kind),
              FieldOpts().inCell().withHint("专业化 / 外联型"));
    ImGui::TableNextColumn();
    checkField(f, cellPath("partners", i, "agreementSigned"), "是", SXPOOL_ROW(partners, i, agreementSigned));
    ImGui::TableNextColumn();
    dateField(f, cellPath("partners", i, "agreementDate"), "协议签订日期", SXPOOL_ROW(partners, i, agreementDate),
              FieldOpts().inCell());
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
