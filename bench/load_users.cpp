#include "load_users.hpp"

#include <httplib.h>

#include <thread>

#include "sxpool/json.hpp"
#include "sxpool/round.hpp"
#include "sxpool/sample.hpp"

namespace sxpool::load {
namespace {

using nlohmann::json;
const std::string kPassword = "Applicant-2026";

std::string pdf(int index, int kind, size_t bytes) {
  std::string out = "%PDF-1.4\n% load test " + std::to_string(index) + "/" + std::to_string(kind) + "\n";
  out += "1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n% ";
  std::mt19937 random(static_cast<unsigned>(index * 31 + kind));
  for (size_t i = 0; i < bytes; ++i) out += static_cast<char>('a' + random() % 26);
  out += "\n%%EOF\n";
  return out;
}

void think(std::mt19937& random, int thinkMs) {
  if (thinkMs <= 0) return;
  std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 2 * thinkMs)(random)));
}

}  // namespace

void LoadShared::record(const std::string& route, double ms, int status, bool ok, bool refusedOne,
                        const std::string& detail) {
  std::lock_guard lock(mutex);
  auto& r = routes[route];
  r.milliseconds.push_back(ms);
  if (refusedOne) ++r.refused;
  if (!ok) {
    ++r.errors;
    if (errorSamples.size() < 20) errorSamples.push_back(route + " → " + std::to_string(status) + " " + detail);
  }
}

HttpReply LoadClient::send(const std::string& route, const std::string& method, const std::string& path,
                           const std::string& body, const std::string& contentType, const std::set<int>& expected,
                           const std::set<int>& refusals) {
  httplib::Client c("127.0.0.1", shared_.port);
  c.set_connection_timeout(10);
  c.set_read_timeout(60);
  c.set_write_timeout(60);
  httplib::Headers headers;
  if (!cookie.empty()) headers.emplace("Cookie", cookie);
  if (method != "GET") headers.emplace("X-Sxpool-Request", "1");
  const auto start = std::chrono::steady_clock::now();
  httplib::Result result = method == "GET"    ? c.Get(path.c_str(), headers)
                           : method == "POST" ? c.Post(path.c_str(), headers, body, contentType.c_str())
                                              : c.Put(path.c_str(), headers, body, contentType.c_str());
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  HttpReply reply;
  if (!result) {
    shared_.record(route, ms, 0, false, false, httplib::to_string(result.error()));
    return reply;
  }
  reply.status = result->status;
  reply.body = result->body;
  if (result->has_header("Set-Cookie")) {
    const std::string set = result->get_header_value("Set-Cookie");
    cookie = set.substr(0, set.find(';'));
  }
  if (result->get_header_value("Content-Type").find("application/json") == 0)
    reply.json = json::parse(result->body, nullptr, false);
  const bool refused = refusals.count(reply.status) > 0;
  shared_.record(route, ms, reply.status, expected.count(reply.status) > 0 || refused, refused,
                 reply.body.substr(0, 200));
  return reply;
}

std::string signIn(LoadShared& shared, const std::string& account, const std::string& password) {
  LoadClient c(shared);
  auto r = c.send("POST /session", "POST", "/api/v1/session", json{{"account", account}, {"password", password}}.dump(),
                  "application/json", {200});
  return r.status == 200 ? c.cookie : std::string();
}

bool prepareApplicant(LoadShared& shared, int index, Applicant& a) {
  Application app = makeSampleApplication(index, round2026());
  app.materials.clear();
  a.index = index;
  a.document = applicationToJson(app);
  LoadClient c(shared);
  auto reg = c.send("POST /applicants", "POST", "/api/v1/applicants",
                    json{{"uscc", app.basic.uscc},
                         {"name", app.basic.name},
                         {"contactName", app.basic.contactName},
                         {"contactPhone", app.basic.contactPhone},
                         {"email", app.basic.email},
                         {"password", kPassword}}
                        .dump(),
                    "application/json", {201});
  if (reg.status != 201) return false;
  a.cookie = signIn(shared, app.basic.uscc, kPassword);
  if (a.cookie.empty()) return false;
  c.cookie = a.cookie;
  auto opened = c.send("POST /applications", "POST", "/api/v1/applications", "{}", "application/json", {200});
  if (opened.status != 200) return false;
  a.id = opened.json["id"];
  a.revision = opened.json["draftRevision"];
  auto saved = c.send("PUT /applications/{id}/draft", "PUT", "/api/v1/applications/" + std::to_string(a.id) + "/draft",
                      json{{"baseRevision", a.revision}, {"document", a.document}}.dump(), "application/json", {200});
  if (saved.status != 200) return false;
  a.revision = saved.json["revision"];
  return true;
}

void runApplicant(LoadShared& shared, Applicant& a, int thinkMs, unsigned seed) {
  std::mt19937 random(seed);
  LoadClient c(shared);
  c.cookie = a.cookie;
  const std::string base = "/api/v1/applications/" + std::to_string(a.id);
  while (shared.running) {
    think(random, thinkMs);
    const int roll = std::uniform_int_distribution<int>(0, 99)(random);
    if (a.submitted) {  // after the receipt: reads only
      if (roll < 50)
        c.send("GET /applications/{id}", "GET", base, "", "", {200});
      else if (roll < 70)
        c.send("GET /applications/{id}/versions", "GET", base + "/versions", "", "", {200});
      else if (roll < 85)
        c.send("GET /inbox", "GET", "/api/v1/inbox", "", "", {200});
      else
        c.send("GET /round", "GET", "/api/v1/round", "", "", {200});
      continue;
    }
    if (a.uploaded == 11 && roll < 25) {
      auto r = c.send("POST /applications/{id}/submit", "POST", base + "/submit", json{{"revision", a.revision}}.dump(),
                      "application/json", {200});
      if (r.status == 200) {
        a.submitted = true;
        std::lock_guard lock(shared.mutex);
        shared.receipts.push_back({a.id, r.json["receiptNo"], std::chrono::steady_clock::now()});
      }
    } else if (roll < 35) {
      c.send("GET /applications/{id}", "GET", base, "", "", {200});
    } else if (roll < 45) {
      c.send("GET /round", "GET", "/api/v1/round", "", "", {200});
    } else if (roll < 50) {
      c.send("GET /inbox", "GET", "/api/v1/inbox", "", "", {200});
    } else if (roll < 75) {  // a draft save: the contact edited, then put back
      json doc = a.document;
      if (roll % 2) doc["basic"]["contactName"] = "李" + std::to_string(roll);
      auto r = c.send("PUT /applications/{id}/draft", "PUT", base + "/draft",
                      json{{"baseRevision", a.revision}, {"document", doc}}.dump(), "application/json", {200});
      if (r.status == 200) a.revision = r.json["revision"];
      if (roll % 2) {  // put the document back as it was, so that it stays the one submitted
        auto back =
            c.send("PUT /applications/{id}/draft", "PUT", base + "/draft",
                   json{{"baseRevision", a.revision}, {"document", a.document}}.dump(), "application/json", {200});
        if (back.status == 200) a.revision = back.json["revision"];
      }
    } else if (a.uploaded < 11) {
      const int kind = a.uploaded + 1;
      const size_t bytes = std::uniform_int_distribution<size_t>(20 * 1024, 200 * 1024)(random);
      auto r = c.send("PUT /applications/{id}/materials/{kind}", "PUT",
                      base + "/materials/" + std::to_string(kind) + "?name=m" + std::to_string(kind) + ".pdf",
                      pdf(a.index, kind, bytes), "application/pdf", {201});
      if (r.status == 201) ++a.uploaded;
    } else {
      c.send("GET /applications/{id}/draft", "GET", base + "/draft", "", "", {200});
    }
  }
}

void runReviewer(LoadShared& shared, const std::string& account, const std::string& cookie, int thinkMs,
                 unsigned seed) {
  std::mt19937 random(seed);
  LoadClient c(shared);
  c.cookie = cookie;
  std::vector<std::int64_t> seen;
  while (shared.running) {
    think(random, thinkMs);
    const int roll = std::uniform_int_distribution<int>(0, 99)(random);
    if (roll < 30 || seen.empty()) {
      auto r = c.send("GET /queue", "GET", "/api/v1/queue?mine=1&pageSize=20", "", "", {200});
      if (r.status == 200) {
        seen.clear();
        for (const auto& item : r.json["items"]) seen.push_back(item["id"]);
      }
    } else if (roll < 45) {
      const int page = std::uniform_int_distribution<int>(1, 3)(random);
      c.send("GET /queue", "GET", "/api/v1/queue?page=" + std::to_string(page) + "&sort=submitted", "", "", {200});
    } else if (roll < 75) {
      const auto id = seen[random() % seen.size()];
      c.send("GET /applications/{id}", "GET", "/api/v1/applications/" + std::to_string(id), "", "", {200});
    } else if (roll < 90) {
      const auto id = seen[random() % seen.size()];
      c.send("GET /applications/{id}/history", "GET", "/api/v1/applications/" + std::to_string(id) + "/history", "", "",
             {200});
    } else {
      // Pass the case (what a county, city or department does; the province's own actions differ): another
      // reviewer of the same unit may have moved it on a moment ago, which is refused (403 / 409), not an error.
      const auto id = seen[random() % seen.size()];
      json body = {
          {"action", "pass"}, {"recommendation", "同意推荐"}, {"reason", "材料齐全"}, {"comments", json::array()}};
      c.send("POST /applications/{id}/actions", "POST", "/api/v1/applications/" + std::to_string(id) + "/actions",
             body.dump(), "application/json", {200}, {403, 409, 422});
      seen.clear();
    }
  }
  (void)account;
}

}  // namespace sxpool::load
