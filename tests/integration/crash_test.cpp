// Crash durability (issue 15): 64 clients register, save drafts, upload materials and submit while the server is
// killed (SIGKILL) at random moments and restarted on the same data directory. Afterwards every receipt a client
// was given is there with its materials byte for byte, `sxpool check` passes with no temporary or unreferenced
// file left, and a submission whose answer was lost, retried, holds one receipt and one version.
// SXPOOL_CRASH_KILLS (default 3) sets the number of kills, SXPOOL_CRASH_SEED the random seed
// (tests/reliability/crash.sh runs the full form: 20 kills).
#include <sqlite3.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <set>
#include <thread>

#include "crash_clients.hpp"
#include "live_server.hpp"
#include "test_data.hpp"

using namespace sxpool::testing;
namespace fs = std::filesystem;

namespace {

int envNumber(const char* name, int fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::atoi(v) : fallback;
}

std::int64_t scalar(sqlite3* db, const char* sql) {
  sqlite3_stmt* s = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK);
  std::int64_t v = -1;
  if (sqlite3_step(s) == SQLITE_ROW) v = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  return v;
}

}  // namespace

TEST_CASE("every acknowledged submission survives SIGKILL of the server at random moments with its materials",
          "[crash][durability]") {
  const int kills = envNumber("SXPOOL_CRASH_KILLS", 3);
  const unsigned seed = static_cast<unsigned>(envNumber("SXPOOL_CRASH_SEED", static_cast<int>(std::random_device{}())));
  constexpr int kClients = 64;
  INFO("seed " << seed << " (SXPOOL_CRASH_SEED=" << seed << " repeats this run)");
  std::mt19937 random(seed);

  TempDir dir;
  const fs::path dataDir = dir.path() / "data";
  const std::vector<std::string> args = {"--today", "2026-04-20", "--threads", "16"};
  auto server = std::make_unique<LiveServer>(args, dataDir);
  CrashTarget target;
  target.port = server->port();

  std::vector<std::thread> clients;
  std::atomic<int> nextApplicant{0};
  for (int c = 0; c < kClients; ++c)
    clients.emplace_back([&, c] {
      std::mt19937 mine(seed + static_cast<unsigned>(c) + 1);
      while (!target.stopping) runApplicant(target, 100 + nextApplicant++, mine);
    });

  const auto started = std::chrono::steady_clock::now();
  std::vector<std::string> sweeps;
  for (int k = 0; k < kills; ++k) {
    // A random moment: while registrations, drafts, uploads and submissions are under way.
    std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(500, 5000)(random)));
    target.port = 0;
    server->stop(SIGKILL);
    server = std::make_unique<LiveServer>(args, dataDir);
    target.port = server->port();
    target.restarts++;
    if (auto pos = server->out().find("启动清理"); pos != std::string::npos)
      sweeps.push_back(server->out().substr(pos, server->out().find('\n', pos) - pos));
  }
  target.stopping = true;
  for (auto& t : clients) t.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  {
    std::lock_guard lock(target.mutex);
    for (const auto& f : target.failures) FAIL_CHECK(f);
  }
  const auto& done = target.results;
  int lostSubmits = 0, repeated = 0;
  for (const auto& r : done) {
    lostSubmits += r.submitAnswerLost;
    repeated += r.repeated;
  }
  std::printf(
      "crash: %d kills in %.1f s, %zu receipts, %d submissions answered only on retry (%d of them already "
      "stored: repeated), %d answers lost in all, %d re-sign-ins\n",
      kills, seconds, done.size(), lostSubmits, repeated, target.lostAnswers.load(), target.relogins.load());
  for (const auto& s : sweeps) std::printf("  %s\n", s.c_str());
  CHECK(done.size() >= static_cast<size_t>(kClients / 2));

  // Every receipt is there, once, with each material's bytes as uploaded.
  std::set<std::string> receipts;
  for (const auto& r : done) {
    INFO("applicant " << r.index << ", application " << r.id << ", receipt " << r.receiptNo);
    CHECK(receipts.insert(r.receiptNo).second);
    CrashClient client(target);
    client.cookie = r.cookie;
    auto detail = client.call("GET", "/api/v1/applications/" + std::to_string(r.id));
    if (detail.status == 401) {
      client.signIn(r.uscc);
      detail = client.call("GET", "/api/v1/applications/" + std::to_string(r.id));
    }
    REQUIRE(detail.status == 200);
    CHECK(detail.json["receiptNo"] == r.receiptNo);
    CHECK(detail.json["state"]["code"] != "draft");
    auto versions = client.call("GET", "/api/v1/applications/" + std::to_string(r.id) + "/versions");
    REQUIRE(versions.json["items"].size() == 1);
    CHECK(versions.json["items"][0]["receiptNo"] == r.receiptNo);
    std::map<std::string, std::string> current;
    for (const auto& m : detail.json["materials"])
      if (!m["removed"].get<bool>()) current[m["kind"]] = m["sha256"];
    REQUIRE(current.size() == r.materials.size());
    for (const auto& [kind, sha] : r.materials) {
      CHECK(current[kind] == sha);
      auto file = client.call("GET", "/api/v1/applications/" + std::to_string(r.id) + "/files/" + sha);
      CHECK(file.status == 200);
      CHECK(file.body == materialBytes(r.index, kind));
    }
  }

  server->stop();
  // The data directory is sound and holds nothing half-written: no temporary upload, no file without its row.
  auto check = runSxpool({"check", "--data-dir", dataDir.string()});
  INFO(check.out << check.err);
  CHECK(check.exitCode == 0);
  CHECK(check.out.find("未被引用的文件 0 个，未完成的上传 0 个") != std::string::npos);

  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2((dataDir / "sxpool.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  // One version per submitted application (nothing was submitted twice), and as many as receipts handed out.
  CHECK(scalar(db,
               "SELECT count(*) FROM (SELECT application_id FROM application_versions GROUP BY application_id "
               "HAVING count(*) > 1)") == 0);
  CHECK(scalar(db, "SELECT count(*) FROM application_versions") == static_cast<std::int64_t>(done.size()));
  CHECK(scalar(db, "SELECT count(*) FROM applications WHERE receipt_no IS NOT NULL") ==
        static_cast<std::int64_t>(done.size()));
  CHECK(scalar(db, "SELECT count(DISTINCT receipt_no) FROM applications WHERE receipt_no IS NOT NULL") ==
        static_cast<std::int64_t>(done.size()));
  // No application row without its owner, no attachment without its application.
  CHECK(scalar(db, "SELECT count(*) FROM applications a LEFT JOIN users u ON u.id = a.owner_id WHERE u.id IS NULL") ==
        0);
  CHECK(scalar(db,
               "SELECT count(*) FROM attachments t LEFT JOIN applications a ON a.id = t.application_id "
               "WHERE a.id IS NULL") == 0);
  sqlite3_close(db);
}
