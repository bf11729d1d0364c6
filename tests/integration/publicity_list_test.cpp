// GET /api/v1/publicity: the 公示 batches a reviewer downloads each batch's CSV from, with the number of rows the
// CSV gives that reviewer, the phase on the server's today, and the refusals.
#include <catch2/catch.hpp>

#include "review_fixture.hpp"
#include "sxpool/api/publicity.hpp"
#include "test_data.hpp"

namespace sxpool::testing {
namespace {

// Data rows of a CSV body (UTF-8 with BOM, CRLF, no line breaks inside cells in these lists).
size_t csvDataRows(const std::string& body) {
  size_t lines = 0;
  for (size_t at = 0; (at = body.find("\r\n", at)) != std::string::npos; at += 2) ++lines;
  return lines == 0 ? 0 : lines - 1;
}

}  // namespace

TEST_CASE("公示批次列表：审核单位看到批次、日期、本辖区家数与阶段；申请机构 403，未登录 401") {
  Demo demo;
  auto approved = demo.queue("province", "&state=province_approved");
  REQUIRE(approved["total"].get<int>() > 0);
  nlohmann::json ids = nlohmann::json::array();
  for (const auto& i : approved["items"]) ids.push_back(i["id"]);
  auto published = demo.as("province").post("/api/v1/publicity", {{"ids", ids}, {"startDate", "2026-04-20"}});
  REQUIRE(published.status == 200);
  const std::int64_t batchId = published.json["batchId"];

  auto list = demo.as("province").get("/api/v1/publicity");
  REQUIRE(list.status == 200);
  const auto decoded = api::decodePublicityBatchList(list.body);
  REQUIRE(decoded);
  REQUIRE(decoded->items.size() == 1);
  const auto& batch = decoded->items[0];
  CHECK(batch.id == batchId);
  CHECK(formatDate(*batch.startDate) == published.json["startDate"].get<std::string>());
  CHECK(formatDate(*batch.endDate) == published.json["endDate"].get<std::string>());
  CHECK(batch.count == static_cast<int>(ids.size()));
  CHECK(batch.state == "open");
  CHECK(batch.stateLabel == "公示中");

  // Every reviewer: each batch it is shown has as many applications as its CSV has rows.
  for (const auto& account : kReviewers) {
    INFO(account);
    auto mine = demo.as(account).get("/api/v1/publicity");
    REQUIRE(mine.status == 200);
    for (const auto& item : mine.json["items"]) {
      auto csv = demo.as(account).get("/api/v1/publicity/" + std::to_string(item["id"].get<std::int64_t>()) + ".csv");
      REQUIRE(csv.status == 200);
      CHECK(csvDataRows(csv.body) == item["count"].get<size_t>());
      CHECK(item["count"].get<int>() > 0);
    }
    if (account == "province" || account == "admin") CHECK(mine.json["items"].size() == 1);
  }

  Session applicant(demo.server());
  REQUIRE(applicant.login("91140105MA54QJ070P", kDemoPassword).status == 200);  // the demo's applicant
  auto refused = applicant.get("/api/v1/publicity");
  CHECK(refused.status == 403);
  CHECK(contains(refused.json["message"], "审核单位"));
  Session anonymous(demo.server());
  CHECK(anonymous.get("/api/v1/publicity").status == 401);

  // After the fifth working day the batch reads 公示期满.
  demo.restartOn("2026-05-20");
  auto later = demo.as("province").get("/api/v1/publicity");
  REQUIRE(later.status == 200);
  CHECK(later.json["items"][0]["state"]["code"] == "ended");
  CHECK(later.json["items"][0]["state"]["label"] == "公示期满");
}

}  // namespace sxpool::testing
