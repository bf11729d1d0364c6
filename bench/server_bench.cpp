// sxpool_server_bench: helpers of bench/server.sh.
//   load DATA_DIR N M      N synthetic submitted applications spread over the review states (through the domain
//                          workflow), M more ready to submit (valid drafts with materials), a province session;
//                          writes DATA_DIR/bench-province-token and DATA_DIR/bench-submit.txt ("id token" lines)
//   load-pool DATA_DIR N   N admitted institutions, classified (the public directory at scale)
//   submit URL FILE THREADS   submits every application of FILE over HTTP; prints durable submissions per second
//   raw-sqlite DIR SECONDS BYTES   one INSERT of BYTES per transaction, WAL + synchronous=FULL: the baseline
#include <httplib.h>
#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <iostream>
#include <mutex>
#include <thread>

#include "app/runtime.hpp"
#include "services/case_records.hpp"
#include "services/pool_service.hpp"
#include "store/sqlite_db.hpp"
#include "sxpool/json.hpp"
#include "sxpool/sample.hpp"
#include "sxpool/workflow_json.hpp"

using namespace sxpool;
using Clock = std::chrono::steady_clock;

namespace {

std::string randomToken() {
  unsigned char raw[32];
  randombytes_buf(raw, sizeof raw);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
  return hex;
}

store::UserRow benchUser(const std::string& account, const std::string& role, const std::string& unit,
                         const std::string& hash, std::int64_t now) {
  store::UserRow u;
  u.account = account;
  u.role = role;
  u.unitCode = unit;
  u.displayName = account;
  u.uscc = role == "applicant" ? account : "";
  u.passwordHash = hash;
  u.createdAt = now;
  return u;
}

int load(const std::string& dir, int n, int m) {
  settings::ServerConfig config;
  config.dataDir = dir;
  std::filesystem::create_directories(dir);
  app::Runtime runtime;
  if (auto e = runtime.open(config, false); !e.empty()) {
    std::cerr << e << "\n";
    return 1;
  }
  auto& ctx = runtime.context();
  auto& st = runtime.store();
  const RoundSettings round = ctx.rounds.current();
  const std::int64_t now = ctx.clock.now();
  const std::string hash = services::AuthService::hashPassword("Bench-2026");
  const std::string pdf = "%PDF-1.4\n% bench material\n%%EOF\n";
  const std::string pdfSha = ctx.files.put(pdf);
  const Date day{2026, 3, 2};

  const auto province = st.insertUser(benchUser("bench-province", "province", "140000", hash, now));
  const std::string provinceToken = randomToken();
  st.insertSession({services::AuthService::tokenHash(provinceToken), province, now, now});
  std::ofstream(dir + "/bench-province-token") << provinceToken;

  const SampleSizes small{2, 2, 2, 1, 1, 1};  // queue rows: the document size does not matter there
  std::ofstream submitList(dir + "/bench-submit.txt");
  const auto start = Clock::now();
  const int total = n + m;
  for (int batch = 0; batch < total; batch += 2000) {
    st.transaction([&] {
      for (int i = batch; i < std::min(total, batch + 2000); ++i) {
        const bool ready = i >= n;
        Application doc = makeSampleApplication(i, round, ready ? SampleSizes{} : small);
        const auto owner = st.insertUser(benchUser(doc.basic.uscc, "applicant", "", hash, now));
        auto materials = doc.materials;
        doc.materials.clear();
        store::ApplicationRow row;
        row.ownerId = owner;
        row.roundYear = round.year;
        row.draft = services::canonicalDraft(doc);
        row.draftHash = "bench";
        row.draftRevision = 1;
        row.updatedAt = now - (total - i);
        services::copyQueueColumns(row, doc);
        WorkflowCase wf;
        if (!ready) {  // through the real workflow: submit, then pass up the chain to a state by index
          auto step = [&](Action a, Actor actor) {
            ActionRequest r;
            r.action = a;
            r.actor = actor;
            r.date = day;
            r.routing = doc.routing;
            r.recommendation = "同意推荐";
            auto out = apply(wf, r, round);
            if (out.ok()) wf = *out.next;
          };
          step(Action::Submit, Actor{Role::Applicant, "", "bench"});
          const int depth = i % 20;  // 8 at county, 5 at city, 4 at province, 2 approved, 1 returned
          if (depth == 19) {
            ActionRequest r;
            r.action = Action::Return;
            r.actor = Actor{Role::CountyReviewer, holdingUnit(wf), "bench"};
            r.date = day;
            r.comments = {{"basic.address", "请补充门牌号"}};
            if (auto out = apply(wf, r, round); out.ok()) wf = *out.next;
          } else {
            if (depth >= 8 && wf.state == WorkflowState::AtCounty)
              step(Action::Pass, Actor{Role::CountyReviewer, holdingUnit(wf), "bench"});
            if (depth >= 13 && wf.state == WorkflowState::AtCity)
              step(Action::Pass, Actor{Role::CityReviewer, holdingUnit(wf), "bench"});
            if (depth >= 17 && wf.state == WorkflowState::AtProvince)
              step(Action::Pass, Actor{Role::ProvinceReviewer, "140000", "bench"});
          }
          row.receiptNo = "SXB" + std::to_string(i);
          row.currentVersion = 1;
          row.submittedAt = row.updatedAt;
        }
        row.state = std::string(codeOf(wf.state));
        row.holdingUnit = holdingUnit(wf);
        row.workflow = workflowCaseToJson(wf).dump();
        row.id = st.insertApplication(row);
        if (!ready) st.setViewers(row.id, services::viewerUnits(wf), row.state, row.updatedAt);
        if (ready) {
          for (const auto& mtl : materials) {
            store::AttachmentRow a;
            a.applicationId = row.id;
            a.material = std::string(codeOf(mtl.kind));
            a.fileName = mtl.fileName;
            a.size = static_cast<std::int64_t>(pdf.size());
            a.contentType = "application/pdf";
            a.sha256 = pdfSha;
            a.uploadedAt = now;
            a.uploadedBy = owner;
            st.insertAttachment(a);
          }
          const std::string token = randomToken();
          st.insertSession({services::AuthService::tokenHash(token), owner, now, now});
          submitList << row.id << " " << token << "\n";
        }
      }
    });
  }
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::cout << "已写入 " << n << " 份已提交的申请与 " << m << " 份待提交的申请，用时 " << seconds << " 秒\n";
  return 0;
}

// N admitted institutions (指南第十四条's directory at scale), each classified as the province would at admission.
int loadPool(const std::string& dir, int n) {
  settings::ServerConfig config;
  config.dataDir = dir;
  std::filesystem::create_directories(dir);
  app::Runtime runtime;
  if (auto e = runtime.open(config, false); !e.empty()) {
    std::cerr << e << "\n";
    return 1;
  }
  auto& ctx = runtime.context();
  auto& st = runtime.store();
  const RoundSettings round = ctx.rounds.current();
  const std::int64_t now = ctx.clock.now();
  const std::string hash = services::AuthService::hashPassword("Bench-2026");
  const auto start = Clock::now();
  for (int batch = 0; batch < n; batch += 2000) {
    st.transaction([&] {
      for (int i = batch; i < std::min(n, batch + 2000); ++i) {
        Application doc = makeSampleApplication(i, round, SampleSizes{2, 2, 2, 1, 1, 1});
        doc.materials.clear();
        store::ApplicationRow row;
        row.ownerId = st.insertUser(benchUser(doc.basic.uscc, "applicant", "", hash, now));
        row.roundYear = round.year;
        row.draft = services::canonicalDraft(doc);
        row.draftHash = "bench";
        row.draftRevision = 1;
        row.updatedAt = now - (n - i);
        services::copyQueueColumns(row, doc);
        WorkflowCase wf;
        wf.state = WorkflowState::Admitted;
        wf.admittedOn = Date{2026, 5, 6};
        row.state = "admitted";
        row.workflow = workflowCaseToJson(wf).dump();
        row.receiptNo = "SXP" + std::to_string(i);
        row.currentVersion = 1;
        row.submittedAt = row.updatedAt;
        row.id = st.insertApplication(row);
        const auto c = services::suggestedClassification(doc, round);
        st.upsertClassification({row.id, std::string(codeOf(c.character)), std::string(codeOf(c.serviceClass)),
                                 "2026-05-06", "admission", now, std::nullopt});
      }
    });
  }
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::cout << "已写入 " << n << " 家入库机构，用时 " << seconds << " 秒\n";
  return 0;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

int submit(const std::string& host, int port, const std::string& file, int threads) {
  std::vector<std::pair<std::string, std::string>> work;
  std::ifstream in(file);
  std::string id, token;
  while (in >> id >> token) work.emplace_back(id, token);
  std::atomic<size_t> next{0};
  std::atomic<int> ok{0}, failed{0};
  std::mutex m;
  std::vector<double> latencies;
  std::string firstError;
  const auto start = Clock::now();
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t)
    pool.emplace_back([&] {
      httplib::Client c(host, port);
      c.set_read_timeout(60);
      std::vector<double> mine;
      for (size_t i; (i = next++) < work.size();) {
        httplib::Headers h = {{"Cookie", "sxpool_session=" + work[i].second}, {"X-Sxpool-Request", "1"}};
        const auto t0 = Clock::now();
        auto r = c.Post(("/api/v1/applications/" + work[i].first + "/submit").c_str(), h, "{}", "application/json");
        mine.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        if (r && r->status == 200)
          ++ok;
        else {
          ++failed;
          std::lock_guard lock(m);
          if (firstError.empty()) firstError = r ? std::to_string(r->status) + " " + r->body : "connection failed";
        }
      }
      std::lock_guard lock(m);
      latencies.insert(latencies.end(), mine.begin(), mine.end());
    });
  for (auto& t : pool) t.join();
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::cout << "submissions_ok=" << ok << " failed=" << failed << " seconds=" << seconds
            << " per_second=" << ok / seconds << " p50_ms=" << percentile(latencies, 0.5)
            << " p99_ms=" << percentile(latencies, 0.99) << "\n";
  if (!firstError.empty()) std::cout << "first error: " << firstError.substr(0, 300) << "\n";
  return failed ? 1 : 0;
}

int rawSqlite(const std::string& dir, double seconds, size_t bytes) {
  std::filesystem::create_directories(dir);
  store::Db db(dir + "/raw.db");  // WAL + synchronous=FULL, as the store
  db.exec("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, doc TEXT NOT NULL)");
  const std::string doc(bytes, 'x');
  auto insert = db.prepare("INSERT INTO t(doc) VALUES(?)");
  int count = 0;
  const auto start = Clock::now();
  while (std::chrono::duration<double>(Clock::now() - start).count() < seconds) {
    db.exec("BEGIN IMMEDIATE");
    insert.bindAll(doc);
    insert.run();
    insert.reset();
    db.exec("COMMIT");
    ++count;
  }
  const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  std::cout << "raw_inserts=" << count << " seconds=" << elapsed << " per_second=" << count / elapsed << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (sodium_init() < 0) return 1;
  std::vector<std::string> a(argv + 1, argv + argc);
  if (a.size() == 4 && a[0] == "load") return load(a[1], std::stoi(a[2]), std::stoi(a[3]));
  if (a.size() == 3 && a[0] == "load-pool") return loadPool(a[1], std::stoi(a[2]));
  if (a.size() == 5 && a[0] == "submit") return submit(a[1], std::stoi(a[2]), a[3], std::stoi(a[4]));
  if (a.size() == 4 && a[0] == "raw-sqlite") return rawSqlite(a[1], std::stod(a[2]), std::stoul(a[3]));
  std::cerr << "用法：sxpool_server_bench load DIR N M | load-pool DIR N | submit HOST PORT FILE THREADS | raw-sqlite "
               "DIR SECONDS BYTES\n";
  return 2;
}
