// `sxpool backup` while serving, then a restore into a fresh data directory gives equal data.
#include <catch2/catch.hpp>
#include <fstream>

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

TEST_CASE("sxpool restore puts a backup into a new directory and sxpool check finds it sound", "[backup]") {
  TempDir work;
  const auto backupFile = work.path() / "backup.db";
  const auto restoredDir = work.path() / "restored";
  nlohmann::json original;
  {
    LiveServer server({"--demo", "--today", "2026-04-20"});
    original = everything(server);
    auto live = runSxpool({"check", "--data-dir", server.dataDir().string()});
    INFO(live.out << live.err);
    CHECK(live.exitCode == 0);  // while serving
    REQUIRE(runSxpool({"backup", "--data-dir", server.dataDir().string(), backupFile.string()}).exitCode == 0);
    auto restored = runSxpool({"restore", "--data-dir", restoredDir.string(), "--attachments-from",
                               (server.dataDir() / "attachments").string(), backupFile.string()});
    INFO(restored.out << restored.err);
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.find("数据目录完好") != std::string::npos);
    CHECK(server.stop() == 0);
  }
  // A second restore into the same directory is refused: nothing is overwritten.
  auto again = runSxpool({"restore", "--data-dir", restoredDir.string(), backupFile.string()});
  CHECK(again.exitCode == 1);
  CHECK(again.err.find("已有数据库") != std::string::npos);
  {
    LiveServer restored({"--today", "2026-04-20"}, restoredDir);
    CHECK(everything(restored) == original);
  }

  // One attachment's bytes changed on disk: check names it and fails.
  std::filesystem::path victim;
  for (const auto& e : std::filesystem::recursive_directory_iterator(restoredDir / "attachments"))
    if (e.is_regular_file() && e.path().parent_path().filename() != "tmp") victim = e.path();
  REQUIRE(!victim.empty());
  {
    std::fstream f(victim, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(0);
    f.put('X');
  }
  auto broken = runSxpool({"check", "--data-dir", restoredDir.string()});
  CHECK(broken.exitCode == 1);
  CHECK(broken.err.find("SHA-256 不符") != std::string::npos);
  std::filesystem::remove(victim);
  auto missing = runSxpool({"check", "--data-dir", restoredDir.string()});
  CHECK(missing.exitCode == 1);
  CHECK(missing.err.find("文件不存在") != std::string::npos);
}
