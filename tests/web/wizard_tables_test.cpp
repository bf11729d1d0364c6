#include "wizard_test_support.hpp"

using namespace wizard_test;

namespace {

std::vector<std::string> staffNames(const Application& a) {
  std::vector<std::string> names;
  for (const auto& s : a.staff) names.push_back(s.name);
  return names;
}

}  // namespace

TEST_CASE("表格：超过模板的15行，可添加、删除、上移、下移") {
  Harness h(1400, 1600);
  h.goToStep(WizardStep::Staff);
  CHECK(h.value("wizard_step") == std::to_string(static_cast<int>(WizardStep::Staff)));
  const int rows = 18;
  for (int i = 0; i < rows; ++i) {
    h.click("row_add:staff");
    h.frames(2);
    h.type("人员" + std::to_string(i + 1));  // a new row's first cell has the keyboard focus
  }
  REQUIRE(h.editor.app().staff.size() == static_cast<std::size_t>(rows));
  CHECK(h.value("rows:staff") == std::to_string(rows));
  CHECK(h.editor.app().staff[17].name == "人员18");
  CHECK(h.editor.app().staff[15].name == "人员16");

  h.focus("staff[17].name");
  h.click("row_up:staff[17]");
  CHECK(h.editor.app().staff[16].name == "人员18");
  CHECK(h.editor.app().staff[17].name == "人员17");
  h.click("row_down:staff[16]");
  CHECK(h.editor.app().staff[16].name == "人员17");
  CHECK(h.editor.app().staff[17].name == "人员18");

  h.focus("staff[0].name");
  h.click("row_remove:staff[0]");
  REQUIRE(h.editor.app().staff.size() == static_cast<std::size_t>(rows - 1));
  CHECK(h.editor.app().staff.front().name == "人员2");
  h.focus("staff[16].name");
  h.click("row_remove:staff[16]");
  CHECK(staffNames(h.editor.app()).back() == "人员17");
  h.frames(1);
  CHECK(h.value("rows:staff") == std::to_string(rows - 2));
}

TEST_CASE("表格：缓冲中的日期随行移动，删除行时一并删除") {
  Harness h;
  h.goToStep(WizardStep::Experts);
  for (int i = 0; i < 3; ++i) h.click("row_add:partners");
  REQUIRE(h.editor.app().partners.size() == 3);
  h.focus("partners[2].agreementDate");
  h.type("2025-02-3");  // incomplete
  REQUIRE(h.editor.buffers().count("partners[2].agreementDate") == 1);
  h.focus("partners[2].name");
  h.click("row_up:partners[2]");
  CHECK(h.editor.buffers().count("partners[2].agreementDate") == 0);
  CHECK(h.editor.buffers().at("partners[1].agreementDate") == "2025-02-3");
  h.click("row_remove:partners[1]");
  CHECK(h.editor.buffers().empty());
  CHECK(h.editor.app().partners.size() == 2);
}

TEST_CASE("典型案例：卡片式编辑，添加后焦点在案例名称") {
  Harness h;
  h.goToStep(WizardStep::Enterprises);
  h.focus("cases");
  h.click("row_add:cases");
  h.frames(2);
  h.type("数字化改造案例");
  REQUIRE(h.editor.app().cases.size() == 1);
  CHECK(h.editor.app().cases[0].title == "数字化改造案例");
  h.frames(1);
  CHECK(h.value("rows:cases") == "1");
}

TEST_CASE("表格：键盘逐格填写一行（Tab 顺序、空格打开下拉框、方向键选择、Enter 确认、空格勾选）") {
  Harness h;
  h.goToStep(WizardStep::Experts);
  h.click("row_add:experts");
  h.frames(2);
  CHECK(h.value("focus") == "field:experts[0].name");
  h.type("王建国");
  auto tabTo = [&](const std::string& name) {
    h.key(ImGuiKey_Tab);
    CHECK(h.value("focus") == name);
  };
  tabTo("field:experts[0].title");
  h.key(ImGuiKey_Space);  // opens the list at its current entry (未填写)
  for (int i = 0; i < 4; ++i) h.key(ImGuiKey_DownArrow);
  h.key(ImGuiKey_Enter);  // 副高级
  CHECK(h.editor.app().experts[0].title == TitleLevel::ViceSenior);
  CHECK(h.value("field:experts[0].title") == "副高级");  // the list's chosen entry, for tests in the browser
  CHECK(h.value("focus") == "field:experts[0].title");
  tabTo("field:experts[0].titleName");
  h.type("高级工程师");
  tabTo("field:experts[0].field");
  h.type("工业互联网");
  tabTo("field:experts[0].employer");
  h.type("太原理工大学");
  tabTo("field:experts[0].hasAgreement");
  h.key(ImGuiKey_Space);
  const Expert& e = h.editor.app().experts.at(0);
  CHECK(e.name == "王建国");
  CHECK(e.titleName == "高级工程师");
  CHECK(e.field == "工业互联网");
  CHECK(e.employer == "太原理工大学");
  CHECK(e.hasAgreement);
  tabTo("row_remove:experts[0]");  // 上移 and 下移 are disabled in the only row: not tab stops
  tabTo("row_add:experts");
  h.key(ImGuiKey_Enter);  // a second row, its name focused
  h.frames(2);
  CHECK(h.editor.app().experts.size() == 2);
  CHECK(h.value("focus") == "field:experts[1].name");
}

TEST_CASE("表格：“操作”一列放得下上移、下移、删除三个按钮（不被裁掉）") {
  for (const float width : {1280.0f, 1600.0f}) {
    Harness h(width, 900);
    ImGui::GetStyle().FramePadding = ImVec2(8, 6);  // the browser app's style (platform/emscripten)
    ImGui::GetStyle().ItemSpacing = ImVec2(10, 8);
    h.frames(2);
    h.goToStep(WizardStep::Experts);
    h.click("row_add:experts");
    h.click("row_add:experts");
    h.frames(2);
    const auto& table = h.widgets.rects().at("table:experts");
    for (const char* button : {"row_up:experts[1]", "row_down:experts[0]", "row_remove:experts[1]"}) {
      const auto& r = h.widgets.rects().at(button);
      INFO(button << " at " << width << ": ends at " << r.x + r.w << ", the table at " << table.x + table.w);
      CHECK(r.x + r.w <= table.x + table.w);
    }
  }
}
