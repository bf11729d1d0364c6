#pragma once
// The clients of the crash test (crash_test.cpp): each works through one applicant at a time — register, sign in,
// open the application, save a draft, upload the eleven required materials, save the final draft, submit — and
// retries every request whose answer was lost while the server was down, the way a browser would.
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

namespace sxpool::testing {

// An applicant whose submission got a receipt, with what it uploaded (material kind → SHA-256 answered).
struct AcknowledgedSubmission {
  int index = 0;
  std::string uscc;
  std::int64_t id = 0;
  std::string receiptNo;
  std::string cookie;
  std::map<std::string, std::string> materials;
  bool submitAnswerLost = false;  // the first submit's answer never came: the receipt came on a retry
  bool repeated = false;          // … and that retry found it already stored ("repeated": true)
};

// What the clients share: the server's current port (0 while it is down) and what they found.
struct CrashTarget {
  std::atomic<int> port{0};
  std::atomic<bool> stopping{false};
  std::atomic<int> restarts{0};
  std::atomic<int> lostAnswers{0};
  std::atomic<int> relogins{0};
  std::mutex mutex;
  std::vector<std::string> failures;
  std::vector<AcknowledgedSubmission> results;
  void fail(const std::string& what);
};

struct CrashReply {
  int status = 0;
  nlohmann::json json;
  std::string body;
};

class CrashClient {
 public:
  explicit CrashClient(CrashTarget& target) : target_(target) {}
  // Sends until an answer arrives (the server may be down or restarting); `lost` tells whether an attempt got
  // none. A 401 after a restart signs in again and repeats the request.
  CrashReply call(const std::string& method, const std::string& path, const std::string& body = {},
                  const std::string& contentType = "application/json");
  bool signIn(const std::string& uscc);
  std::string cookie;
  bool lost = false;

 private:
  CrashReply once(const std::string& method, const std::string& path, const std::string& body,
                  const std::string& contentType, bool& answered, bool& sent);
  CrashTarget& target_;
  std::string account_;
};

// The bytes of material `kind` of applicant `index`: a small PDF, 2–40 KB, the same on every call.
std::string materialBytes(int index, const std::string& kind);

// One applicant's whole way to a receipt; adds it to target.results, or a failure.
void runApplicant(CrashTarget& target, int index, std::mt19937& random);

}  // namespace sxpool::testing
