// 近两年经营情况: one column per year, Y−2 and Y−1 of the round.
#include <type_traits>

#include "imgui.h"
#include "views/wizard/steps.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {
namespace {

// Accessor of one cell; writing through it also stamps the column's year from the round.
template <typename M>
auto yearCell(std::size_t col, int year, M YearOperations::*member) {
  return [=](auto& a) -> auto& {
    if constexpr (!std::is_const_v<std::remove_reference_t<decltype(a)>>) a.operations[col].year = year;
    return a.operations[col].*member;
  };
}

std::string cellPathOf(std::size_t col, const char* key) { return "operations[" + std::to_string(col) + "]." + key; }

}  // namespace

void drawOperationsStep(Form& f, WizardEnv&) {
  sectionHeading(f, "operations", "近两年经营情况");
  const RoundSettings& round = f.editor.round();
  const int years[2] = {round.twoYearsAgo(), round.previousYear()};
  hintText("近两年指 %d 年和 %d 年（上年度）。服务利润可为负数；金额以万元为单位，保留两位小数。", years[0], years[1]);
  drawFieldMessages(f, "operations", true);
  for (std::size_t col = 0; col < 2; ++col) drawFieldMessages(f, cellPathOf(col, "year"));
  if (!ImGui::BeginTable("operations", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) return;
  ImGui::TableSetupColumn("年度", ImGuiTableColumnFlags_WidthFixed, 200);
  const std::string y0 = std::to_string(years[0]) + "年";
  const std::string y1 = std::to_string(years[1]) + "年（上年度）";
  ImGui::TableSetupColumn(y0.c_str());
  ImGui::TableSetupColumn(y1.c_str());
  ImGui::TableHeadersRow();
  const FieldOpts cell = FieldOpts().inCell();
  auto row = [&](const char* label, const auto& drawCell) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    for (std::size_t col = 0; col < 2; ++col) {
      ImGui::TableNextColumn();
      drawCell(col, years[col]);
    }
  };
  row("服务收入（万元）", [&](std::size_t col, int y) {
    decimalField(f, cellPathOf(col, "revenue"), "服务收入", yearCell(col, y, &YearOperations::revenue), cell);
  });
  row("服务利润（万元）", [&](std::size_t col, int y) {
    decimalField(f, cellPathOf(col, "profit"), "服务利润", yearCell(col, y, &YearOperations::profit), cell);
  });
  row("服务企业数（家）", [&](std::size_t col, int y) {
    countField(f, cellPathOf(col, "enterprisesServed"), "服务企业数",
               yearCell(col, y, &YearOperations::enterprisesServed), cell);
  });
  row("服务活动场次（场）", [&](std::size_t col, int y) {
    countField(f, cellPathOf(col, "activityCount"), "服务活动场次", yearCell(col, y, &YearOperations::activityCount),
               cell);
  });
  ImGui::EndTable();
}

}  // namespace sxpool::web
