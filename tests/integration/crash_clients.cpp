#include "crash_clients.hpp"

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "sxpool/json.hpp"
#include "sxpool/round.hpp"
#include "sxpool/sample.hpp"
#include "test_data.hpp"

namespace sxpool::testing {
namespace {

using nlohmann::json;

std::string summary(const CrashReply& r) { return std::to_string(r.status) + " " + r.body.substr(0, 300); }

}  // namespace

void CrashTarget::fail(const std::string& what) {
  std::lock_guard lock(mutex);
  failures.push_back(what);
}

CrashReply CrashClient::once(const std::string& method, const std::string& path, const std::string& body,
                             const std::string& contentType, bool& answered, bool& sent) {
  CrashReply reply;
  answered = false;
  const int port = target_.port;
  sent = port != 0;
  if (!sent) return reply;
  httplib::Client c("127.0.0.1", port);
  c.set_connection_timeout(2);
  c.set_read_timeout(60);
  httplib::Headers headers;
  if (!cookie.empty()) headers.emplace("Cookie", cookie);
  if (method != "GET") headers.emplace("X-Sxpool-Request", "1");
  httplib::Result result = method == "GET"    ? c.Get(path.c_str(), headers)
                           : method == "POST" ? c.Post(path.c_str(), headers, body, contentType.c_str())
                                              : c.Put(path.c_str(), headers, body, contentType.c_str());
  if (!result) return reply;
  answered = true;
  reply.status = result->status;
  reply.body = result->body;
  if (result->has_header("Set-Cookie")) {
    const std::string set = result->get_header_value("Set-Cookie");
    const std::string pair = set.substr(0, set.find(';'));
    cookie = pair.find('=') + 1 == pair.size() ? std::string() : pair;
  }
  if (result->get_header_value("Content-Type").find("application/json") == 0)
    reply.json = json::parse(result->body, nullptr, false);
  return reply;
}

CrashReply CrashClient::call(const std::string& method, const std::string& path, const std::string& body,
                             const std::string& contentType) {
  lost = false;
  for (;;) {
    bool answered = false, sent = false;
    CrashReply reply = once(method, path, body, contentType, answered, sent);
    if (!answered) {
      if (sent) {  // sent to a server that was running (it may have acted on it): its answer is lost
        lost = true;
        ++target_.lostAnswers;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      continue;
    }
    // A session created just before a kill may not have reached the disk: sign in again.
    if (reply.status == 401 && !account_.empty() && path != "/api/v1/session") {
      ++target_.relogins;
      const bool wasLost = lost;
      if (!signIn(account_)) return reply;
      lost = wasLost;
      continue;
    }
    return reply;
  }
}

bool CrashClient::signIn(const std::string& uscc) {
  account_ = uscc;
  auto r = call("POST", "/api/v1/session", json{{"account", uscc}, {"password", kApplicantPassword}}.dump());
  if (r.status != 200) target_.fail("sign-in of " + uscc + ": " + summary(r));
  return r.status == 200;
}

std::string materialBytes(int index, const std::string& kind) {
  std::mt19937 random(static_cast<unsigned>(index * 100 + std::stoi(kind)));
  std::string bytes = pdfBytes("material " + kind + " of applicant " + std::to_string(index));
  const size_t padding = std::uniform_int_distribution<size_t>(2000, 40000)(random);
  bytes.reserve(bytes.size() + padding + 2);
  bytes += "% ";
  for (size_t i = 0; i < padding; ++i) bytes += static_cast<char>('a' + random() % 26);
  bytes += "\n";
  return bytes;
}

void runApplicant(CrashTarget& target, int index, std::mt19937& random) {
  Application app = makeSampleApplication(index, round2026());
  app.materials.clear();
  AcknowledgedSubmission done;
  done.index = index;
  done.uscc = app.basic.uscc;
  const std::string who = "applicant " + std::to_string(index) + " (" + app.basic.uscc + "): ";
  CrashClient c(target);

  auto reg = c.call("POST", "/api/v1/applicants",
                    json{{"uscc", app.basic.uscc},
                         {"name", app.basic.name},
                         {"contactName", app.basic.contactName},
                         {"contactPhone", app.basic.contactPhone},
                         {"email", app.basic.email},
                         {"password", kApplicantPassword}}
                        .dump());
  // 409 only when the first attempt was stored but its answer lost.
  if (!(reg.status == 201 || (reg.status == 409 && c.lost))) return target.fail(who + "register: " + summary(reg));
  if (!c.signIn(app.basic.uscc)) return;
  auto opened = c.call("POST", "/api/v1/applications", "{}");
  if (opened.status != 200) return target.fail(who + "open: " + summary(opened));
  done.id = opened.json["id"];
  std::int64_t revision = opened.json["draftRevision"];
  const std::string base = "/api/v1/applications/" + std::to_string(done.id);

  auto save = [&](const Application& document) {
    const std::string text = applicationToJson(document).dump();
    for (int attempt = 0; attempt < 5; ++attempt) {
      auto r = c.call("PUT", base + "/draft",
                      "{\"baseRevision\":" + std::to_string(revision) + ",\"document\":" + text + "}");
      if (r.status == 200) {
        revision = r.json["revision"];
        return true;
      }
      // The earlier attempt was stored, its answer lost: the server holds a newer revision.
      if (r.status == 409 && c.lost && r.json["error"] == "draft_conflict") {
        revision = r.json["server"]["revision"];
        continue;
      }
      target.fail(who + "save draft: " + summary(r));
      return false;
    }
    target.fail(who + "save draft: conflicts without end");
    return false;
  };
  Application first = app;
  first.basic.contactName = "李四";
  if (!save(first)) return;

  std::vector<int> kinds = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  std::shuffle(kinds.begin(), kinds.end(), random);
  for (int k : kinds) {
    const std::string kind = std::to_string(k);
    auto r = c.call("PUT", base + "/materials/" + kind + "?name=m" + kind + ".pdf", materialBytes(index, kind),
                    "application/pdf");
    if (r.status != 201) return target.fail(who + "upload " + kind + ": " + summary(r));
    done.materials[kind] = r.json["sha256"];
  }
  if (!save(app)) return;

  auto receipt = c.call("POST", base + "/submit", "{\"revision\":" + std::to_string(revision) + "}");
  if (receipt.status != 200) return target.fail(who + "submit: " + summary(receipt));
  done.receiptNo = receipt.json["receiptNo"];
  done.submitAnswerLost = c.lost;
  done.repeated = receipt.json.value("repeated", false);
  if (done.repeated && !c.lost) target.fail(who + "a first submit answered as repeated");
  done.cookie = c.cookie;
  std::lock_guard lock(target.mutex);
  target.results.push_back(std::move(done));
}

}  // namespace sxpool::testing
