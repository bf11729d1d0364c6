// The access matrix (data/access_matrix.tsv): every route of the router × every actor × (for the routes of one
// application) an application in every workflow state. Each cell is the answer the table documents; a refusal
// changes nothing a user could see; nobody outside an application's jurisdiction ever gets a 2xx on it; a route
// the table does not list fails the test. SXPOOL_MATRIX_WRITE=1 rewrites the table from what the server answers
// (read the diff before committing it: it is the access rule).
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "access_matrix_requests.hpp"
#include "data_digest.hpp"
#include "review_fixture.hpp"
#include "test_data.hpp"

using namespace sxpool::testing;

namespace {

// The columns: who sends the request. "owner" is the subject application's applicant, "applicant" another one.
const std::vector<std::string> kActors = {"anon",    "owner",   "applicant",  "xiaodian", "yingze",
                                          "taiyuan", "zonggai", "department", "province", "admin"};
// One application per state; the demo data holds one of each (小店区 where it has one), the draft is made here.
const std::vector<std::string> kStates = {"draft",
                                          "at_county",
                                          "at_city",
                                          "at_reform_zone",
                                          "at_department",
                                          "at_province",
                                          "province_approved",
                                          "in_publicity",
                                          "objection_pending",
                                          "admitted",
                                          "returned",
                                          "rejected",
                                          "withdrawn",
                                          "removed"};
const char* const kTablePath = SXPOOL_TEST_DATA_DIR "/access_matrix.tsv";

// A cell: "2xx" for any success, otherwise the exact status.
std::string cellOf(int status) { return status >= 200 && status < 300 ? "2xx" : std::to_string(status); }

struct Subject {
  std::string state;
  std::int64_t id = 0;
  std::string routingUnit;  // as the queue names it; "" for the draft
  Session* owner = nullptr;
};

// Reviewers who must never succeed on a subject routed to `unit` (besides anon and the other applicant).
std::set<std::string> outsidersOf(const std::string& unit) {
  if (unit == "小店区") return {"yingze", "zonggai", "department"};
  if (unit == "迎泽区") return {"xiaodian", "zonggai", "department"};
  if (unit.find("综合改革") != std::string::npos) return {"xiaodian", "yingze", "taiyuan", "department"};
  if (unit.find("发展和改革") != std::string::npos) return {"xiaodian", "yingze", "taiyuan", "zonggai"};
  if (unit.find("太原市") != std::string::npos) return {"zonggai", "department"};
  return {};
}

using Table = std::map<std::string, std::vector<std::string>>;  // "METHOD PATH STATE" → one cell per actor

Table readTable() {
  Table out;
  std::ifstream in(kTablePath);
  std::string text;
  while (std::getline(in, text)) {
    if (text.empty() || text[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream split(text);
    for (std::string col; std::getline(split, col, '\t');) cols.push_back(col);
    REQUIRE(cols.size() == 3 + kActors.size());
    out[cols[0] + " " + cols[1] + " " + cols[2]] = {cols.begin() + 3, cols.end()};
  }
  return out;
}

void writeTable(const std::vector<std::pair<std::string, std::vector<std::string>>>& rows) {
  std::ofstream out(kTablePath);
  out << "# The access matrix (tests/integration/access_matrix_test.cpp): what each actor gets from each route.\n"
         "# Columns (tab-separated): method, route, the subject application's state (- for routes of no\n"
         "# application), then one cell per actor: 2xx (allowed, any success) or the status of the refusal.\n"
         "# Actors: anon (no session), owner (the subject's applicant), applicant (another applicant), xiaodian,\n"
         "# yingze (counties), taiyuan (city), zonggai (综改区), department (省级主管部门), province, admin.\n"
         "# The requests run in this order against one demo server (2026-04-20), so an allowed action is seen by\n"
         "# the cells after it. Rewrite with SXPOOL_MATRIX_WRITE=1 and read the diff.\n#\n# method\troute\tstate";
  for (const auto& a : kActors) out << '\t' << a;
  out << '\n';
  for (const auto& [key, cells] : rows) {
    std::stringstream split(key);
    std::string method, route, state;
    split >> method >> route >> state;
    out << method << '\t' << route << '\t' << state;
    for (const auto& c : cells) out << '\t' << c;
    out << '\n';
  }
}

}  // namespace

TEST_CASE("the access matrix: every route × every actor × every state answers as documented", "[server][matrix]") {
  const bool write = std::getenv("SXPOOL_MATRIX_WRITE") != nullptr;
  Demo demo("2026-04-20");
  auto& server = demo.server();

  // The actors' sessions. The draft's owner and the other applicant are made here.
  std::map<std::string, std::unique_ptr<Session>> sessions;
  for (const auto& a : kActors) sessions[a] = std::make_unique<Session>(server);
  const auto draftId = prepareApplicant(*sessions["owner"], 51, true);
  prepareApplicant(*sessions["applicant"], 52, false);
  for (const auto& a : kActors)
    if (a != "anon" && a != "owner" && a != "applicant") REQUIRE(sessions[a]->login(a, kDemoPassword).status == 200);

  std::vector<Subject> subjects{{"draft", draftId, "", sessions["owner"].get()}};
  std::vector<std::unique_ptr<Session>> owners;
  for (const auto& state : kStates) {
    if (state == "draft") continue;
    const auto items = demo.queue("admin", "&state=" + state + "&pageSize=50")["items"];
    REQUIRE(!items.empty());
    auto pick = items[0];
    for (const auto& item : items)
      if (item["routingUnitName"] == "小店区") {
        pick = item;
        break;
      }
    const std::int64_t id = pick["id"];
    owners.push_back(std::make_unique<Session>(server));
    REQUIRE(owners.back()->login(demo.usccOf(id), kDemoPassword).status == 200);
    subjects.push_back({state, id, pick["routingUnitName"].get<std::string>(), owners.back().get()});
  }
  std::vector<std::int64_t> ids;
  for (const auto& s : subjects) ids.push_back(s.id);
  MatrixTargets targets = prepareTargets(demo, ids, sessions["owner"]->get("/api/v1/session").json["user"]["account"]);
  for (const auto& s : subjects)
    if (s.state == "admitted")
      targets.admittedId = s.id;
    else if (s.state == "province_approved")
      targets.approvedId = s.id;
  REQUIRE(targets.admittedId > 0);

  const auto routes = listedRoutes();
  const Table table = write ? Table{} : readTable();
  std::vector<std::pair<std::string, std::vector<std::string>>> written;
  std::set<std::string> seen;
  int cells = 0, refusals = 0;
  std::string digest = userVisibleDigest(server.dataDir());  // what a user could see before the next request
  auto runRow = [&](const std::string& method, const std::string& route, const Subject* subject) {
    const std::string key = method + " " + route + " " + (subject ? subject->state : "-");
    seen.insert(key);
    const auto expected = table.find(key);
    if (!write && expected == table.end()) {
      FAIL_CHECK("access_matrix.tsv has no row for " << key << " (SXPOOL_MATRIX_WRITE=1 writes it)");
      return;
    }
    std::vector<std::string> got;
    for (size_t i = 0; i < kActors.size(); ++i) {
      const std::string& actor = kActors[i];
      Session& session = actor == "owner" && subject ? *subject->owner : *sessions[actor];
      const auto reply = sendMatrixRequest(session, method, route, subject ? subject->id : 0, targets);
      const std::string cell = cellOf(reply.status);
      got.push_back(cell);
      ++cells;
      INFO(key << " as " << actor << ": " << reply.status << " " << reply.body.substr(0, 200));
      CHECK(reply.status != 500);
      if (cell != "2xx") {
        ++refusals;
      }
      if (method != "GET") {  // one digest after each request that could write: a refusal changes nothing
        auto now = userVisibleDigest(server.dataDir());
        if (cell != "2xx") CHECK(now == digest);
        digest = std::move(now);
      }
      if (subject) {
        const bool outsider = actor == "anon" || actor == "applicant" || outsidersOf(subject->routingUnit).count(actor);
        if (outsider) CHECK(cell != "2xx");
      }
      if (!write) CHECK(cell == expected->second[i]);
    }
    written.push_back({key, got});
  };

  // An application's routes, subject by subject; then the others, the ones that end a session last.
  const std::vector<std::pair<std::string, std::string>> last = {
      {"POST", "/api/v1/session"}, {"POST", "/api/v1/session/password"}, {"DELETE", "/api/v1/session"}};
  auto isLast = [&](const std::pair<std::string, std::string>& r) {
    return std::find(last.begin(), last.end(), r) != last.end();
  };
  auto ofOneApplication = [](const std::string& route) {
    return route.rfind("/api/v1/applications/:id", 0) == 0 || route.rfind("/api/v1/pool/:id", 0) == 0;
  };
  for (const auto& s : subjects)
    for (const auto& [method, route] : routes)
      if (ofOneApplication(route)) runRow(method, route, &s);
  for (const auto& r : routes)
    if (!ofOneApplication(r.second) && !isLast(r)) runRow(r.first, r.second, nullptr);
  for (const auto& r : last)
    if (std::find(routes.begin(), routes.end(), r) != routes.end()) runRow(r.first, r.second, nullptr);

  if (write) writeTable(written);
  for (const auto& [key, cells] : table)
    if (!seen.count(key)) FAIL_CHECK("access_matrix.tsv lists " << key << ", which the router no longer has");
  std::printf("[matrix] %d cells (%zu rows × %zu actors), %d refusals\n", cells, written.size(), kActors.size(),
              refusals);
  CHECK(Session(server).get("/api/v1/health").status == 200);
}
