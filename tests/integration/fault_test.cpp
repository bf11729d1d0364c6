// Faults (issue 15): the data directory's disk fills up during uploads and submissions (a small tmpfs the test
// mounts: skipped with a message where mounting is not allowed) — 507 with a Chinese message, reads go on, nothing
// acknowledged is lost, writes work again by themselves once space returns; the database file read-only, or
// locked by another process, or the directory used by another server, at start — a clear message, exit code 1,
// the file unchanged.
#include <sqlite3.h>
#include <sys/mount.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "document_tools.hpp"
#include "live_server.hpp"
#include "test_data.hpp"

using namespace sxpool::testing;
namespace fs = std::filesystem;

namespace {

// A tmpfs of `megabytes` on `dir`, unmounted when it goes (lazily: nothing may still be open in it).
class SmallDisk {
 public:
  SmallDisk(const fs::path& dir, int megabytes) : dir_(dir) {
    fs::create_directories(dir);
    const std::string options = "size=" + std::to_string(megabytes) + "m,mode=0700";
    mounted_ = ::mount("tmpfs", dir.c_str(), "tmpfs", 0, options.c_str()) == 0;
  }
  ~SmallDisk() {
    if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
  }
  bool mounted() const { return mounted_; }

 private:
  fs::path dir_;
  bool mounted_ = false;
};

// Writes `path` until the disk refuses; returns the bytes written.
std::uintmax_t fill(const fs::path& path) {
  std::ofstream out(path, std::ios::binary);
  const std::string block(64 * 1024, 'x');
  std::uintmax_t written = 0;
  while (out.write(block.data(), static_cast<std::streamsize>(block.size())) && out.flush()) written += block.size();
  return written;
}

std::string bigPdf(int index, size_t bytes) {
  std::string pdf = pdfBytes("filler " + std::to_string(index));
  pdf += "% " + std::string(bytes, static_cast<char>('a' + index % 26)) + "\n";
  return pdf;
}

void checkStorageFull(const Session::Reply& r) {
  INFO(r.status << " " << r.body.substr(0, 300));
  CHECK(r.status == 507);
  CHECK(r.json["error"] == "storage_full");
  CHECK(contains(r.json["message"], "存储空间已满"));
}

}  // namespace

TEST_CASE("a full disk answers 507 in Chinese while reads go on and writes resume once space returns",
          "[faults][durability]") {
  TempDir dir;
  const fs::path data = dir.path() / "data";
  SmallDisk disk(data, 16);
  if (!disk.mounted()) {
    WARN("跳过：无法挂载 tmpfs（需要 root 与 CAP_SYS_ADMIN），磁盘写满的测试没有运行");
    return;
  }
  std::string firstReceipt;
  std::int64_t firstId = 0, secondId = 0;
  std::string firstCookie, secondCookie;
  {
    LiveServer server({"--today", "2026-04-20"}, data);
    Session first(server), second(server);
    firstId = prepareApplicant(first, 60, true);
    auto receipt = first.post("/api/v1/applications/" + std::to_string(firstId) + "/submit");
    REQUIRE(receipt.status == 200);
    firstReceipt = receipt.json["receiptNo"];
    secondId = prepareApplicant(second, 61, false);
    const std::string base = "/api/v1/applications/" + std::to_string(secondId);

    // The disk fills up while the second applicant uploads: each 200 KB file takes what is left, until none is.
    const fs::path filler = data / "filler.bin";
    const auto filled = fill(filler);
    fs::resize_file(filler, filled > 600 * 1024 ? filled - 600 * 1024 : 0);
    int stored = 0, full = 0, kind = 1;
    for (; kind <= 11 && full == 0; ++kind) {
      auto r = second.upload(base + "/materials/" + std::to_string(kind) + "?name=big.pdf", bigPdf(kind, 200 * 1024),
                             "application/pdf");
      if (r.status == 201)
        ++stored;
      else
        checkStorageFull(r), ++full;
    }
    std::printf("faults: %ju bytes of filler, %d uploads stored before the disk was full\n", filled, stored);
    REQUIRE(full == 1);
    fill(data / "filler2.bin");  // and now not a byte is left
    checkStorageFull(second.upload(base + "/materials/" + std::to_string(kind - 1) + "?name=big.pdf",
                                   bigPdf(kind, 200 * 1024), "application/pdf"));

    // Reads go on: the health check, the submitted application, its files, the draft, the queue.
    CHECK(first.get("/api/v1/health").status == 200);
    auto detail = first.get("/api/v1/applications/" + std::to_string(firstId));
    CHECK(detail.status == 200);
    CHECK(detail.json["receiptNo"] == firstReceipt);
    for (const auto& m : detail.json["materials"]) CHECK(first.get(m["url"].get<std::string>()).status == 200);
    CHECK(second.get(base + "/draft").status == 200);
    // Writes the disk cannot take are refused with 507 and change nothing; none is answered 500.
    auto draft = second.get(base + "/draft");
    auto saved =
        second.put(base + "/draft", {{"baseRevision", draft.json["revision"]}, {"document", draft.json["document"]}});
    CHECK((saved.status == 200 || saved.status == 507));
    if (saved.status == 507) checkStorageFull(saved);
    Session third(server);
    auto registered = registerApplicant(third, "91140100MA0L4FULL1", kApplicantPassword);
    CHECK(registered.status != 500);

    // Space returns: the same requests succeed, without a restart.
    fs::remove(filler);
    fs::remove(data / "filler2.bin");
    uploadRequiredMaterials(second, secondId);
    auto secondReceipt = second.post(base + "/submit");
    INFO(secondReceipt.body.substr(0, 400));
    REQUIRE(secondReceipt.status == 200);
    firstCookie = first.cookie;
    secondCookie = second.cookie;
    CHECK(server.stop(SIGKILL) != 0);
  }
  // Nothing acknowledged is lost, and the directory is sound.
  LiveServer again({"--today", "2026-04-20"}, data);
  Session first(again), second(again);
  first.cookie = firstCookie;
  second.cookie = secondCookie;
  CHECK(first.get("/api/v1/applications/" + std::to_string(firstId)).json["receiptNo"] == firstReceipt);
  CHECK(second.get("/api/v1/applications/" + std::to_string(secondId)).json["state"]["code"] != "draft");
  again.stop();
  auto check = runSxpool({"check", "--data-dir", data.string()});
  INFO(check.out << check.err);
  CHECK(check.exitCode == 0);
}

TEST_CASE("a read-only or locked database or a data directory in use stops the start with a clear message",
          "[faults]") {
  TempDir dir;
  const fs::path data = dir.path() / "data";
  { LiveServer once({}, data); }  // a data directory with its database, the server stopped
  const fs::path db = data / "sxpool.db";
  const std::string before = readFile(db);
  REQUIRE(!before.empty());
  auto serve = [&] {
    return runSxpool({"serve", "--port", std::to_string(freeLoopbackPort()), "--data-dir", data.string()}, 30);
  };

  SECTION("locked by another process (an EXCLUSIVE transaction, as an open sqlite3 shell holds)") {
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(db.c_str(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
    auto refused = serve();
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    INFO(refused.err);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.find("正被另一个进程锁定") != std::string::npos);
    CHECK(refused.err.find("sqlite3") != std::string::npos);
    CHECK(readFile(db) == before);  // no damage: the file is byte for byte what it was
  }
  SECTION("read-only (immutable, which holds even for root)") {
    if (std::system(("chattr +i " + db.string() + " 2>/dev/null").c_str()) != 0) {
      WARN("跳过：无法设置 chattr +i（文件系统不支持），只读数据库的测试没有运行");
      return;
    }
    auto refused = serve();
    std::system(("chattr -i " + db.string()).c_str());
    INFO(refused.err);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.find("是只读的") != std::string::npos);
    CHECK(readFile(db) == before);
  }
  SECTION("in use by another server: refused, the first goes on") {
    LiveServer first({}, data);
    auto refused = serve();
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.find("另一个 sxpool 进程") != std::string::npos);
    Session s(first);
    CHECK(s.get("/api/v1/health").status == 200);
    CHECK(s.get("/api/v1/units").status == 200);
    first.stop();
  }
  LiveServer after({}, data);  // the server starts on it once the cause is gone
  CHECK(Session(after).get("/api/v1/health").status == 200);
}
