// 服务企业情况登记表 and 服务典型案例 2–3 例 (第七条(九)).
#include "imgui.h"
#include "sxpool/fields/application_fields.hpp"
#include "views/wizard/steps.hpp"
#include "widgets/table_editor.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {
namespace {

// 服务年度: one of the round's two years (6-6 counts the rows of the later one).
void yearCell(Form& f, std::size_t i) {
  const RoundSettings& round = f.editor.round();
  const int years[] = {round.previousYear(), round.twoYearsAgo()};
  const std::string labels[] = {std::to_string(years[0]) + "年（上年度）", std::to_string(years[1]) + "年"};
  const std::vector<std::string_view> views{labels[0], labels[1]};
  const auto& year = f.editor.app().enterprises[i].year;
  int index = year == years[0] ? 0 : year == years[1] ? 1 : -1;
  const std::string path = cellPath("enterprises", i, "year");
  if (comboInput(f, path, fields::label(&ServedEnterprise::year), index, views, FieldOpts().inCell()))
    f.editor.edit(path, [&](Application& a) { a.enterprises[i].year = years[index]; });
}

void drawEnterprises(Form& f) {
  sectionHeading(f, "enterprises", fields::label(&Application::enterprises));
  countField(f, "enterpriseCount", fields::label(&Application::enterpriseCount), SXPOOL_AT(enterpriseCount),
             FieldOpts().withUnit(fields::unit(&Application::enterpriseCount)));
  const int lastYear = f.editor.round().previousYear();
  int lastYearRows = 0;
  for (const auto& e : f.editor.app().enterprises) lastYearRows += e.year == lastYear ? 1 : 0;
  hintText("第六条（六）：近一年（%d年）点对点服务企业不少于%d家。当前登记%d年服务企业 %d 家。", lastYear,
           f.editor.round().minServedEnterprises, lastYear, lastYearRows);
  drawFieldMessages(f, "enterprises", true);
  const TableSpec spec{"enterprises",
                       {{fields::label(&ServedEnterprise::name), 2},
                        {fields::label(&ServedEnterprise::year), 1.1f},
                        {fields::label(&ServedEnterprise::nature), 1},
                        {fields::label(&ServedEnterprise::satisfaction), 1}},
                       "name"};
  ServedEnterprise fresh;
  fresh.year = lastYear;
  tableEditor(f, spec, SXPOOL_AT(enterprises), fresh, [&](std::size_t i) {
    ImGui::TableNextColumn();
    textField(f, cellPath("enterprises", i, "name"), fields::label(&ServedEnterprise::name),
              SXPOOL_ROW(enterprises, i, name), FieldOpts().inCell());
    ImGui::TableNextColumn();
    yearCell(f, i);
    ImGui::TableNextColumn();
    enumField<EnterpriseServiceNature>(f, cellPath("enterprises", i, "nature"),
                                       fields::label(&ServedEnterprise::nature), SXPOOL_ROW(enterprises, i, nature),
                                       FieldOpts().inCell());
    ImGui::TableNextColumn();
    enumField<Satisfaction>(f, cellPath("enterprises", i, "satisfaction"),
                            fields::label(&ServedEnterprise::satisfaction), SXPOOL_ROW(enterprises, i, satisfaction),
                            FieldOpts().inCell());
  });
  hintText("注：可附企业满意度调查表、服务内容，为企业提供公益性服务、取得经济效益和社会效益等佐证材料。");
}

void drawCases(Form& f) {
  sectionHeading(f, "cases", fields::label(&Application::cases));
  const RoundSettings& round = f.editor.round();
  hintText("附服务典型案例 %d-%d 例（第七条（九））。", round.minTypicalCases, round.maxTypicalCases);
  drawFieldMessages(f, "cases", true);
  const TableSpec spec{"cases", {}, "title", "添加典型案例", "尚无典型案例，请点击“添加典型案例”。"};
  const std::size_t n = f.editor.app().cases.size();
  RowAction action;
  const TextLimits limits{0, 0, round.maxLongTextChars};
  const std::string content = std::string(fields::label(&TypicalCase::content)) + fields::note(&TypicalCase::content);
  const std::string effect = std::string(fields::label(&TypicalCase::effect)) + fields::note(&TypicalCase::effect);
  for (std::size_t i = 0; i < n; ++i) {
    ImGui::PushID(static_cast<int>(i));
    ImGui::AlignTextToFramePadding();
    ImGui::Text("案例 %zu", i + 1);
    ImGui::SameLine();
    if (const RowOp op = rowButtons(f, "cases", i, n); op != RowOp::None) action = {op, i};
    ImGui::Indent();
    textField(f, cellPath("cases", i, "title"), fields::label(&TypicalCase::title), SXPOOL_ROW(cases, i, title));
    textField(f, cellPath("cases", i, "enterprise"), fields::label(&TypicalCase::enterprise),
              SXPOOL_ROW(cases, i, enterprise));
    longTextField(f, cellPath("cases", i, "content"), content.c_str(), SXPOOL_ROW(cases, i, content), limits,
                  FieldOpts(), 3);
    longTextField(f, cellPath("cases", i, "effect"), effect.c_str(), SXPOOL_ROW(cases, i, effect), limits, FieldOpts(),
                  3);
    ImGui::Unindent();
    ImGui::Separator();
    ImGui::PopID();
  }
  if (n == 0) hintText("%s", spec.emptyText);
  if (addRowButton(f, "cases", spec.addLabel, n)) action = {RowOp::Add, n};
  applyRowAction(f, spec, SXPOOL_AT(cases), action, TypicalCase{});
}

}  // namespace

void drawEnterprisesStep(Form& f, WizardEnv&) {
  drawEnterprises(f);
  ImGui::Spacing();
  drawCases(f);
}

}  // namespace sxpool::web
