#pragma once
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

// Below app/ and services/ alike: the services read it, the app fills it (one-way folders).
namespace sxpool::settings {

// Password policy (等保 deployments may require character classes).
struct PasswordPolicy {
  size_t minLength = 8;
  int requiredClasses = 0;  // how many of: lower, upper, digit, symbol
};

// Every knob of the running server lives here; `sxpool serve` fills it from its options
// and the optional DATA_DIR/sxpool.json, so tests can shorten the timings.
struct ServerConfig {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::filesystem::path dataDir;
  std::filesystem::path webDir = SXPOOL_DEFAULT_WEB_DIR;
  bool demo = false;
  bool secureCookie = false;  // behind TLS: add `Secure` to the session cookie
  int threads = 32;           // kept warm; more start while connections wait, up to maxConnections
  int maxConnections = 1024;
  std::chrono::seconds ioTimeout{10};  // the longest wait between two reads or writes on one connection

  // Request bodies (explicit: cpp-httplib 0.11.4 sets no limit of its own).
  size_t jsonBodyLimit = 2 * 1024 * 1024;
  size_t attachmentFileLimit = 20 * 1024 * 1024;
  size_t attachmentApplicationLimit = 200 * 1024 * 1024;

  // Sign-in.
  int loginMaxFailures = 5;
  std::chrono::seconds lockoutDuration{15 * 60};
  std::chrono::seconds idleTimeout{30 * 60};
  PasswordPolicy passwordPolicy;
  int addressMaxFailures = 30;  // failed sign-ins from one address per addressWindow before 429
  std::chrono::seconds addressWindow{10 * 60};

  // 省级主管部门 that recommend 省级行业组织机构 (第八条(一)); configurable per deployment
  // (DATA_DIR/sxpool.json "provincialDepartments": [{"code": "dept-…", "name": "…"}]).
  struct Department {
    std::string code;  // "dept-" + short ASCII name
    std::string name;
  };
  std::vector<Department> provincialDepartments = {
      {"dept-drc", "山西省发展和改革委员会"},      {"dept-st", "山西省科学技术厅"},
      {"dept-commerce", "山西省商务厅"},           {"dept-samr", "山西省市场监督管理局"},
      {"dept-hrss", "山西省人力资源和社会保障厅"}, {"dept-finance", "山西省地方金融管理局"}};

  // The date the workflow takes as today (--today); empty: the real date in Beijing time.
  std::string today;
};

}  // namespace sxpool::settings
