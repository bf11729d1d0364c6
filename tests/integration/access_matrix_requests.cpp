#include "access_matrix_requests.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "test_data.hpp"

namespace sxpool::testing {
namespace {

const std::string kMatrixPassword = "Matrix-2026!target";

// A body that decodes, for every route that takes one ("METHOD route" → JSON). Routes not listed send none.
nlohmann::json bodyFor(const std::string& key, std::int64_t id, const MatrixTargets& t) {
  const auto it = t.cases.find(id);
  const MatrixTargets::Case c = it == t.cases.end() ? MatrixTargets::Case{} : it->second;
  static const std::map<std::string, nlohmann::json> fixed = {
      {"POST /api/v1/session", {{"account", "matrix-target"}, {"password", kMatrixPassword}}},
      {"POST /api/v1/session/password", {{"oldPassword", kDemoPassword}, {"newPassword", kDemoPassword}}},
      {"POST /api/v1/users",
       {{"account", "matrix-new"},
        {"password", "Matrix-2026!new"},
        {"role", "county"},
        {"unitCode", "140105"},
        {"displayName", "矩阵新建账号"},
        {"contactName", "张三"},
        {"contactPhone", "13912345678"},
        {"email", "m@example.com"}}},
      {"POST /api/v1/users/:id/password-reset", {{"newPassword", "Matrix-2026!reset"}}},
      {"POST /api/v1/applications/:id/actions", {{"action", "pass"}}},
      {"POST /api/v1/rounds", {{"year", 2027}, {"opensOn", "2027-01-10"}, {"deadline", "2027-04-30"}}},
      {"PUT /api/v1/rounds/:year", {{"year", 2026}}},
      {"PUT /api/v1/calendars/:year", {{"csv", "date,kind,name\n2026-10-01,holiday,国庆节\n"}}},
      {"POST /api/v1/applications/:id/service-reports",
       {{"enterprisesServed", 3}, {"activities", 1}, {"publicServices", 1}, {"income", "1.5"}, {"summary", "矩阵"}}},
      {"POST /api/v1/reports/notices", nlohmann::json::object()},
      {"POST /api/v1/applications/:id/removal-proposal", {{"decision", "dismiss"}, {"note", "矩阵测试"}}},
      {"POST /api/v1/applications/:id/change-reports",
       {{"kind", "other"}, {"changeDate", "2026-04-01"}, {"description", "矩阵测试"}}},
      {"POST /api/v1/change-reports/:id/decision", {{"decision", "accept"}, {"note", "矩阵测试"}}},
      {"PUT /api/v1/pool/:id/classification",
       {{"character", "socialized"}, {"serviceClass", "digital"}, {"reason", "矩阵"}}},
      {"POST /api/v1/pool/:id/evaluations",
       {{"year", 2026}, {"result", "qualified"}, {"siteCheck", ""}, {"decision", "keep"}, {"meetingRef", "矩阵-1"}}},
      {"POST /api/v1/pool/import", {{"csv", "统一社会信用代码,机构名称\n"}}},
  };
  if (auto f = fixed.find(key); f != fixed.end()) return f->second;
  if (key == "POST /api/v1/applicants")
    return {{"uscc", t.existingUscc},        {"name", "矩阵测试服务有限公司"}, {"contactName", "王建国"},
            {"contactPhone", "13912345678"}, {"email", "a@example.com"},       {"password", kApplicantPassword}};
  if (key == "PUT /api/v1/applications/:id/draft") return {{"baseRevision", c.revision}, {"document", c.document}};
  if (key == "POST /api/v1/applications/:id/submit") return {{"revision", c.revision}};
  if (key == "PUT /api/v1/pool/:id/profile") return c.profile;
  if (key == "POST /api/v1/actions/bulk") return {{"action", "pass"}, {"ids", {t.admittedId}}};
  if (key == "POST /api/v1/publicity") return {{"ids", {t.approvedId}}, {"startDate", "2026-04-21"}};
  return nlohmann::json::object();
}

}  // namespace

std::vector<std::pair<std::string, std::string>> listedRoutes() {
  TempDir dir;
  const auto listed = runSxpool({"serve", "--data-dir", dir.path().string(), "--list-routes"});
  REQUIRE(listed.exitCode == 0);
  std::vector<std::pair<std::string, std::string>> out;
  std::stringstream lines(listed.out);
  for (std::string line; std::getline(lines, line);)
    if (!line.empty()) out.push_back({line.substr(0, line.find(' ')), line.substr(line.find(' ') + 1)});
  REQUIRE(out.size() > 30);
  return out;
}

MatrixTargets prepareTargets(Demo& demo, const std::vector<std::int64_t>& ids, const std::string& existingUscc) {
  MatrixTargets t;
  t.existingUscc = existingUscc;
  auto& admin = demo.as("admin");
  auto made = admin.post("/api/v1/users", {{"account", "matrix-target"},
                                           {"password", kMatrixPassword},
                                           {"role", "county"},
                                           {"unitCode", "140105"},
                                           {"displayName", "矩阵测试账号"},
                                           {"contactName", "李四"},
                                           {"contactPhone", "13912345678"},
                                           {"email", "t@example.com"}});
  REQUIRE(made.status == 201);
  for (const auto& u : itemsOf(admin.get("/api/v1/users")))
    if (u["account"] == "matrix-target") t.userId = u["id"];
  REQUIRE(t.userId > 0);
  for (const auto id : ids) {
    const auto detail = admin.get("/api/v1/applications/" + std::to_string(id));
    REQUIRE(detail.status == 200);
    MatrixTargets::Case c;
    c.document = detail.json.value("document", nlohmann::json::object());
    c.revision = detail.json.value("draftRevision", std::int64_t{0});
    for (const auto& m : detail.json.value("materials", nlohmann::json::array()))
      if (!m.value("removed", false)) {
        c.attachmentId = m["id"];
        c.sha256 = m["sha256"];
        break;
      }
    const auto profile = admin.get("/api/v1/pool/" + std::to_string(id) + "/profile");
    if (profile.status == 200) c.profile = profile.json;  // resent as it is: a save that changes nothing
    t.cases[id] = c;
  }
  return t;
}

Session::Reply sendMatrixRequest(Session& session, const std::string& method, const std::string& route, std::int64_t id,
                                 const MatrixTargets& t) {
  std::string path = route;
  const auto it = t.cases.find(id);
  const MatrixTargets::Case c = it == t.cases.end() ? MatrixTargets::Case{} : it->second;
  replaceAll(path, "/applications/:id", "/applications/" + std::to_string(id));
  replaceAll(path, "/users/:id", "/users/" + std::to_string(t.userId));
  replaceAll(path, "/pool/:id", "/pool/" + std::to_string(id ? id : t.admittedId));
  replaceAll(path, "/directory/:id", "/directory/" + std::to_string(t.admittedId));
  replaceAll(path, ":attachment", std::to_string(c.attachmentId));
  replaceAll(path, ":sha256", c.sha256);
  replaceAll(path, ":version", "1");
  replaceAll(path, ":kind", "1");
  replaceAll(path, ":year", "2026");
  replaceAll(path, ":file", "publicity-1.csv");
  replaceAll(path, ":id", "1");  // inbox entries, change reports: the first one
  const std::string key = method + " " + route;
  const std::string cookie = session.cookie;
  Session::Reply reply;
  if (method == "GET")
    reply = session.get(path);
  else if (method == "DELETE")
    reply = session.del(path);
  else if (key == "PUT /api/v1/applications/:id/materials/:kind")
    reply = session.upload(path + "?name=matrix.pdf", pdfBytes("matrix"), "application/pdf");
  else if (method == "PUT")
    reply = session.put(path, bodyFor(key, id, t));
  else
    reply = session.post(path, bodyFor(key, id, t));
  session.cookie = cookie;
  return reply;
}

}  // namespace sxpool::testing
