// The 推荐汇总表 (XLSX, read back by LibreOffice) and the CSV exports (read back by Python's csv module).
#include <catch2/catch.hpp>
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "document_tools.hpp"
#include "review_fixture.hpp"
#include "sxpool/json.hpp"
#include "sxpool/routing.hpp"
#include "sxpool/sample.hpp"
#include "sxpool/uscc.hpp"
#include "test_data.hpp"

namespace sxpool::testing {
namespace {
namespace fs = std::filesystem;

// Registers sample `index` in 小店区 (optionally under another name), fills and submits its application.
std::int64_t submitIn140105(Demo& demo, int index, const std::string& name = "") {
  Application app = makeSampleApplication(index, round2026());
  app.materials.clear();
  app.basic.uscc = *makeUscc('9', '1', "140105", app.basic.uscc.substr(8, 8));
  app.routing = *defaultRoutingForUscc(app.basic.uscc);
  if (!name.empty()) app.basic.name = name;
  Session s(demo.server());
  REQUIRE(s.post("/api/v1/applicants", {{"uscc", app.basic.uscc},
                                        {"name", app.basic.name},
                                        {"contactName", app.basic.contactName},
                                        {"contactPhone", app.basic.contactPhone},
                                        {"email", app.basic.email},
                                        {"password", kApplicantPassword}})
              .status == 201);
  REQUIRE(s.login(app.basic.uscc, kApplicantPassword).status == 200);
  auto opened = s.post("/api/v1/applications");
  const std::int64_t id = opened.json["id"];
  REQUIRE(s.put(applicationPath(id, "/draft"),
                {{"baseRevision", opened.json["draftRevision"]}, {"document", applicationToJson(app)}})
              .status == 200);
  uploadRequiredMaterials(s, id);
  auto submitted = s.post(applicationPath(id, "/submit"));
  INFO(submitted.body);
  REQUIRE(submitted.status == 200);
  return id;
}

// The 附件3 row LibreOffice should read back for an application document.
std::vector<std::string> expectedRow(size_t n, const nlohmann::json& doc) {
  const auto& b = doc["basic"];
  std::string directions;
  for (const auto& d : b["directions"]) {
    directions +=
        (directions.empty() ? "" : "、") + std::string(labelOf(*fromCode<ServiceDirection>(d.get<std::string>())));
    if (d == "other") directions += "（" + b["otherDirection"].get<std::string>() + "）";
  }
  return {std::to_string(n),
          b["name"],
          std::string(labelOf(*fromCode<InstitutionNature>(b["nature"].get<std::string>()))),
          b["foundedOn"],
          doc["operations"][1]["revenue"],
          b["serviceAssets"],
          std::to_string(doc["staff"].size()),
          directions,
          b["contactName"],
          b["contactPhone"]};
}

std::string unitNameOf(Session& s, const std::string& code) {
  const auto units = s.get("/api/v1/units");
  for (const auto& u : units.json["items"])
    if (u["code"] == code) return u["name"];
  FAIL("no unit " << code << ": " << units.status << " " << units.body.substr(0, 200));
  return "";
}

std::vector<std::vector<std::string>> dataRows(const std::vector<std::vector<std::string>>& csv) {
  return {csv.begin() + 3, csv.end()};
}

}  // namespace

TEST_CASE("推荐汇总表 XLSX read back cell by cell by LibreOffice for 0 and many institutions and the CSV exports",
          "[documents]") {
  Demo demo;
  TempDir dir;
  const char* env = std::getenv("SXPOOL_SUMMARY_ROWS");
  const int many = env ? std::atoi(env) : 100;
  const auto setup = std::chrono::steady_clock::now();
  std::vector<std::int64_t> ids;
  ids.push_back(submitIn140105(demo, 100, "=HYPERLINK(\"http://x\")服务中心"));
  for (int i = 1; i < many; ++i) ids.push_back(submitIn140105(demo, 100 + i));
  nlohmann::json all = nlohmann::json::array();
  for (auto id : ids) all.push_back(id);
  auto county = demo.as("xiaodian").post("/api/v1/actions/bulk", {{"action", "pass"}, {"ids", all}});
  REQUIRE(county.json["done"] == many);
  // The queue CSV with its filters, while they wait at the city: the formula-like name comes back escaped.
  auto queue = demo.as("taiyuan").get("/api/v1/queue.csv?state=at_city&county=140105&sort=receipt&order=asc");
  REQUIRE(queue.status == 200);
  CHECK(queue.body.rfind("\xEF\xBB\xBF序号,", 0) == 0);
  CHECK(queue.header("Content-Type").find("text/csv") == 0);
  writeFile(dir.path() / "queue.csv", queue.body);
  const auto queueRows = pythonCsvRows(dir.path() / "queue.csv");
  auto shown = demo.queue("taiyuan", "&state=at_city&county=140105&sort=receipt&order=asc");
  REQUIRE(queueRows.size() == shown["total"].get<size_t>() + 1);
  for (size_t i = 0; i < shown["items"].size(); ++i) {
    const auto& item = shown["items"][i];
    const std::string name = item["name"];
    CHECK(queueRows[i + 1][1] == item["receiptNo"].get<std::string>());
    CHECK(queueRows[i + 1][2] == (name[0] == '=' ? "'" + name : name));
    CHECK(queueRows[i + 1][3] == item["uscc"].get<std::string>());
    CHECK(queueRows[i + 1][4] == item["state"]["label"].get<std::string>());
  }
  CHECK(std::count_if(queueRows.begin(), queueRows.end(),
                      [](const auto& r) { return r[2] == "'=HYPERLINK(\"http://x\")服务中心"; }) == 1);

  auto city = demo.as("taiyuan").post(
      "/api/v1/actions/bulk", {{"action", "pass"}, {"ids", all}, {"recommendation", "同意推荐，材料真实完整。"}});
  REQUIRE(city.json["done"] == many);
  WARN(many << " applications registered, submitted and recommended in "
            << std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - setup).count()
            << " s");

  // 太原市: the demo's recommended ones and these; 大同市: none.
  const auto started = std::chrono::steady_clock::now();
  auto xlsx = demo.as("taiyuan").get("/api/v1/recommendation-summary.xlsx?unit=140100&round=2026");
  WARN("推荐汇总表 over HTTP: "
       << std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count()
       << " ms");
  REQUIRE(xlsx.status == 200);
  CHECK(xlsx.header("Content-Disposition").find("filename*=UTF-8''") != std::string::npos);
  writeFile(dir.path() / "taiyuan.xlsx", xlsx.body);
  auto empty = demo.as("province").get("/api/v1/recommendation-summary.xlsx?unit=140200&round=2026");
  REQUIRE(empty.status == 200);
  writeFile(dir.path() / "datong.xlsx", empty.body);
  convertWithLibreOffice({dir.path() / "taiyuan.xlsx", dir.path() / "datong.xlsx"},
                         "csv:Text - txt - csv (StarCalc):44,34,76,1", dir.path());
  convertWithLibreOffice({dir.path() / "taiyuan.xlsx"}, "pdf", dir.path());
  renderPage(dir.path() / "taiyuan.pdf", 1, "summary-page1");

  const auto emptyRows = pythonCsvRows(dir.path() / "datong.csv");
  REQUIRE(emptyRows.size() == 3);
  const std::string datong = unitNameOf(demo.as("province"), "140200");
  CHECK(emptyRows[0][0] == datong + "优质中小企业服务资源库入库机构推荐汇总表");
  CHECK(emptyRows[1][0] == "填报单位：" + datong + "（盖章）");
  const std::vector<std::string> head = {
      "序号", "单位名称", "机构类型", "成立时间", "上年度服务收入（万元）", "服务资产（万元）", "服务人员（人）"};
  for (size_t c = 0; c < head.size(); ++c) CHECK(emptyRows[2][c] == head[c]);
  CHECK(emptyRows[2][7].rfind("主要服务方向（数字赋能、融资促进", 0) == 0);
  CHECK(emptyRows[2][8] == "联系人");
  CHECK(emptyRows[2][9] == "联系电话");

  // Expected: every application 太原市 passed with its 推荐意见, in receipt order, from its submitted document.
  std::vector<std::vector<std::string>> expected;
  for (int page = 1;; ++page) {
    auto q = demo.queue("taiyuan", "&sort=receipt&order=asc&round=2026&page=" + std::to_string(page));
    for (const auto& item : q["items"]) {
      const std::int64_t id = item["id"];
      auto detail = demo.as("taiyuan").get(applicationPath(id, ""));
      bool recommended = false;
      for (const auto& h : detail.json["workflow"]["history"])
        recommended = recommended || (h["action"] == "pass" && h["actor"]["unitCode"] == "140100");
      if (recommended) expected.push_back(expectedRow(expected.size() + 1, detail.json["document"]));
    }
    if (q["items"].size() < 200) break;
  }
  const auto rows = pythonCsvRows(dir.path() / "taiyuan.csv");
  CHECK(rows[0][0] == unitNameOf(demo.as("province"), "140100") + "优质中小企业服务资源库入库机构推荐汇总表");
  REQUIRE(expected.size() >= static_cast<size_t>(many));
  CHECK(dataRows(rows) == expected);

  // Refusals: an applicant, a county, another city.
  Session applicant(demo.server());
  prepareApplicant(applicant, 7, false);
  CHECK(applicant.get("/api/v1/recommendation-summary.xlsx?unit=140100").status == 403);
  CHECK(demo.as("xiaodian").get("/api/v1/recommendation-summary.xlsx?unit=140100").status == 403);
  CHECK(demo.as("zonggai").get("/api/v1/recommendation-summary.xlsx?unit=140100").status == 403);
  CHECK(demo.as("province").get("/api/v1/recommendation-summary.xlsx?unit=140105").status == 400);
  CHECK(applicant.get("/api/v1/pool.csv").status == 403);
  CHECK(applicant.get("/api/v1/queue.csv").status == 403);

  // The admitted pool and a 公示 batch.
  auto pool = demo.as("province").get("/api/v1/pool.csv");
  REQUIRE(pool.status == 200);
  writeFile(dir.path() / "pool.csv", pool.body);
  const auto poolRows = pythonCsvRows(dir.path() / "pool.csv");
  auto admitted = demo.queue("province", "&state=admitted&sort=receipt&order=asc");
  REQUIRE(poolRows.size() == admitted["total"].get<size_t>() + 1);
  for (size_t i = 0; i < admitted["items"].size(); ++i) CHECK(poolRows[i + 1][1] == admitted["items"][i]["name"]);
  CHECK(poolRows[0][5] == "服务类别（第九条）");

  auto approved = demo.queue("province", "&state=province_approved");
  nlohmann::json batchIds = nlohmann::json::array();
  for (const auto& i : approved["items"]) batchIds.push_back(i["id"]);
  auto published = demo.as("province").post("/api/v1/publicity", {{"ids", batchIds}, {"startDate", "2026-04-20"}});
  REQUIRE(published.status == 200);
  const std::string batch = std::to_string(published.json["batchId"].get<std::int64_t>());
  auto publicity = demo.as("province").get("/api/v1/publicity/" + batch + ".csv");
  REQUIRE(publicity.status == 200);
  writeFile(dir.path() / "publicity.csv", publicity.body);
  const auto publicityRows = pythonCsvRows(dir.path() / "publicity.csv");
  REQUIRE(publicityRows.size() == batchIds.size() + 1);
  CHECK(publicityRows[1][6] == published.json["startDate"].get<std::string>());
  CHECK(publicityRows[1][7] == published.json["endDate"].get<std::string>());
  CHECK(demo.as("province").get("/api/v1/publicity/99999.csv").status == 404);
  CHECK(demo.as("province").get("/api/v1/publicity/abc").status == 404);
}

}  // namespace sxpool::testing
