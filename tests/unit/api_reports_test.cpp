// The report bodies on the wire (sxpool/api/reports.hpp): requests decode with field errors; the views the web
// client reads decode back to what the server encoded.
#include <catch2/catch.hpp>

#include "sxpool/api/reports.hpp"

using namespace sxpool;
using namespace sxpool::api;

TEST_CASE("季度服务情况报送请求：字段检查") {
  auto ok = decodeServiceReportBody(
      R"({"enterprisesServed":35,"activities":4,"publicServices":12,"income":"18.5","cases":2,"summary":"说明"})");
  REQUIRE(ok);
  CHECK(ok->enterprisesServed == 35);
  CHECK(ok->income == Decimal2::fromHundredths(1850));
  CHECK_FALSE(ok->periodDue);
  auto negative = decodeServiceReportBody(R"({"enterprisesServed":-1,"income":"1","summary":"x"})");
  REQUIRE_FALSE(negative);
  CHECK(negative.fields[0].path == "enterprisesServed");
  auto noIncome = decodeServiceReportBody(R"({"summary":"x"})");
  REQUIRE_FALSE(noIncome);
  CHECK(noIncome.fields[0].path == "income");
  CHECK_FALSE(decodeServiceReportBody(R"({"income":"1","summary":"x","extra":1})"));
  CHECK_FALSE(decodeServiceReportBody(R"({"income":"-1","summary":"x"})"));
}

TEST_CASE("重大变化报告请求：更名须填新名称，迁移须填新地址") {
  auto rename = decodeChangeReportBody(R"({"kind":"rename","changeDate":"2026-04-15","description":"更名"})");
  REQUIRE_FALSE(rename);
  CHECK(rename.fields[0].path == "newName");
  auto move = decodeChangeReportBody(R"({"kind":"relocation","changeDate":"2026-04-15","description":"迁址"})");
  REQUIRE_FALSE(move);
  CHECK(move.fields[0].path == "newAddress");
  auto ok = decodeChangeReportBody(R"({"kind":"合并","changeDate":"2026-04-15","description":"与某公司合并"})");
  REQUIRE(ok);
  CHECK(ok->kind == ChangeKind::Merger);
  CHECK_FALSE(decodeChangeReportBody(R"({"kind":"other","description":"x"})"));
  CHECK_FALSE(decodeProposalDecisionBody(R"({"decision":"dismiss"})"));
  CHECK(decodeProposalDecisionBody(R"({"decision":"confirm"})"));
  CHECK_FALSE(decodeChangeDecisionBody(R"({"decision":"propose_removal","note":" "})"));
  CHECK(decodeNoticePublishRequest("{}"));
  CHECK_FALSE(decodeNoticePublishRequest(R"({"a":1})"));
}

TEST_CASE("报送情况的回答：编码后解码得到同样的值") {
  ReportingView v;
  v.applicationId = 7;
  v.name = "某服务机构";
  v.admittedOn = {2026, 4, 10};
  v.periods = {{{2026, 4, 11}, {2026, 6, 15}, true, Date{2026, 6, 15}}, {{2026, 6, 16}, {2026, 9, 15}, false, {}}};
  v.currentDue = {2026, 12, 15};
  v.overdue = {{2026, 9, 15}};
  v.trailingMisses = 1;
  v.message = "请在2026-12-15前报送本周期服务情况";
  ServiceReportView r;
  r.id = 3;
  r.applicationId = 7;
  r.periodDue = {2026, 6, 15};
  r.filedOn = {2026, 5, 2};
  r.content = {Date{2026, 6, 15}, 35, 4, 12, Decimal2::fromHundredths(1850), 2, "说明"};
  v.reports = {r};
  MyReports mine{{2026, 9, 20}, {v}, {}};
  ChangeReportView c;
  c.id = 1;
  c.applicationId = 7;
  c.content = {ChangeKind::Rename, {2026, 9, 1}, "更名", "新名称", ""};
  c.filedOn = {2026, 9, 20};
  c.dueOn = {2026, 12, 1};
  c.reviewUnit = "140100";
  c.state = "pending";
  mine.changes = {c};
  auto back = decodeMyReports(encode(mine));
  REQUIRE(back);
  REQUIRE(back->items.size() == 1);
  CHECK(back->items[0].periods.size() == 2);
  CHECK(back->items[0].periods[0].reportedOn == Date{2026, 6, 15});
  CHECK(back->items[0].overdue == v.overdue);
  CHECK(back->items[0].reports[0].content.income == Decimal2::fromHundredths(1850));
  CHECK(back->changes[0].content.kind == ChangeKind::Rename);
  CHECK(back->changes[0].dueOn == Date{2026, 12, 1});

  ReportsOverview o;
  o.today = {2026, 9, 20};
  o.due = {2026, 9, 15};
  o.dues = {{2026, 12, 15}, {2026, 9, 15}, {2026, 6, 15}};
  o.rows = {{7, "某服务机构", "91140100MA0000000X", "140100", "太原市", false, std::nullopt, true, 2,
             ReportingConsequence::Notice}};
  o.noticeCandidates = {v};
  RemovalProposalView p;
  p.applicationId = 7;
  p.source = "missed_reports";
  p.basis = "2026-12-15";
  o.proposals = {p};
  auto ov = decodeReportsOverview(encode(o));
  REQUIRE(ov);
  CHECK(ov->dues == o.dues);
  CHECK(ov->rows[0].consequence == ReportingConsequence::Notice);
  CHECK(ov->proposals[0].basis == "2026-12-15");

  NoticeLists lists{
      {{2, {2026, 9, 20}, {{7, "某服务机构", "x", "140100", "太原市", 2, {{2026, 6, 15}, {2026, 9, 15}}}}}}};
  auto nl = decodeNoticeLists(encode(lists));
  REQUIRE(nl);
  CHECK(nl->items[0].entries[0].missedDues.size() == 2);
}
