#pragma once
// The simulated users of the load test (bench/load.sh): applicants who read their application, save drafts,
// upload materials and submit; reviewers who page through queues, open cases and act on them. Each request's
// latency is recorded under its route (method and path pattern).
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace sxpool::load {

struct RouteStats {
  std::vector<double> milliseconds;
  std::int64_t errors = 0;   // no answer, 5xx, or a status the route never answers to this request
  std::int64_t refused = 0;  // a refusal the race between users explains (a reviewer acting on a case just moved)
};

// What every user shares: the port, the statistics, the receipts handed out (when, and to which application).
struct LoadShared {
  int port = 0;
  std::atomic<bool> running{true};
  std::mutex mutex;
  std::map<std::string, RouteStats> routes;
  std::vector<std::string> errorSamples;  // the first few errors, for the report
  struct Receipt {
    std::int64_t applicationId;
    std::string receiptNo;
    std::chrono::steady_clock::time_point at;
  };
  std::vector<Receipt> receipts;
  void record(const std::string& route, double ms, int status, bool ok, bool refused, const std::string& detail);
};

struct HttpReply {
  int status = 0;  // 0: no answer
  nlohmann::json json;
  std::string body;
};

class LoadClient {
 public:
  explicit LoadClient(LoadShared& shared) : shared_(shared) {}
  // One request, timed and recorded under `route`; `expected` are the statuses that count as answered well,
  // `refusals` those that count as a race's refusal.
  HttpReply send(const std::string& route, const std::string& method, const std::string& path, const std::string& body,
                 const std::string& contentType, const std::set<int>& expected, const std::set<int>& refusals = {});
  std::string cookie;

 private:
  LoadShared& shared_;
};

// An applicant: registered, signed in, the application opened with its first draft saved.
struct Applicant {
  int index = 0;
  std::int64_t id = 0;
  std::int64_t revision = 0;
  nlohmann::json document;  // the sample application (without materials)
  int uploaded = 0;         // materials 1…uploaded are stored
  bool submitted = false;
  std::string cookie;
};

// Registers and prepares applicant `index`; false (and an error recorded) when a step failed.
bool prepareApplicant(LoadShared& shared, int index, Applicant& out);
// Signs in a demo reviewer; the cookie, or "" on failure.
std::string signIn(LoadShared& shared, const std::string& account, const std::string& password);

// One user's loop until shared.running is false, pausing `thinkMs` (0…2×, random) between requests.
void runApplicant(LoadShared& shared, Applicant& a, int thinkMs, unsigned seed);
void runReviewer(LoadShared& shared, const std::string& account, const std::string& cookie, int thinkMs, unsigned seed);

}  // namespace sxpool::load
