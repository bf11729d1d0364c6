// `sxpool backup` while serving, then a restore into a fresh data directory gives equal data.
#include <catch2/catch.hpp>

#include "live_server.hpp"
#include "test_data.hpp"

using namespace sxpool::testing;

namespace {

nlohmann::json everything(LiveServer& server) {
  Session admin(server);
  REQUIRE(admin.login("admin", kDemoPassword).status == 200);
  auto queue = admin.get("/api/v1/queue?pageSize=200&sort=name&order=asc").json;
  nlohmann::json details = nlohmann::json::array();
  for (const auto& item : queue["items"]) {
    auto d = admin.get("/api/v1/applications/" + item["id"].dump()).json;
    details.push_back({d["workflow"], d["document"], d["materials"], d["versions"], d["receiptNo"]});
  }
  return {{"queue", queue}, {"details", details}, {"users", admin.get("/api/v1/users").json}};
}

}  // namespace

TEST_CASE("backup while serving, restore, and the data is the same", "[backup]") {
  TempDir work;
  const auto backupFile = work.path() / "sxpool-backup.db";
  nlohmann::json original;
  std::string downloaded;
  {
    LiveServer server({"--demo", "--today", "2026-04-20"});
    original = everything(server);
    auto result = runSxpool({"backup", "--data-dir", server.dataDir().string(), backupFile.string()});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.find("已备份") != std::string::npos);
    // The server kept serving during the backup, and refuses to overwrite an existing file.
    CHECK(Session(server).get("/api/v1/health").status == 200);
    CHECK(runSxpool({"backup", "--data-dir", server.dataDir().string(), backupFile.string()}).exitCode != 0);
    std::filesystem::create_directories(work.path() / "restored");
    std::filesystem::copy(server.dataDir() / "attachments", work.path() / "restored" / "attachments",
                          std::filesystem::copy_options::recursive);
    CHECK(server.stop() == 0);
  }
  std::filesystem::copy_file(backupFile, work.path() / "restored" / "sxpool.db");
  LiveServer restored({"--today", "2026-04-20"}, work.path() / "restored");
  auto after = everything(restored);
  CHECK(after == original);
  CHECK(runSxpool({"backup", "--help"}).exitCode == 0);
}
