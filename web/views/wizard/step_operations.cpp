// 近两年经营情况: one column per year, Y−2 and Y−1 of the round.
#include <type_traits>

#include "imgui.h"
#include "sxpool/fields/application_fields.hpp"
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

// A row's heading, as the form prints it: 服务收入（万元）.
template <class M>
std::string rowHeading(M YearOperations::*member) {
  return std::string(fields::label(member)) + "（" + fields::unit(member) + "）";
}

}  // namespace

void drawOperationsStep(Form& f, WizardEnv&) {
  sectionHeading(f, "operations", fields::label(&Application::operations));
  const RoundSettings& round = f.editor.round();
  const int years[2] = {round.twoYearsAgo(), round.previousYear()};
  hintText("近两年指 %d 年和 %d 年（上年度）。服务利润可为负数；金额以万元为单位，保留两位小数。", years[0], years[1]);
  drawFieldMessages(f, "operations", true);
  for (std::size_t col = 0; col < 2; ++col) drawFieldMessages(f, cellPathOf(col, "year"));
  if (!ImGui::BeginTable("operations", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) return;
  ImGui::TableSetupColumn(fields::label(&YearOperations::year), ImGuiTableColumnFlags_WidthFixed, 200);
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
  row(rowHeading(&YearOperations::revenue).c_str(), [&](std::size_t col, int y) {
    decimalField(f, cellPathOf(col, "revenue"), fields::label(&YearOperations::revenue),
                 yearCell(col, y, &YearOperations::revenue), cell);
  });
  row(rowHeading(&YearOperations::profit).c_str(), [&](std::size_t col, int y) {
    decimalField(f, cellPathOf(col, "profit"), fields::label(&YearOperations::profit),
                 yearCell(col, y, &YearOperations::profit), cell);
  });
  row(rowHeading(&YearOperations::enterprisesServed).c_str(), [&](std::size_t col, int y) {
    countField(f, cellPathOf(col, "enterprisesServed"), fields::label(&YearOperations::enterprisesServed),
               yearCell(col, y, &YearOperations::enterprisesServed), cell);
  });
  row(rowHeading(&YearOperations::activityCount).c_str(), [&](std::size_t col, int y) {
    countField(f, cellPathOf(col, "activityCount"), fields::label(&YearOperations::activityCount),
               yearCell(col, y, &YearOperations::activityCount), cell);
  });
  ImGui::EndTable();
}

}  // namespace sxpool::web
