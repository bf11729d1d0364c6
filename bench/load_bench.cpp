// Load test and backup under load (issue 15). Starts `sxpool serve --demo` on loopback, prepares the users
// (applicants registered with their first draft; demo reviewers signed in), then runs them for the given time:
// reads, draft saves, uploads, submissions, queue pages and review actions. Meanwhile it takes backups
// (`sxpool backup`), restores each into a fresh directory (`sxpool restore`, which runs `sxpool check`) and, at
// the end, compares the restore with the live data: every receipt acknowledged before the backup began is in it,
// and every submitted version and attachment row it holds is the live one, unchanged.
// Prints throughput, p50/p99 per route, errors and the server's peak RSS; exits 1 on any error.
//   sxpool_load_bench [--users 200] [--seconds 60] [--think-ms 100] [--backups 3] [--reviewers-share 20]
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <thread>

#include "live_server.hpp"
#include "load_users.hpp"

using namespace sxpool;
using namespace sxpool::load;
namespace fs = std::filesystem;

namespace {

struct Options {
  int users = 200;
  int seconds = 60;
  int thinkMs = 100;
  int backups = 3;
  int reviewersShare = 20;  // percent of the users
};

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string name = argv[i];
    const int value = std::atoi(argv[i + 1]);
    if (name == "--users") o.users = value;
    if (name == "--seconds") o.seconds = value;
    if (name == "--think-ms") o.thinkMs = value;
    if (name == "--backups") o.backups = value;
    if (name == "--reviewers-share") o.reviewersShare = value;
  }
  return o;
}

// The server's process: the one whose command line has "--port PORT" (LiveServer keeps its pid to itself).
int serverPid(int port) {
  for (const auto& entry : fs::directory_iterator("/proc")) {
    const std::string name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream in(entry.path() / "cmdline", std::ios::binary);
    std::string cmdline((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (cmdline.find(std::string("--port") + '\0' + std::to_string(port) + '\0') != std::string::npos &&
        cmdline.find("serve") != std::string::npos)
      return std::stoi(name);
  }
  return -1;
}

std::string peakRss(int pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind("VmHWM:", 0) == 0) return line.substr(6);
  return "?";
}

double percentile(std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

// Rows of `sql` as text lines ("a|b|c"), in its order.
std::vector<std::string> rows(const fs::path& db, const char* sql) {
  sqlite3* h = nullptr;
  std::vector<std::string> out;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return out;
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(h, sql, -1, &s, nullptr) == SQLITE_OK)
    while (sqlite3_step(s) == SQLITE_ROW) {
      std::string line;
      for (int c = 0; c < sqlite3_column_count(s); ++c) {
        const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, c));
        line += (c ? "|" : "") + std::string(t ? t : "");
      }
      out.push_back(line);
    }
  sqlite3_finalize(s);
  sqlite3_close(h);
  return out;
}

// What a backup is compared by: the submitted versions (immutable once written: application, version, receipt,
// time and the whole document text) and the attachment rows (id, application, material, size, SHA-256 of the
// file, which `sxpool check` verified against the restored file). A restore must hold a subset of the live
// rows, each identical, and every receipt acknowledged before the backup began.
const char* kVersionsDigest =
    "SELECT application_id, version, receipt_no, submitted_at, document FROM application_versions ORDER BY 1, 2";
const char* kAttachmentsDigest = "SELECT id, application_id, material, size, sha256 FROM attachments ORDER BY id";

struct BackupRun {
  fs::path restored;
  std::set<std::string> acknowledgedBefore;  // "applicationId|receiptNo"
  int backupExit = -1, restoreExit = -1;
  double backupSeconds = 0;
  std::string output;
};

BackupRun backupUnderLoad(LoadShared& shared, const fs::path& liveDir, const fs::path& work, int n) {
  BackupRun run;
  {
    std::lock_guard lock(shared.mutex);
    for (const auto& r : shared.receipts)
      run.acknowledgedBefore.insert(std::to_string(r.applicationId) + "|" + r.receiptNo);
  }
  const fs::path file = work / ("backup-" + std::to_string(n) + ".db");
  run.restored = work / ("restored-" + std::to_string(n));
  const auto start = std::chrono::steady_clock::now();
  auto backup = testing::runSxpool({"backup", "--data-dir", liveDir.string(), file.string()}, 300);
  run.backupSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  run.backupExit = backup.exitCode;
  auto restore = testing::runSxpool({"restore", "--data-dir", run.restored.string(), "--attachments-from",
                                     (liveDir / "attachments").string(), file.string()},
                                    300);
  run.restoreExit = restore.exitCode;
  run.output = backup.out + backup.err + restore.out + restore.err;
  return run;
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = parse(argc, argv);
  const int reviewers = std::max(1, o.users * o.reviewersShare / 100);
  const int applicants = o.users - reviewers;
  std::printf("load: %d users (%d applicants, %d reviewers), %d s, think time 0–%d ms, %d backups\n", o.users,
              applicants, reviewers, o.seconds, 2 * o.thinkMs, o.backups);
  testing::TempDir work;
  const fs::path liveDir = work.path() / "live";
  testing::LiveServer server({"--demo", "--today", "2026-04-20", "--threads", "64"}, liveDir);
  LoadShared shared;
  shared.port = server.port();

  // Preparation (not measured): registrations and sign-ins, in 16 threads.
  std::vector<Applicant> people(static_cast<size_t>(applicants));
  std::atomic<int> next{0}, failedSetup{0};
  {
    std::vector<std::thread> setup;
    for (int t = 0; t < 16; ++t)
      setup.emplace_back([&] {
        for (int i; (i = next++) < applicants;)
          if (!prepareApplicant(shared, 5000 + i, people[static_cast<size_t>(i)])) ++failedSetup;
      });
    for (auto& t : setup) t.join();
  }
  const std::vector<std::string> accounts = {"taiyuan", "xiaodian", "yingze", "zonggai", "department", "province"};
  std::vector<std::string> reviewerCookies;
  for (int r = 0; r < reviewers; ++r)
    reviewerCookies.push_back(signIn(shared, accounts[r % accounts.size()], "Demo2026!sx"));
  {
    std::lock_guard lock(shared.mutex);
    shared.routes.clear();  // the measurement starts now
    for (const auto& e : shared.errorSamples) std::printf("setup error: %s\n", e.c_str());
    shared.errorSamples.clear();
  }

  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> users;
  for (int i = 0; i < applicants; ++i)
    users.emplace_back([&, i] { runApplicant(shared, people[static_cast<size_t>(i)], o.thinkMs, 100u + i); });
  for (int r = 0; r < reviewers; ++r)
    users.emplace_back(
        [&, r] { runReviewer(shared, accounts[r % accounts.size()], reviewerCookies[r], o.thinkMs, 9000u + r); });
  std::vector<BackupRun> backups;
  for (int b = 0; b < o.backups; ++b) {
    std::this_thread::sleep_until(start + std::chrono::milliseconds(1000LL * o.seconds * (b + 1) / (o.backups + 1)));
    backups.push_back(backupUnderLoad(shared, server.dataDir(), work.path(), b + 1));
  }
  std::this_thread::sleep_until(start + std::chrono::seconds(o.seconds));
  shared.running = false;
  for (auto& t : users) t.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const std::string rss = peakRss(serverPid(server.port()));
  server.stop();

  std::int64_t total = 0, errors = failedSetup, refused = 0;
  std::printf("\n%-42s %8s %9s %9s %9s %7s %7s\n", "route", "requests", "p50 ms", "p99 ms", "max ms", "errors",
              "refused");
  for (auto& [route, s] : shared.routes) {
    total += static_cast<std::int64_t>(s.milliseconds.size());
    errors += s.errors;
    refused += s.refused;
    const double p50 = percentile(s.milliseconds, 0.5), p99 = percentile(s.milliseconds, 0.99);
    std::printf("%-42s %8zu %9.1f %9.1f %9.1f %7lld %7lld\n", route.c_str(), s.milliseconds.size(), p50, p99,
                s.milliseconds.empty() ? 0.0 : s.milliseconds.back(), static_cast<long long>(s.errors),
                static_cast<long long>(s.refused));
  }
  std::vector<double> all;
  for (auto& [route, s] : shared.routes) all.insert(all.end(), s.milliseconds.begin(), s.milliseconds.end());
  std::printf(
      "\nload: %lld requests in %.1f s = %.0f requests/s, p50 %.1f ms, p99 %.1f ms, %lld errors, "
      "%lld refused (races between reviewers), %zu receipts, %d setup failures; server peak RSS (VmHWM)%s\n",
      static_cast<long long>(total), seconds, static_cast<double>(total) / seconds, percentile(all, 0.5),
      percentile(all, 0.99), static_cast<long long>(errors), static_cast<long long>(refused), shared.receipts.size(),
      failedSetup.load(), rss.c_str());
  for (const auto& e : shared.errorSamples) std::printf("  error: %s\n", e.c_str());

  // Each backup against the live data at the end (submitted versions and attachment rows never change).
  const auto liveVersions = rows(liveDir / "sxpool.db", kVersionsDigest);
  const auto liveAttachments = rows(liveDir / "sxpool.db", kAttachmentsDigest);
  const std::set<std::string> liveV(liveVersions.begin(), liveVersions.end());
  const std::set<std::string> liveA(liveAttachments.begin(), liveAttachments.end());
  int badBackups = 0;
  for (size_t b = 0; b < backups.size(); ++b) {
    const auto& run = backups[b];
    const auto versions = rows(run.restored / "sxpool.db", kVersionsDigest);
    const auto attachments = rows(run.restored / "sxpool.db", kAttachmentsDigest);
    const auto receipts = rows(run.restored / "sxpool.db",
                               "SELECT id || '|' || receipt_no FROM applications WHERE receipt_no IS NOT NULL");
    const std::set<std::string> restoredReceipts(receipts.begin(), receipts.end());
    size_t missing = 0, changedVersions = 0, changedAttachments = 0;
    for (const auto& r : run.acknowledgedBefore) missing += !restoredReceipts.count(r);
    for (const auto& v : versions) changedVersions += !liveV.count(v);
    for (const auto& a : attachments) changedAttachments += !liveA.count(a);
    const bool ok = run.backupExit == 0 && run.restoreExit == 0 && missing == 0 && changedVersions == 0 &&
                    changedAttachments == 0 && !versions.empty();
    badBackups += !ok;
    std::printf(
        "backup %zu: %s — backup %.2f s (exit %d), restore + check exit %d; %zu receipts acknowledged "
        "before it began, %zu missing; %zu versions, %zu attachment rows restored, %zu / %zu differ from "
        "the live data\n",
        b + 1, ok ? "ok" : "FAILED", run.backupSeconds, run.backupExit, run.restoreExit, run.acknowledgedBefore.size(),
        missing, versions.size(), attachments.size(), changedVersions, changedAttachments);
    if (!ok) std::printf("%s\n", run.output.c_str());
  }
  return errors == 0 && badBackups == 0 ? 0 : 1;
}
