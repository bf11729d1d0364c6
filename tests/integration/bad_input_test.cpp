// The bad-input catalogue (data/bad_inputs.tsv): every hostile or broken request gets its 4xx with a Chinese
// message that says what to fix, the server stays up, and nothing a user could see has changed.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <sstream>

#include "live_server.hpp"
#include "test_data.hpp"

using namespace sxpool::testing;

namespace {

struct BadInput {
  int line = 0;
  std::string who, method, path, contentType, body, what;
  int status = 0;
};

std::vector<BadInput> readCatalogue() {
  std::ifstream in(SXPOOL_TEST_DATA_DIR "/bad_inputs.tsv");
  REQUIRE(in);
  std::vector<BadInput> out;
  std::string text;
  for (int line = 1; std::getline(in, text); ++line) {
    if (text.empty() || text[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream split(text);
    for (std::string col; std::getline(split, col, '\t');) cols.push_back(col);
    REQUIRE(cols.size() == 7);
    out.push_back({line, cols[0], cols[1], cols[2], cols[3], cols[4], cols[6], std::stoi(cols[5])});
  }
  return out;
}

void replaceAll(std::string& text, const std::string& from, const std::string& to) {
  for (size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size())
    text.replace(at, from.size(), to);
}

// "@long:N" inside a body or path: N characters.
void expandLong(std::string& text) {
  for (size_t at; (at = text.find("@long:")) != std::string::npos;) {
    size_t end = at + 6;
    while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
    text.replace(at, end - at, std::string(std::stoul(text.substr(at + 6, end - at - 6)), 'x'));
  }
}

std::string bodyOf(const std::string& spec) {
  auto count = [&](const char* prefix) { return std::stoul(spec.substr(std::string(prefix).size())); };
  if (spec == "-") return {};
  if (spec.rfind("@deep:", 0) == 0) return std::string(count("@deep:"), '[') + std::string(count("@deep:"), ']');
  if (spec.rfind("@deepobj:", 0) == 0) {
    std::string s;
    for (size_t i = 0, n = count("@deepobj:"); i < n; ++i) s += "{\"a\":";
    return s + "1" + std::string(count("@deepobj:"), '}');
  }
  if (spec.rfind("@big:", 0) == 0) return "{\"a\":\"" + std::string(count("@big:"), 'x') + "\"}";
  if (spec == "@badutf8") return "{\"account\":\"\xff\xfe\xc3\x28\",\"password\":\"x\"}";
  if (spec == "@rawnul") return std::string("{\"account\":\"a\0b\",\"password\":\"x\"}", 31);
  std::string s = spec;
  replaceAll(s, "\\x90", "\x90");
  expandLong(s);
  return s;
}

// What a user could see, as one text: every table but the audit log, sessions and counters, the users without
// their sign-in counters, and the names of the stored files.
std::string digest(const std::filesystem::path& dataDir) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2((dataDir / "sxpool.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  std::string out;
  for (const char* query :
       {"SELECT * FROM applications ORDER BY id", "SELECT * FROM application_versions ORDER BY 1, 2",
        "SELECT * FROM application_viewers ORDER BY 1, 2", "SELECT * FROM attachments ORDER BY id",
        "SELECT * FROM inbox ORDER BY id", "SELECT * FROM removals ORDER BY 1, 2",
        "SELECT * FROM publicity_batches ORDER BY 1, 2", "SELECT * FROM units ORDER BY code",
        "SELECT * FROM rounds ORDER BY year", "SELECT * FROM holiday_calendars ORDER BY year",
        "SELECT * FROM classifications ORDER BY 1", "SELECT * FROM evaluations ORDER BY 1",
        "SELECT * FROM pool_profiles ORDER BY 1",
        "SELECT id, account, password_hash, role, unit_code, display_name, disabled FROM users ORDER BY id"}) {
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, query, -1, &s, nullptr) == SQLITE_OK);
    while (sqlite3_step(s) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(s); ++c) {
        const auto* text = sqlite3_column_text(s, c);
        out += text ? std::string(reinterpret_cast<const char*>(text), sqlite3_column_bytes(s, c)) : "NULL";
        out += '\x1f';
      }
      out += '\n';
    }
    sqlite3_finalize(s);
  }
  sqlite3_close(db);
  for (const auto& e : std::filesystem::recursive_directory_iterator(dataDir / "attachments"))
    if (e.is_regular_file()) out += e.path().filename().string() + "\n";
  return out;
}

bool hasChinese(const std::string& text) {
  for (size_t i = 0; i + 2 < text.size(); ++i)
    if (static_cast<unsigned char>(text[i]) >= 0xE4 && static_cast<unsigned char>(text[i]) <= 0xE9) return true;
  return false;
}

}  // namespace

TEST_CASE("every request of the bad-input catalogue gets its 4xx with a Chinese message and changes nothing",
          "[server][bad-input]") {
  LiveServer server({"--demo", "--today", "2026-04-20"});
  std::map<std::string, std::string> cookies;
  Session applicant(server);
  const auto app = prepareApplicant(applicant, 41, true);
  cookies["applicant"] = cookies["nocsrf"] = applicant.cookie;
  const std::string appUscc = applicant.get("/api/v1/session").json["user"]["account"];
  Session other(server);
  const auto otherApp = prepareApplicant(other, 42, false);
  cookies["other_applicant"] = other.cookie;
  for (const char* account : {"xiaodian", "yingze", "taiyuan", "province", "admin"}) {
    Session s(server);
    REQUIRE(s.login(account, kDemoPassword).status == 200);
    cookies[account] = s.cookie;
  }
  cookies["county"] = cookies["xiaodian"];
  cookies["other_county"] = cookies["yingze"];
  cookies["city"] = cookies["taiyuan"];
  cookies["anon"] = "";
  cookies["forged"] = "sxpool_session=" + std::string(43, 'A');
  {
    Session gone(server);
    REQUIRE(gone.login(appUscc, kApplicantPassword).status == 200);
    const auto cookie = gone.cookie;
    REQUIRE(gone.del("/api/v1/session").status == 204);
    cookies["signedout"] = cookie;
  }
  // An application waiting at 小店区 that 迎泽区 must not reach.
  Session county(server);
  county.cookie = cookies["county"];
  const auto queue = county.get("/api/v1/queue?state=at_county&pageSize=50");
  REQUIRE(queue.status == 200);
  REQUIRE(!queue.json["items"].empty());
  const std::string countyApp = queue.json["items"][0]["id"].dump();

  const auto before = digest(server.dataDir());
  auto client = server.client();
  client.set_read_timeout(30);
  int tried = 0;
  for (auto row : readCatalogue()) {
    replaceAll(row.path, "{app}", std::to_string(app));
    replaceAll(row.path, "{other}", std::to_string(otherApp));
    replaceAll(row.path, "{county_app}", countyApp);
    expandLong(row.path);
    std::string body = bodyOf(row.body);
    replaceAll(body, "{app}", std::to_string(app));
    replaceAll(body, "{county_app}", countyApp);
    replaceAll(body, "{app_uscc}", appUscc);
    INFO("line " << row.line << ": " << row.what << " — " << row.who << " " << row.method << " " << row.path);
    REQUIRE(cookies.count(row.who));
    httplib::Headers headers;
    if (!cookies[row.who].empty()) headers.emplace("Cookie", cookies[row.who]);
    if (row.who != "nocsrf" && row.method != "GET") headers.emplace("X-Sxpool-Request", "1");
    const std::string type = row.contentType.empty() ? "application/octet-stream" : row.contentType;
    auto send = [&]() -> httplib::Result {
      const char* p = row.path.c_str();
      if (row.method == "GET") return client.Get(p, headers);
      if (row.method == "POST") return client.Post(p, headers, body, type.c_str());
      if (row.method == "PUT") return client.Put(p, headers, body, type.c_str());
      if (row.method == "PATCH") return client.Patch(p, headers, body, type.c_str());
      return client.Delete(p, headers, body, type.c_str());
    };
    auto result = send();
    if (!result) std::printf("[bad-input] line %d (%s): no answer\n", row.line, row.what.c_str());
    REQUIRE(result);
    INFO("answer: " << result->status << " " << result->body.substr(0, 300));
    CHECK(result->status == row.status);
    if (result->status != row.status)
      std::printf("[bad-input] line %d (%s): %d, expected %d: %.200s\n", row.line, row.what.c_str(), result->status,
                  row.status, result->body.c_str());
    if (row.status >= 400 && result->get_header_value("Content-Type").rfind("text/html", 0) == 0) {
      CHECK(hasChinese(result->body));  // a public page's refusal is a page that says what is wrong
    } else if (row.status >= 400) {
      const auto error = nlohmann::json::parse(result->body, nullptr, false);
      CHECK(error.is_object());
      if (error.is_object()) CHECK(hasChinese(error.value("message", std::string())));
    }
    ++tried;
  }
  std::printf("[bad-input] %d requests tried\n", tried);
  CHECK(tried >= 150);
  CHECK(Session(server).get("/api/v1/health").status == 200);
  CHECK(digest(server.dataDir()) == before);
}

TEST_CASE("every route of the server has at least one line in the bad-input catalogue", "[server][bad-input]") {
  TempDir dir;
  auto listed = runSxpool({"serve", "--data-dir", dir.path().string(), "--list-routes"});
  REQUIRE(listed.exitCode == 0);
  const auto catalogue = readCatalogue();
  auto segments = [](std::string path) {
    path = path.substr(0, path.find('?'));
    std::vector<std::string> out;
    std::stringstream split(path.substr(1));
    for (std::string s; std::getline(split, s, '/');) out.push_back(s);
    return out;
  };
  std::stringstream lines(listed.out);
  int routes = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    ++routes;
    const auto method = line.substr(0, line.find(' '));
    const auto pattern = segments(line.substr(line.find(' ') + 1));
    bool covered = false;
    for (const auto& row : catalogue) {
      const auto path = segments(row.path);
      if (row.method != method || path.size() != pattern.size()) continue;
      bool same = true;
      for (size_t i = 0; i < path.size() && same; ++i) same = pattern[i][0] == ':' || pattern[i] == path[i];
      covered = covered || same;
    }
    INFO("a route without a line in tests/integration/data/bad_inputs.tsv: " << line);
    if (!covered) std::printf("[bad-input] uncovered route: %s\n", line.c_str());
    CHECK(covered);
  }
  CHECK(routes > 30);
}
