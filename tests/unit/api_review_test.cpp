#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "sxpool/api/review.hpp"

using namespace sxpool;
using namespace sxpool::api;

TEST_CASE("审核操作请求：往返一致，转成流程请求", "[api]") {
  ActionBody r;
  r.action = Action::Return;
  r.reason = "请补充";
  r.comments = {{"basic.uscc", "核对代码"}, {"", "整体意见"}};
  r.recommendation = "同意推荐";
  r.spotCheck = SpotCheck{Date{2026, 5, 1}, "张三、李四", "一致", false};
  r.objectionUpheld = true;
  r.removalReason = RemovalReason::DataFraud;
  const std::string text = encode(r);
  const auto j = nlohmann::json::parse(text);
  CHECK(j["action"] == "return");
  CHECK(j["comments"][0]["path"] == "basic.uscc");
  CHECK(j["spotCheck"]["date"] == "2026-05-01");
  CHECK(j["removalReason"] == "data_fraud");
  auto back = decodeActionBody(text);
  REQUIRE(back.ok());
  CHECK(encode(*back) == text);
  const auto w = back->toWorkflow(Date{2026, 5, 2});
  CHECK(w.action == Action::Return);
  CHECK(w.date == Date{2026, 5, 2});
  CHECK(w.comments == r.comments);
  CHECK(w.spotCheck == r.spotCheck);
  CHECK(w.removalReason == RemovalReason::DataFraud);

  auto minimal = decodeActionBody(R"({"action":"pass","removalReason":"","extra":1})");
  REQUIRE(minimal.ok());
  CHECK(!minimal->removalReason);
  CHECK(!minimal->spotCheck);
}

TEST_CASE("审核操作请求：坏输入说明怎么改，并指明字段", "[api]") {
  auto check = [](const std::string& body, const std::string& path, const std::string& message) {
    INFO(body);
    auto r = decodeActionBody(body);
    REQUIRE(!r.ok());
    REQUIRE(!r.fields.empty());
    CHECK(r.fields[0].path == path);
    CHECK(r.message.find(message) != std::string::npos);
  };
  check(R"({})", "action", "「action」无效");
  check(R"({"action":"fly"})", "action", "「action」无效");
  check(R"({"action":"submit"})", "action", "/submit");
  check(R"({"action":"return","comments":"x"})", "comments", "「comments」应为数组");
  check(R"({"action":"return","comments":[{"path":"a","comment":"b"},{"path":"a"}]})", "comments[1]",
        "退回意见第 2 条");
  check(R"({"action":"spot_check","spotCheck":{"date":"2026-13-01"}})", "spotCheck.date", "抽查日期");
  check(R"({"action":"spot_check","spotCheck":{"date":"2026-05-01","passed":"yes"}})", "spotCheck.passed",
        "true 或 false");
  check(R"({"action":"remove","removalReason":"not_a_reason"})", "removalReason", "移出原因");
  check(R"({"action":"reject","reason":5})", "reason", "「reason」应为文本");
  check(R"({"action":"resolve_objection","objectionUpheld":"yes"})", "objectionUpheld", "true 或 false");
  CHECK(decodeActionBody("\"pass\"").message.find("JSON 对象") != std::string::npos);
  CHECK(decodeActionBody("{\"action\":").message.find("JSON") != std::string::npos);
  const std::string deep = std::string(100, '[') + std::string(100, ']');
  CHECK(decodeActionBody("{\"comments\":" + deep + "}").message.find("嵌套") != std::string::npos);
}

TEST_CASE("审核操作结果：流程记录照 workflow_json 写出，往返一致", "[api]") {
  ActionResult r;
  r.id = 12;
  r.state = WorkflowState::AtProvince;
  r.holdingUnit = "140000";
  r.nextStep = "等待省工信厅审核";
  r.workflow.state = WorkflowState::AtProvince;
  r.workflow.recommendation = "同意";
  r.workflow.submittedOn = Date{2026, 4, 1};
  const std::string text = encode(r);
  const auto j = nlohmann::json::parse(text);
  CHECK(j["state"]["code"] == "at_province");
  CHECK(j["workflow"]["recommendation"] == "同意");
  CHECK(j.size() == 5);
  auto back = decodeActionResult(text);
  REQUIRE(back.ok());
  CHECK(encode(*back) == text);
  auto broken = j;
  broken["workflow"]["state"] = "nowhere";
  auto bad = decodeActionResult(broken.dump());
  REQUIRE(!bad.ok());
  bool named = false;
  for (const auto& f : bad.fields) named = named || f.path == "workflow.state";
  CHECK(named);
}

TEST_CASE("批量操作：编号原样回答，只支持通过和退回，1–500 个", "[api]") {
  auto r = decodeBulkRequest(R"({"action":"pass","recommendation":"同意","ids":["x",3,3,1.5,999]})");
  REQUIRE(r.ok());
  REQUIRE(r->ids.size() == 5);
  CHECK(!r->ids[0].id);
  CHECK(r->ids[0].sentJson == "\"x\"");
  CHECK(r->ids[1].id == 3);
  CHECK(!r->ids[3].id);
  CHECK(r->payload.recommendation == "同意");
  CHECK(encode(*decodeBulkRequest(encode(*r))) == encode(*r));

  CHECK(decodeBulkRequest(R"({"action":"reject","ids":[1]})").fields[0].path == "action");
  CHECK(decodeBulkRequest(R"({"action":"pass","ids":[]})").fields[0].path == "ids");
  CHECK(decodeBulkRequest(R"({"action":"pass"})").fields[0].path == "ids");
  std::string many = "[1";
  for (int i = 0; i < 500; ++i) many += ",1";
  CHECK(decodeBulkRequest(R"({"action":"pass","ids":)" + many + "]}").fields[0].path == "ids");

  BulkResult result;
  result.done = 1;
  result.failed = 2;
  result.results = {BulkOutcome{r->ids[0], false, WorkflowState::Draft, 400, "bad_request", "编号应为整数"},
                    BulkOutcome{SentId::of(3), true, WorkflowState::AtProvince, 0, "", ""},
                    BulkOutcome{SentId::of(999), false, WorkflowState::Draft, 404, "not_found", "申请不存在"}};
  const std::string text = encode(result);
  const auto j = nlohmann::json::parse(text);
  CHECK(j["results"][0]["id"] == "x");
  CHECK(j["results"][0]["status"] == 400);
  CHECK(j["results"][1]["state"]["code"] == "at_province");
  CHECK(!j["results"][1].contains("status"));
  CHECK(j["results"][2]["ok"] == false);
  auto back = decodeBulkResult(text);
  REQUIRE(back.ok());
  CHECK(encode(*back) == text);
}

TEST_CASE("公示批次：请求与结果往返一致，坏编号和坏日期指明字段", "[api]") {
  auto r = decodePublicityRequest(R"({"ids":[4,5],"startDate":"2026-04-29"})");
  REQUIRE(r.ok());
  CHECK(r->ids == std::vector<std::int64_t>{4, 5});
  CHECK(r->startDate == Date{2026, 4, 29});
  CHECK(encode(*decodePublicityRequest(encode(*r))) == encode(*r));
  CHECK(!decodePublicityRequest(R"({"ids":[4]})")->startDate);
  CHECK(decodePublicityRequest(R"({"ids":[]})").fields[0].path == "ids");
  CHECK(decodePublicityRequest(R"({"ids":[4,"x"]})").message == "编号应为整数");
  CHECK(decodePublicityRequest(R"({"ids":[4],"startDate":"4/29"})").fields[0].path == "startDate");

  PublicityResult result;
  result.batchId = 3;
  result.startDate = Date{2026, 4, 29};
  result.endDate = Date{2026, 5, 8};
  result.results = {{4, WorkflowState::InPublicity}};
  const std::string text = encode(result);
  const auto j = nlohmann::json::parse(text);
  CHECK(j["endDate"] == "2026-05-08");
  CHECK(j["results"][0]["state"]["code"] == "in_publicity");
  auto back = decodePublicityResult(text);
  REQUIRE(back.ok());
  CHECK(encode(*back) == text);
}
