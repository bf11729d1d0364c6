#include "sxpool/routing.hpp"
#include "sxpool/sample.hpp"
#include "wizard_test_support.hpp"

using namespace wizard_test;

TEST_CASE("向导字段：输入写入申请书，消息随输入更新") {
  Harness h;
  CHECK(h.value("wizard_step") == "0");
  h.click("field:basic.name");
  h.type("山西云数科技服务有限公司");
  CHECK(h.editor.app().basic.name == "山西云数科技服务有限公司");
  CHECK(h.editor.touched("basic.name"));
  CHECK(findingsAt(h.editor.findings(), "basic.name").empty());

  h.focus("basic.email");
  h.type("service");
  CHECK(h.editor.app().basic.email == "service");
  const Findings bad = h.editor.visibleAt("basic.email");
  REQUIRE_FALSE(bad.empty());
  CHECK(bad.front().ruleId == "format.email");
  h.type("@yunshu.cn");
  CHECK(h.editor.app().basic.email == "service@yunshu.cn");
  CHECK(h.editor.visibleAt("basic.email").empty());
}

TEST_CASE("向导字段：统一社会信用代码决定默认属地，手动选择后不再跟随") {
  Harness h;
  const std::string uscc = sampleUscc(3);
  h.focus("basic.uscc");
  h.type(uscc);
  REQUIRE(h.editor.app().basic.uscc == uscc);
  const auto byCode = defaultRoutingForUscc(uscc);
  REQUIRE(byCode);
  CHECK(h.editor.app().routing == *byCode);

  h.focus("routing");
  h.click("routing:reform_zone");
  CHECK(h.editor.app().routing == reformZoneRouting());
  h.focus("basic.uscc");
  h.erase(1);
  h.type(uscc.substr(uscc.size() - 1));
  CHECK(h.editor.app().basic.uscc == uscc);
  CHECK(h.editor.app().routing.kind == RoutingKind::ReformZone);  // the applicant's choice stays
  h.focus("routing");
  h.click("routing_reset");
  CHECK(h.editor.app().routing == *byCode);
}

TEST_CASE("主要服务方向：控件拒绝第三项，取消一项后可改选") {
  Harness h;
  h.focus("basic.directions");
  h.click("direction:digital");
  h.click("direction:financing");
  CHECK(h.editor.app().basic.directions ==
        std::vector<ServiceDirection>{ServiceDirection::DigitalEmpowerment, ServiceDirection::FinancingPromotion});
  h.click("direction:innovation");  // disabled: nothing happens
  CHECK(h.editor.app().basic.directions.size() == 2);
  h.click("direction:other");
  CHECK(h.editor.app().basic.directions.size() == 2);

  h.click("direction:digital");  // untick one, then another is allowed
  h.click("direction:other");
  CHECK(h.editor.app().basic.directions ==
        std::vector<ServiceDirection>{ServiceDirection::FinancingPromotion, ServiceDirection::Other});
  CHECK_FALSE(findingsOfRule(h.editor.findings(), "6-3.other-text").empty());
  h.focus("basic.otherDirection");
  h.type("工业设计");
  CHECK(h.editor.app().basic.otherDirection == "工业设计");
  CHECK(findingsOfRule(h.editor.findings(), "6-3").empty());
}

TEST_CASE("日期：格式不对时留在缓冲区并提示，正确后写入申请书") {
  Harness h;
  h.focus("basic.foundedOn");
  h.type("2020-13-01");
  CHECK_FALSE(h.editor.app().basic.foundedOn);
  REQUIRE(h.editor.buffers().count("basic.foundedOn") == 1);
  CHECK(h.editor.buffers().at("basic.foundedOn") == "2020-13-01");
  const Findings pending = bufferFindings(h.editor);
  REQUIRE(pending.size() == 1);
  CHECK(pending.front().path == "basic.foundedOn");
  CHECK(pending.front().message.find("YYYY-MM-DD") != std::string::npos);
  const int errorsWithBadDate = std::stoi(h.value("error_count"));

  h.erase(5);
  h.type("05-18");
  REQUIRE(h.editor.app().basic.foundedOn);
  CHECK(*h.editor.app().basic.foundedOn == Date{2020, 5, 18});
  CHECK(bufferProblem("basic.foundedOn", h.editor.buffers().at("basic.foundedOn")).empty());
  CHECK(bufferFindings(h.editor).empty());
  h.frames(1);
  CHECK(std::stoi(h.value("error_count")) < errorsWithBadDate);
}

TEST_CASE("金额与人数：万元两位小数、整数，非法输入留在缓冲区") {
  Harness h;
  h.focus("basic.registeredCapital");
  h.type("1,000");
  CHECK_FALSE(h.editor.app().basic.registeredCapital);
  CHECK(h.editor.buffers().at("basic.registeredCapital") == "1,000");
  h.erase(5);
  h.type("１２.5");  // full-width digits from an IME
  REQUIRE(h.editor.app().basic.registeredCapital);
  CHECK(h.editor.app().basic.registeredCapital->hundredths == 1250);
  // While typing, the field keeps exactly what was typed, and the document does not change frame after frame.
  const long revision = h.editor.revision();
  h.frames(5);
  CHECK(h.editor.revision() == revision);
  h.focus("basic.address");  // focus leaves: the formatted value shows
  CHECK(h.editor.buffers().count("basic.registeredCapital") == 0);

  h.focus("basic.employeeCount");
  h.type("25.5");
  CHECK_FALSE(h.editor.app().basic.employeeCount);
  CHECK_FALSE(bufferProblem("basic.employeeCount", "25.5").empty());
  h.erase(2);
  CHECK(h.editor.app().basic.employeeCount == Count{25});
}

TEST_CASE("字数计数：服务活动情况显示“已输入 N 字，建议 400 字左右”") {
  Harness h;
  h.focus("basic.activities");
  h.type("2025年组织“一起益企”活动");
  CHECK(h.editor.app().basic.activities == "2025年组织“一起益企”活动");
  h.frames(1);
  CHECK(h.value("counter:basic.activities") == "已输入 15 字，建议 400 字左右");
  CHECK(counterText(312, {400, 50, 600}) == "已输入 312 字，建议 400 字左右");
  CHECK(counterText(12, {0, 0, 5000}) == "已输入 12 字，最多 5000 字");
}

TEST_CASE("审核意见：显示在字段上方，不影响输入") {
  Harness h;
  h.editor.reviewerComments()["basic.address"] = "地址与营业执照不一致，请核对";
  h.frames(2);
  h.focus("basic.address");
  h.type("山西省太原市小店区");
  CHECK(h.editor.app().basic.address == "山西省太原市小店区");
}

TEST_CASE("键盘：Tab 按顺序移到下一个字段，Shift+Tab 回到上一个") {
  Harness h;
  h.click("field:basic.name");
  h.type("甲");
  h.key(ImGuiKey_Tab);  // 机构性质 (a combo)
  h.key(ImGuiKey_Tab);  // 地址
  h.type("山西省");
  CHECK(h.editor.app().basic.address == "山西省");
  CHECK(h.editor.app().basic.name == "甲");
  CHECK(h.editor.app().basic.nature == InstitutionNature::Unset);
  h.shiftTab();
  h.shiftTab();
  h.type("乙");  // like a browser, tabbing into a text selects it: typing replaces
  CHECK(h.editor.app().basic.name == "乙");
}
