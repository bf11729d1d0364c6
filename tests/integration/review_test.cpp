// The review queue per role × jurisdiction and every review action through the domain workflow:
// refusals are 403 and change nothing; allowed actions move the case and reach the applicant's inbox.
#include <catch2/catch.hpp>

#include "review_fixture.hpp"
#include "test_data.hpp"

using namespace sxpool::testing;

TEST_CASE("each unit's queue holds exactly its jurisdiction, with counts, filters, search, sort and pages",
          "[review]") {
  Demo demo;
  auto county = demo.queue("xiaodian");
  CHECK(county["total"] > 0);
  for (const auto& item : county["items"]) CHECK(item["routingUnit"] == "140105");
  auto other = demo.queue("yingze");
  for (const auto& item : other["items"]) CHECK(item["routingUnit"] == "140106");
  auto city = demo.queue("taiyuan");
  for (const auto& item : city["items"]) {
    CHECK(item["cityCode"] == "140100");
    CHECK(item["state"]["code"] != "at_county");
  }
  // Each page is held in a variable: a range-for over a member of a temporary reads freed memory (ASan).
  auto zone = demo.queue("zonggai");
  for (const auto& item : zone["items"]) CHECK(item["routingKind"] == "reform_zone");
  auto department = demo.queue("department");
  for (const auto& item : department["items"]) CHECK(item["routingKind"] == "department");
  auto province = demo.queue("province");
  for (const auto& item : province["items"]) {
    const std::string state = item["state"]["code"];
    CHECK(state != "at_county");
    CHECK(state != "at_city");
    CHECK(state != "at_reform_zone");
    CHECK(state != "at_department");
  }
  auto all = demo.queue("admin");
  CHECK(all["total"] >= 28);
  for (const char* state :
       {"at_county", "at_city", "at_reform_zone", "at_department", "at_province", "province_approved", "in_publicity",
        "objection_pending", "admitted", "rejected", "returned", "withdrawn", "removed"})
    CHECK(all["counts"].value(state, 0) > 0);
  std::int64_t sum = 0;
  for (auto& [state, n] : county["counts"].items()) sum += n.get<std::int64_t>();
  CHECK(sum == county["total"]);

  auto filtered = demo.queue("admin", "&state=admitted,removed");
  for (const auto& item : filtered["items"])
    CHECK((item["state"]["code"] == "admitted" || item["state"]["code"] == "removed"));
  CHECK(filtered["total"] == all["counts"]["admitted"].get<int>() + all["counts"]["removed"].get<int>());
  CHECK(demo.queue("admin", "&city=140100")["total"] > 0);
  CHECK(demo.queue("admin", "&county=140106")["total"] > 0);
  CHECK(demo.queue("admin", "&round=2025")["total"] == 0);
  auto digital = demo.queue("admin", "&direction=digital");
  for (const auto& item : digital["items"]) CHECK(item["directions"].dump().find("digital") != std::string::npos);

  const std::string name = all["items"][0]["name"];
  const std::string uscc = all["items"][0]["uscc"];
  CHECK(demo.as("admin").get("/api/v1/queue?q=" + urlEncode(name)).json["items"][0]["name"] == name);
  CHECK(demo.as("admin").get("/api/v1/queue?q=" + uscc.substr(0, 12)).json["total"] >= 1);

  auto sorted = demo.queue("admin", "&sort=name&order=asc");
  for (size_t i = 1; i < sorted["items"].size(); ++i)
    CHECK(sorted["items"][i - 1]["name"].get<std::string>() <= sorted["items"][i]["name"].get<std::string>());
  auto page2 = demo.as("admin").get("/api/v1/queue?pageSize=5&page=2&sort=name&order=asc").json;
  CHECK(page2["items"].size() == 5);
  CHECK(page2["items"][0]["id"] == sorted["items"][5]["id"]);
  CHECK(demo.as("admin").get("/api/v1/queue?pageSize=0").status == 400);
  CHECK(demo.as("admin").get("/api/v1/queue?state=nonsense").status == 400);
  for (const char* bad : {"pageSize=5x", "page=%205", "order=sideways", "direction=%00", "direction=digitalx",
                          "city=1'--", "county=140100", "round=2026abc", "round=99999999999999999999"}) {
    auto reply = demo.as("admin").get(std::string("/api/v1/queue?") + bad);
    INFO(bad << " → " << reply.body);
    CHECK(reply.status == 400);
    CHECK(reply.json["fields"].size() == 1);
  }

  // Applicants have no queue; a reviewer cannot open an application outside its jurisdiction.
  Session applicant(demo.server());
  prepareApplicant(applicant, 70, false);
  CHECK(applicant.get("/api/v1/queue").status == 403);
  const auto yingzeId = other["items"][0]["id"].get<std::int64_t>();
  CHECK(demo.as("xiaodian").get("/api/v1/applications/" + std::to_string(yingzeId)).status == 403);
  CHECK(demo.as("yingze").get("/api/v1/applications/" + std::to_string(yingzeId)).status == 200);
}

TEST_CASE("the refusal matrix: only the holder of a case acts on it, and a refusal changes nothing", "[review]") {
  Demo demo;
  // County step.
  const auto id = demo.firstIn("xiaodian", "at_county");
  checkRefusals(demo, id, {{"xiaodian", {"pass", "return", "reject"}}});
  auto passed =
      demo.as("xiaodian").post("/api/v1/applications/" + std::to_string(id) + "/actions", {{"action", "pass"}});
  REQUIRE(passed.status == 200);
  CHECK(passed.json["state"]["code"] == "at_city");

  // City step: the 推荐意见 is mandatory (422, nothing changes).
  checkRefusals(demo, id, {{"taiyuan", {"pass", "return", "reject"}}});
  const auto before = demo.snapshot(id);
  auto noOpinion =
      demo.as("taiyuan").post("/api/v1/applications/" + std::to_string(id) + "/actions", {{"action", "pass"}});
  CHECK(noOpinion.status == 422);
  CHECK(demo.snapshot(id) == before);
  auto recommended = demo.as("taiyuan").post("/api/v1/applications/" + std::to_string(id) + "/actions",
                                             {{"action", "pass"}, {"recommendation", "服务能力强，同意推荐"}});
  REQUIRE(recommended.status == 200);
  CHECK(recommended.json["state"]["code"] == "at_province");
  CHECK(recommended.json["workflow"]["recommendation"] == "服务能力强，同意推荐");

  // Province step: spot check, pass; then the 公示 batch.
  checkRefusals(demo, id, {{"province", {"pass", "return", "reject", "spot_check"}}});
  CHECK(demo.as("province")
            .post("/api/v1/applications/" + std::to_string(id) + "/actions", payloadFor("spot_check"))
            .status == 200);
  CHECK(demo.as("province")
            .post("/api/v1/applications/" + std::to_string(id) + "/actions", {{"action", "pass"}})
            .status == 200);
  checkRefusals(demo, id, {{"province", {"publish", "return", "reject"}}});
  CHECK(demo.as("taiyuan").post("/api/v1/publicity", {{"ids", {id}}}).status == 403);
  auto published = demo.as("province").post("/api/v1/publicity", {{"ids", {id}}, {"startDate", "2026-04-20"}});
  REQUIRE(published.status == 200);
  CHECK(published.json["startDate"] == "2026-04-20");
  CHECK(published.json["endDate"] == "2026-04-24");  // five working days, publication day counted
  CHECK(demo.as("admin").get("/api/v1/applications/" + std::to_string(id)).json["state"]["code"] == "in_publicity");

  // The applicant can follow it all in its inbox.
  auto detail = demo.as("admin").get("/api/v1/applications/" + std::to_string(id)).json;
  Session owner(demo.server());
  REQUIRE(owner.login(detail["uscc"], kDemoPassword).status == 200);
  auto inbox = owner.get("/api/v1/inbox").json;
  CHECK(inbox["items"].size() >= 5);
  CHECK(inbox["items"][0]["title"].get<std::string>().find("列入公示") != std::string::npos);
  auto history = owner.get("/api/v1/applications/" + std::to_string(id) + "/history").json;
  bool sawRecommendation = false;
  for (const auto& h : history["items"])
    sawRecommendation = sawRecommendation || h["event"] == "pass" && h["unitCode"] == "140100";
  CHECK(sawRecommendation);
}

TEST_CASE("退回修改 carries field comments to the applicant, the resubmission is a new version", "[review]") {
  Demo demo;
  const auto id = demo.firstIn("xiaodian", "at_county");
  const std::string base = "/api/v1/applications/" + std::to_string(id);
  auto noComment = demo.as("xiaodian").post(base + "/actions", {{"action", "return"}});
  CHECK(noComment.status == 422);
  auto returned =
      demo.as("xiaodian")
          .post(base + "/actions",
                {{"action", "return"}, {"comments", {{{"path", "basic.address"}, {"comment", "地址请写到门牌号"}}}}});
  REQUIRE(returned.status == 200);
  CHECK(returned.json["state"]["code"] == "returned");
  auto reject = demo.as("xiaodian").post(base + "/actions", {{"action", "reject"}});
  CHECK(reject.status == 403);  // it is with the applicant now

  const std::string uscc = demo.as("admin").get(base).json["uscc"];
  Session owner(demo.server());
  REQUIRE(owner.login(uscc, kDemoPassword).status == 200);
  auto inbox = owner.get("/api/v1/inbox").json;
  CHECK(inbox["items"][0]["comments"][0]["path"] == "basic.address");
  CHECK(inbox["items"][0]["comments"][0]["comment"] == "地址请写到门牌号");
  auto draft = owner.get(base + "/draft").json;
  CHECK(draft["editable"] == true);
  auto doc = draft["document"];
  doc["basic"]["address"] = doc["basic"]["address"].get<std::string>() + "1单元";
  auto saved = owner.put(base + "/draft", {{"baseRevision", draft["revision"]}, {"document", doc}});
  REQUIRE(saved.status == 200);
  auto resubmitted = owner.post(base + "/submit");
  REQUIRE(resubmitted.status == 200);
  CHECK(resubmitted.json["version"] == 2);
  CHECK(resubmitted.json["state"]["code"] == "at_county");
  auto versions = owner.get(base + "/versions").json["items"];
  REQUIRE(versions.size() == 2);
  CHECK(owner.get(base + "/versions/1").json["document"]["basic"]["address"] !=
        owner.get(base + "/versions/2").json["document"]["basic"]["address"]);
  // Reviewers read the latest submitted version.
  CHECK(demo.as("xiaodian").get(base).json["document"]["basic"]["address"] == doc["basic"]["address"]);
}

TEST_CASE("rejection needs a reason, the applicant may withdraw, bulk pass reports per application", "[review]") {
  Demo demo;
  auto atCounty = demo.queue("xiaodian", "&state=at_county")["items"];
  REQUIRE(atCounty.size() >= 3);
  const auto first = atCounty[0]["id"].get<std::int64_t>();
  const auto second = atCounty[1]["id"].get<std::int64_t>();
  const auto third = atCounty[2]["id"].get<std::int64_t>();

  CHECK(demo.as("xiaodian")
            .post("/api/v1/applications/" + std::to_string(first) + "/actions", {{"action", "reject"}})
            .status == 422);
  auto rejected = demo.as("xiaodian")
                      .post("/api/v1/applications/" + std::to_string(first) + "/actions",
                            {{"action", "reject"}, {"reason", "材料不实"}});
  CHECK(rejected.status == 200);
  CHECK(rejected.json["state"]["code"] == "rejected");

  Session owner(demo.server());
  REQUIRE(owner.login(atCounty[1]["uscc"], kDemoPassword).status == 200);
  CHECK(owner.post("/api/v1/applications/" + std::to_string(third) + "/actions", {{"action", "withdraw"}}).status ==
        403);
  auto withdrawn = owner.post("/api/v1/applications/" + std::to_string(second) + "/actions",
                              {{"action", "withdraw"}, {"reason", "明年再报"}});
  CHECK(withdrawn.status == 200);
  CHECK(withdrawn.json["state"]["code"] == "withdrawn");

  auto bulk = demo.as("xiaodian").post("/api/v1/actions/bulk", {{"action", "pass"}, {"ids", {first, third}}});
  REQUIRE(bulk.status == 200);
  CHECK(bulk.json["done"] == 1);
  CHECK(bulk.json["failed"] == 1);
  CHECK(bulk.json["results"][0]["status"] == 403);
  CHECK(bulk.json["results"][1]["state"]["code"] == "at_city");
  CHECK(demo.as("xiaodian").post("/api/v1/actions/bulk", {{"action", "reject"}, {"ids", {third}}}).status == 400);

  // A text id, an id twice and an unknown id beside a good one: each answered on its own, in order, and only
  // the good one acted on, once (one audit row).
  const auto fourth = third;  // now at the city: 太原市 passes it on
  Session admin(demo.server());
  REQUIRE(admin.login("admin", kDemoPassword).status == 200);
  auto passes = [&] {
    int n = 0;
    const auto audit = admin.get("/api/v1/audit?limit=5000");
    for (const auto& row : audit.json["items"])
      if (row["applicationId"] == fourth && row["event"] == "pass") ++n;
    return n;
  };
  const int passesBefore = passes();
  auto mixed = demo.as("taiyuan").post(
      "/api/v1/actions/bulk",
      {{"action", "pass"}, {"recommendation", "同意推荐"}, {"ids", {"x", fourth, fourth, 999999}}});
  INFO(mixed.body);
  REQUIRE(mixed.status == 200);
  CHECK(mixed.json["done"] == 1);
  CHECK(mixed.json["failed"] == 3);
  CHECK(mixed.json["results"][0]["status"] == 400);
  CHECK(mixed.json["results"][1]["state"]["code"] == "at_province");
  CHECK(mixed.json["results"][2]["ok"] == false);
  CHECK(mixed.json["results"][3]["status"] == 404);
  CHECK(passes() == passesBefore + 1);
}

TEST_CASE("malformed and deeply nested request bodies get 400 and change nothing, the server stays up", "[review]") {
  Demo demo;
  auto& county = demo.as("xiaodian");
  const auto before = demo.queue("xiaodian", "")["counts"];
  const size_t auditBefore = demo.auditCount();
  const std::string deep = std::string(100000, '[') + "1" + std::string(100000, ']');
  // The bulk route answers each id with the id itself: a 100 000-deep one used to be printed back (a crash).
  for (const std::string& body :
       {"{\"action\":\"pass\",\"ids\":" + deep + "}", "{\"action\":\"pass\",\"ids\":[" + deep + "]}",
        std::string("{\"action\":\"pass\",\"ids\":[1,]}"), std::string("\"pass\""),
        std::string("{\"action\":\"pass\",\"ids\":[1]")}) {
    auto reply = county.postText("/api/v1/actions/bulk", body);
    INFO(body.substr(0, 60));
    CHECK(reply.status == 400);
    CHECK(reply.json["error"] == "bad_request");
    CHECK(reply.json["message"].get<std::string>().find("JSON") != std::string::npos);
  }
  auto nested = county.postText("/api/v1/actions/bulk", "{\"ids\":" + deep + "}");
  CHECK(nested.json["message"].get<std::string>().find("嵌套") != std::string::npos);
  Session stranger(demo.server());
  CHECK(stranger.postText("/api/v1/session", "{\"account\":" + deep + "}").status == 400);
  CHECK(county.get("/api/v1/health").status == 200);
  CHECK(demo.queue("xiaodian", "")["counts"] == before);
  CHECK(demo.auditCount() == auditBefore);
}
