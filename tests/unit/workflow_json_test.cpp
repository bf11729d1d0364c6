#include <catch2/catch.hpp>

#include "sxpool/workflow_json.hpp"
#include "test_support.hpp"

using namespace sxpool;
using namespace sxpool::test;

TEST_CASE("流程记录 JSON：往返一致，坏输入报错不抛出") {
  WorkflowCase c;
  c.state = WorkflowState::ObjectionPending;
  c.routing = Routing{RoutingKind::County, "140105", "小店区"};
  c.returnedFrom = WorkflowState::AtCity;
  c.openComments = {{"basic.uscc", "核对"}};
  c.recommendation = "同意";
  c.removalReason = RemovalReason::DataFraud;
  c.spotChecks = {{Date{2026, 5, 1}, "张三", "一致", true}};
  c.submittedOn = Date{2026, 3, 1};
  c.publicityStart = Date{2026, 5, 11};
  c.publicityEnd = Date{2026, 5, 15};
  c.objections = {{Date{2026, 5, 12}, "异议", false, false, "", std::nullopt}};
  c.history = {{Date{2026, 3, 1},
                Action::Submit,
                Actor{Role::Applicant, "", "甲"},
                WorkflowState::Draft,
                WorkflowState::AtCounty,
                "",
                {}},
               {Date{2026, 3, 2},
                Action::Return,
                Actor{Role::CountyReviewer, "140105", "乙"},
                WorkflowState::AtCounty,
                WorkflowState::Returned,
                "x",
                {{"basic.name", "改"}}}};
  const auto j = workflowCaseToJson(c);
  const auto r = decodeWorkflowCase(nlohmann::json::parse(j.dump()));
  REQUIRE(r.ok());
  CHECK(r.value == c);
  CHECK(decodeWorkflowCase(workflowCaseToJson(WorkflowCase{})).value == WorkflowCase{});

  auto bad = j;
  bad["state"] = "flying";
  bad["history"][0]["date"] = "2026-02-30";
  bad["zzz"] = 1;
  WorkflowDecodeResult br;
  REQUIRE_NOTHROW(br = decodeWorkflowCase(bad));
  CHECK(br.errors.size() == 3);
  CHECK_FALSE(decodeWorkflowCase(nlohmann::json::array()).ok());
  CHECK_FALSE(decodeWorkflowCase(nlohmann::json{{"format", 1}}).ok());
}
