// The documents officials work with (issue 13), read back with the tools the officials' machines have:
// LibreOffice opens the DOCX and XLSX, poppler reads the PDFs, Python's csv module the CSV exports.
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>

#include "document_tools.hpp"
#include "review_fixture.hpp"
#include "sxpool/json.hpp"
#include "test_data.hpp"

namespace sxpool::testing {
namespace {
namespace fs = std::filesystem;

const std::string kOpinion = "该机构服务能力突出，符合入库条件，同意推荐。";

// What the tests expect in every rendering of the 申请书 of `doc`.
void checkBookText(const std::string& text, const nlohmann::json& doc) {
  for (const char* label : {"山西省优质中小企业服务资源库入库申请书",
                            "山西省工业和信息化厅制",
                            "申请材料",
                            "（目录）",
                            "经会计师事务所审计的2024年、2025年财务报表和审计报告",
                            "山西省优质中小企业服务资源库入库申请表",
                            "统一社会信用代码",
                            "近两年经营情况",
                            "2024年",
                            "2025年",
                            "服务收入（万元）",
                            "推荐单位：太原市工业和信息化局",
                            "单位情况概述",
                            "一、基本情况",
                            "四、服务业绩",
                            "服务产品情况表",
                            "服务人员基本情况表",
                            "服务企业情况登记表",
                            "服务典型案例",
                            "上年度合作专家情况表",
                            "合作机构情况表",
                            "申报材料真实性声明",
                            "法定代表人（签字）："}) {
    INFO(label);
    CHECK(text.find(compact(label)) != std::string::npos);
  }
  const auto& basic = doc["basic"];
  for (const std::string value :
       {basic["name"].get<std::string>(), basic["uscc"].get<std::string>(), basic["contactPhone"].get<std::string>(),
        doc["staff"][0]["name"].get<std::string>(), doc["enterprises"][0]["name"].get<std::string>(),
        doc["operations"][1]["revenue"].get<std::string>(), kOpinion}) {
    INFO(value);
    CHECK(text.find(compact(value)) != std::string::npos);
  }
  // One ticked and one unticked direction.
  const auto first = fromCode<ServiceDirection>(basic["directions"][0].get<std::string>());
  REQUIRE(first);
  CHECK(text.find("☑" + std::string(labelOf(*first))) != std::string::npos);
  for (const auto& e : EnumTable<ServiceDirection>::entries) {
    bool chosen = false;
    for (const auto& d : basic["directions"]) chosen = chosen || d == e.code;
    if (!chosen && e.value != ServiceDirection::Other) {
      CHECK(text.find("☐" + std::string(e.label)) != std::string::npos);
      break;
    }
  }
}

struct Download {
  fs::path file;
  Session::Reply reply;
};

Download download(Session& s, const std::string& url, const fs::path& file) {
  Download d{file, s.get(url)};
  INFO(url << " → " << d.reply.status << " " << d.reply.body.substr(0, 300));
  REQUIRE(d.reply.status == 200);
  writeFile(file, d.reply.body);
  return d;
}

}  // namespace

TEST_CASE(
    "申请书 DOCX and PDF and the materials archive read back by LibreOffice and poppler and refused to other counties",
    "[documents]") {
  Demo demo;
  TempDir dir;
  // At the province: passed by 小店区 and recommended by 太原市.
  const std::int64_t id = demo.firstIn("xiaodian", "at_province");
  const auto submitted = demo.as("xiaodian").get(applicationPath(id, "")).json["document"];
  for (const char* account : {"admin", "taiyuan", "yingze"}) demo.as(account);  // their sign-ins are audit rows too
  const size_t auditBefore = demo.auditCount();

  auto docx = download(demo.as("xiaodian"), applicationPath(id, "/document.docx"), dir.path() / "book.docx");
  CHECK(docx.reply.header("Content-Type") == "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  const std::string disposition = docx.reply.header("Content-Disposition");
  INFO(disposition);
  CHECK(disposition.find("filename=\"application-" + std::to_string(id)) != std::string::npos);
  // (cpp-httplib's client percent-decodes header values: the server sends filename*=UTF-8''%E5%85%A5….)
  CHECK(disposition.find("filename*=UTF-8''入库申请书_") != std::string::npos);
  CHECK(docx.reply.body.substr(0, 2) == "PK");

  auto pdf = download(demo.as("xiaodian"), applicationPath(id, "/document.pdf"), dir.path() / "server.pdf");
  CHECK(pdf.reply.header("Content-Type") == "application/pdf");
  auto v1 = download(demo.as("admin"), applicationPath(id, "/document.pdf?version=1"), dir.path() / "v1.pdf");

  const auto started = std::chrono::steady_clock::now();
  convertWithLibreOffice({docx.file}, "pdf", dir.path());
  WARN("LibreOffice DOCX → PDF: "
       << std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count()
       << " ms");
  const fs::path office = dir.path() / "book.pdf";
  checkBookText(pdfTextCompact(office), submitted);
  CHECK(pdfPages(office) >= 8);
  renderPage(office, 1, "docx-page1");
  renderPage(office, 3, "docx-page3-form");

  // The server's own PDF: same text, A4 pages with numbers, fonts embedded.
  const std::string text = pdfTextCompact(pdf.file);
  checkBookText(text, submitted);
  CHECK(text.find("第1页") != std::string::npos);
  const int pages = pdfPages(pdf.file);
  CHECK(pages >= 8);
  CHECK(text.find("第" + std::to_string(pages) + "页") != std::string::npos);
  std::string fonts;
  CHECK(pdfFontsAllEmbedded(pdf.file, &fonts));
  INFO(fonts);
  CHECK(shell("pdfinfo '" + pdf.file.string() + "'").out.find("595.276 x 841.89") != std::string::npos);
  renderPage(pdf.file, 1, "pdf-page1");
  renderPage(pdf.file, 3, "pdf-page3-form");
  CHECK(pdfTextCompact(v1.file).find(compact(submitted["basic"]["name"].get<std::string>())) != std::string::npos);

  // The materials, NN_材料名称.ext, the bytes as stored.
  auto zip = download(demo.as("taiyuan"), applicationPath(id, "/materials.zip"), dir.path() / "materials.zip");
  CHECK(zip.reply.header("Content-Type") == "application/zip");
  const auto listing = shell(
      "python3 -c 'import zipfile, sys, json; z = zipfile.ZipFile(sys.argv[1]); "
      "print(json.dumps([[i.filename, z.read(i).decode(\"latin-1\")] for i in z.infolist()]))' '" +
      zip.file.string() + "'");
  REQUIRE(listing.exitCode == 0);
  const auto entries = nlohmann::json::parse(listing.out);
  const auto materials = demo.as("admin").get(applicationPath(id, "")).json["materials"];
  REQUIRE(entries.size() == materials.size());
  INFO(entries[0][0]);
  CHECK(entries[0][0].get<std::string>().rfind("01_山西省优质中小企业服务资源库入库申请表", 0) == 0);
  CHECK(entries[0][1].get<std::string>().rfind("%PDF-", 0) == 0);
  CHECK(entries[entries.size() - 1][0].get<std::string>().rfind("1", 0) == 0);  // 10_, 11_ …, in order

  CHECK(demo.auditCount() == auditBefore + 4);

  // Another county's reviewer may see none of it; neither may a stranger's version request.
  for (const std::string rest : {"/document.docx", "/document.pdf", "/document.pdf?version=1", "/materials.zip"}) {
    INFO(rest);
    CHECK(demo.as("yingze").get(applicationPath(id, rest)).status == 403);
  }
  CHECK(demo.auditCount() == auditBefore + 4);
  CHECK(demo.as("xiaodian").get(applicationPath(id, "/document.pdf?version=9")).status == 404);
  CHECK(demo.as("xiaodian").get(applicationPath(id, "/document.pdf?version=x")).status == 400);
}

}  // namespace sxpool::testing
