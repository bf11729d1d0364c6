// The bad-input catalogue (data/bad_inputs.tsv): every hostile or broken request gets its 4xx with a Chinese
// message that says what to fix, the server stays up, and nothing a user could see has changed.
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <sstream>

#include "data_digest.hpp"
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

  const auto before = userVisibleDigest(server.dataDir());
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
  CHECK(userVisibleDigest(server.dataDir()) == before);
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
