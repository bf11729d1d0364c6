// Concurrent writers share commits (group commit) and sessions are cached in memory: receipts stay distinct and
// durable, a failing write in a group changes nothing of its own and nothing of the others, and a signed-out
// token is refused at once.
#include <catch2/catch.hpp>
#include <regex>
#include <set>
#include <thread>

#include "live_server.hpp"
#include "test_data.hpp"

using namespace sxpool::testing;

TEST_CASE(
    "concurrent submissions each get their own receipt and are all stored, failing writes beside them change nothing",
    "[submission][concurrency]") {
  LiveServer server({"--demo", "--today", "2026-04-20"});
  constexpr int kApplicants = 6;
  std::vector<std::unique_ptr<Session>> applicants;
  std::vector<std::int64_t> ids;
  for (int i = 0; i < kApplicants; ++i) {
    applicants.push_back(std::make_unique<Session>(server));
    ids.push_back(prepareApplicant(*applicants.back(), 40 + i, true));
  }
  Session reviewer(server);
  REQUIRE(reviewer.login("province", kDemoPassword).status == 200);
  Session admin(server);  // the whole audit log (the province sees only what it may view)
  REQUIRE(admin.login("admin", kDemoPassword).status == 200);
  const auto auditBefore = admin.get("/api/v1/audit?limit=1000").json["items"].size();

  std::vector<Session::Reply> submitted(kApplicants);
  std::vector<int> refusedStatus(kApplicants);
  std::vector<std::thread> threads;
  for (int i = 0; i < kApplicants; ++i) {
    threads.emplace_back(
        [&, i] { submitted[i] = applicants[i]->post("/api/v1/applications/" + std::to_string(ids[i]) + "/submit"); });
    // Review actions that fail inside the shared transaction: no such application, and one still a draft
    // (not the province's to pass).
    threads.emplace_back([&, i] {
      Session s(server);
      s.cookie = reviewer.cookie;
      const std::string target = i % 2 ? std::string("999999") : std::to_string(ids[i]);
      refusedStatus[i] = s.post("/api/v1/applications/" + target + "/actions", {{"action", "pass"}}).status;
    });
  }
  for (auto& t : threads) t.join();

  std::set<std::string> receipts;
  for (int i = 0; i < kApplicants; ++i) {
    INFO("applicant " << i);
    REQUIRE(submitted[i].status == 200);
    const std::string receipt = submitted[i].json["receiptNo"];
    CHECK(std::regex_match(receipt, std::regex("SX2026-\\d{6}")));
    receipts.insert(receipt);
    CHECK((refusedStatus[i] == 403 || refusedStatus[i] == 404));

    const std::string base = "/api/v1/applications/" + std::to_string(ids[i]);
    auto detail = applicants[i]->get(base);
    CHECK(detail.json["receiptNo"] == receipt);
    CHECK(detail.json["state"]["code"] == submitted[i].json["state"]["code"]);
    CHECK(detail.json["state"]["code"] != "draft");
    auto versions = applicants[i]->get(base + "/versions").json["items"];
    REQUIRE(versions.size() == 1);
    CHECK(versions[0]["receiptNo"] == receipt);
    int submits = 0, others = 0;  // one audit row for the submission, none for the refused action
    auto history = applicants[i]->get(base + "/history");
    INFO(history.body.substr(0, 400));
    REQUIRE(history.status == 200);
    for (const auto& row : history.json["items"]) {
      if (row["event"] == "submit")
        ++submits;
      else if (row["event"] != "attachment_uploaded")
        ++others;
    }
    CHECK(submits == 1);
    CHECK(others == 0);
    CHECK(applicants[i]->get("/api/v1/inbox").json["unread"] == 1);

    // A retry of the submitted revision gets the same receipt back, and writes nothing.
    auto again = applicants[i]->post(base + "/submit", {{"revision", detail.json["draftRevision"]}});
    CHECK(again.status == 200);
    CHECK(again.json["receiptNo"] == receipt);
    CHECK(again.json["repeated"] == true);
  }
  CHECK(receipts.size() == kApplicants);
  CHECK(admin.get("/api/v1/audit?limit=1000").json["items"].size() == auditBefore + kApplicants);

  // Committed means on disk: a restart on the same data directory finds every submission.
  const auto dataDir = server.dataDir();
  server.stop();
  LiveServer again({"--today", "2026-04-20"}, dataDir);
  for (int i = 0; i < kApplicants; ++i) {
    Session s(again);
    s.cookie = applicants[i]->cookie;
    CHECK(s.get("/api/v1/applications/" + std::to_string(ids[i])).json["receiptNo"] == submitted[i].json["receiptNo"]);
  }
}

TEST_CASE("a signed-out token is refused at once although sessions are cached, other sessions stay", "[auth]") {
  LiveServer server({"--demo", "--today", "2026-04-20"});
  Session first(server), second(server);
  REQUIRE(first.login("province", kDemoPassword).status == 200);
  REQUIRE(second.login("province", kDemoPassword).status == 200);
  for (int i = 0; i < 3; ++i) {  // the first session is now in the cache
    CHECK(first.get("/api/v1/session").status == 200);
    CHECK(first.get("/api/v1/queue").status == 200);
  }
  const std::string token = first.cookie;
  REQUIRE(first.del("/api/v1/session").status == 204);
  first.cookie = token;  // a copy of the token kept after signing out
  auto refused = first.get("/api/v1/session");
  CHECK(refused.status == 401);
  CHECK(first.get("/api/v1/queue").status == 401);
  CHECK(second.get("/api/v1/session").status == 200);
}
