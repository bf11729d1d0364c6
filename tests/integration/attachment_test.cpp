// Attachments: type from content (415), size limits (413), stored by hash, downloads only for those allowed.
#include <catch2/catch.hpp>
#include <fstream>

#include "live_server.hpp"
#include "test_data.hpp"

using namespace sxpool::testing;

TEST_CASE("uploads are checked by content and size and stored under their SHA-256", "[attachments]") {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "data");
  std::ofstream(dir.path() / "data" / "sxpool.json")
      << R"({"attachmentFileBytes": 100000, "attachmentApplicationBytes": 250000})";
  LiveServer server({"--today", "2026-04-20"}, dir.path() / "data");
  Session s(server);
  const auto id = prepareApplicant(s, 11, false);
  const std::string base = "/api/v1/applications/" + std::to_string(id);

  auto text = s.upload(base + "/materials/1?name=a.pdf", "just text pretending to be a PDF", "application/pdf");
  CHECK(text.status == 415);
  CHECK(text.json["error"] == "unsupported_type");
  CHECK(text.json["message"].get<std::string>().find("PDF、JPEG、PNG") != std::string::npos);

  const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(100, 'p');
  auto image = s.upload(base + "/materials/3?name=license.png", png, "image/png");
  CHECK(image.status == 201);
  CHECK(image.json["contentType"] == "image/png");
  const std::string jpeg = std::string("\xFF\xD8\xFF\xE0", 4) + std::string(100, 'j');
  CHECK(s.upload(base + "/materials/4", jpeg, "image/jpeg").json["contentType"] == "image/jpeg");

  auto big = s.upload(base + "/materials/5", "%PDF-" + std::string(100001, 'x'), "application/pdf");
  CHECK(big.status == 413);
  CHECK(big.json["message"].get<std::string>().find("上限") != std::string::npos);
  auto huge = s.upload(base + "/materials/5", "%PDF-" + std::string(400000, 'x'), "application/pdf");
  CHECK(huge.status == 413);  // beyond the body limit itself

  CHECK(s.upload(base + "/materials/6", "%PDF-" + std::string(90000, 'a'), "application/pdf").status == 201);
  CHECK(s.upload(base + "/materials/7", "%PDF-" + std::string(90000, 'b'), "application/pdf").status == 201);
  auto total = s.upload(base + "/materials/8", "%PDF-" + std::string(90000, 'c'), "application/pdf");
  CHECK(total.status == 413);
  CHECK(total.json["error"] == "application_too_large");
  CHECK(s.upload(base + "/materials/13", pdfBytes(), "application/pdf").status == 404);

  const std::string pdf = pdfBytes("download me");
  auto stored = s.upload(base + "/materials/2?name=%E5%8D%95%E4%BD%8D%E6%A6%82%E8%BF%B0.pdf", pdf, "application/pdf");
  REQUIRE(stored.status == 201);
  const std::string sha = stored.json["sha256"];
  CHECK(sha.size() == 64);
  CHECK(std::filesystem::exists(server.dataDir() / "attachments" / sha.substr(0, 2) / sha));
  // Same file again: no second row.
  CHECK(s.upload(base + "/materials/2?name=x.pdf", pdf, "application/pdf").json["id"] == stored.json["id"]);

  auto file = s.get(stored.json["url"]);
  CHECK(file.status == 200);
  CHECK(file.body == pdf);
  CHECK(file.header("Content-Disposition").rfind("attachment;", 0) == 0);
  // (cpp-httplib's client percent-decodes header values: the server sends filename*=UTF-8''%E5%8D%95….)
  CHECK(file.header("Content-Disposition").find("filename*=UTF-8''单位概述.pdf") != std::string::npos);
  CHECK(file.header("Content-Type") == "application/pdf");

  Session stranger(server);
  prepareApplicant(stranger, 12, false);
  CHECK(stranger.get(stored.json["url"]).status == 403);
  Session province(server);
  Session anonymous(server);
  CHECK(anonymous.get(stored.json["url"]).status == 401);

  auto removed = s.del(base + "/attachments/" + stored.json["id"].dump());
  CHECK(removed.status == 204);
  bool listed = false;
  const auto listing = s.get(base);
  for (const auto& m : listing.json["materials"]) listed = listed || m["id"] == stored.json["id"];
  CHECK_FALSE(listed);
}

namespace {

// Every regular file under the data directory's attachments area (stored files and temporary ones).
std::vector<std::filesystem::path> storedFiles(const LiveServer& server) {
  std::vector<std::filesystem::path> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(server.dataDir() / "attachments"))
    if (e.is_regular_file()) out.push_back(e.path());
  return out;
}

// A PDF of `size` bytes: the signature, then bytes of every value (a deterministic sequence), then the trailer.
std::string bigPdf(size_t size, std::uint32_t seed) {
  std::string bytes = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
  const std::string trailer = "\n%%EOF\n";
  bytes.reserve(size);
  std::uint32_t x = seed;
  while (bytes.size() + trailer.size() < size) {
    x = x * 1664525u + 1013904223u;
    bytes += static_cast<char>(x >> 24);
  }
  return bytes + trailer;
}

std::string sha256sumOf(const std::string& bytes, const std::filesystem::path& scratch) {
  std::ofstream(scratch, std::ios::binary) << bytes;
  const std::string command = "sha256sum '" + scratch.string() + "'";
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char line[128] = {};
  REQUIRE(fgets(line, sizeof line, pipe) != nullptr);
  pclose(pipe);
  return std::string(line).substr(0, 64);
}

}  // namespace

TEST_CASE("an upload over the limit is refused with 413 while streaming and leaves no file behind", "[attachments]") {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "data");
  std::ofstream(dir.path() / "data" / "sxpool.json") << R"({"attachmentFileBytes": 1048576})";
  LiveServer server({"--today", "2026-04-20"}, dir.path() / "data");
  Session s(server);
  const auto id = prepareApplicant(s, 13, false);
  const std::string url = "/api/v1/applications/" + std::to_string(id) + "/materials/5?name=big.pdf";
  const std::string oversized = bigPdf(1536 * 1024, 1);
  REQUIRE(storedFiles(server).empty());

  // Declared too large: refused before a byte is written.
  auto declared = s.upload(url, oversized, "application/pdf");
  CHECK(declared.status == 413);
  CHECK(declared.json["error"] == "file_too_large");
  CHECK(declared.json["message"].get<std::string>().find("超过单个文件上限 1 MB") != std::string::npos);
  // Sent in chunks with no length: refused when the limit is crossed, the temporary file removed.
  auto chunked = s.uploadChunked(url, oversized, "application/pdf", 64 * 1024);
  CHECK(chunked.status == 413);
  CHECK(chunked.json["error"] == "file_too_large");
  // Larger than anything the server reads at all.
  auto huge = s.upload(url, bigPdf(3 * 1024 * 1024, 2), "application/pdf");
  CHECK(huge.status == 413);
  // Not a PDF, JPEG or PNG: refused at the first bytes.
  auto text = s.uploadChunked(url, std::string(600 * 1024, 't'), "application/pdf", 4096);
  CHECK(text.status == 415);
  CHECK(text.json["error"] == "unsupported_type");
  CHECK(storedFiles(server).empty());
  CHECK(s.get("/api/v1/applications/" + std::to_string(id)).json["materials"].empty());

  // Not signed in, not the owner, no CSRF header: refused, nothing written.
  Session anonymous(server);
  CHECK(anonymous.upload(url, bigPdf(512 * 1024, 3), "application/pdf").status == 401);
  Session stranger(server);
  prepareApplicant(stranger, 14, false);
  CHECK(stranger.upload(url, bigPdf(512 * 1024, 3), "application/pdf").status == 403);
  Session noCsrf(server);
  noCsrf.cookie = s.cookie;
  noCsrf.dropCsrfHeader();
  CHECK(noCsrf.upload(url, bigPdf(512 * 1024, 3), "application/pdf").status == 403);
  CHECK(storedFiles(server).empty());

  // The same session goes on working: a file within the limit is stored, and only it.
  auto fits = s.upload(url, bigPdf(1000 * 1024, 4), "application/pdf");
  REQUIRE(fits.status == 201);
  const auto files = storedFiles(server);
  REQUIRE(files.size() == 1);
  CHECK(files[0].filename() == fits.json["sha256"].get<std::string>());
}

TEST_CASE("a multi-megabyte PDF streams to disk and downloads byte-identical", "[attachments]") {
  LiveServer server({"--today", "2026-04-20"});
  Session s(server);
  const auto id = prepareApplicant(s, 15, false);
  const std::string base = "/api/v1/applications/" + std::to_string(id);
  const std::string pdf = bigPdf(7 * 1024 * 1024 + 123, 42);

  auto stored = s.upload(base + "/materials/8?name=%E5%AE%A1%E8%AE%A1%E6%8A%A5%E5%91%8A.pdf", pdf, "application/pdf");
  REQUIRE(stored.status == 201);
  CHECK(stored.json["sizeBytes"] == pdf.size());
  CHECK(stored.json["contentType"] == "application/pdf");
  CHECK(stored.json["fileName"] == "审计报告.pdf");
  TempDir scratch;
  const std::string sha = stored.json["sha256"];
  CHECK(sha == sha256sumOf(pdf, scratch.path() / "expected.pdf"));

  auto file = s.get(stored.json["url"]);
  REQUIRE(file.status == 200);
  CHECK(file.body.size() == pdf.size());
  CHECK(file.body == pdf);
  CHECK(file.header("Content-Disposition").rfind("attachment;", 0) == 0);

  // The same bytes in odd-sized chunks (the type read across chunk boundaries) land on the same stored file.
  auto again = s.uploadChunked(base + "/materials/9?name=copy.pdf", pdf, "application/pdf", 65537, 3);
  REQUIRE(again.status == 201);
  CHECK(again.json["sha256"] == sha);
  CHECK(again.json["sizeBytes"] == pdf.size());
  CHECK(storedFiles(server).size() == 1);
}

TEST_CASE("an upload replaces the material of its kind in one request: the earlier file is marked removed",
          "[attachments]") {
  LiveServer server({"--today", "2026-04-20"});
  Session s(server);
  const auto id = prepareApplicant(s, 12, false);
  const std::string base = "/api/v1/applications/" + std::to_string(id);

  auto first = s.upload(base + "/materials/3?name=first.pdf", pdfBytes("first"), "application/pdf");
  REQUIRE(first.status == 201);
  auto second = s.upload(base + "/materials/3?name=second.pdf", pdfBytes("second"), "application/pdf");
  REQUIRE(second.status == 201);
  CHECK(second.json["id"] != first.json["id"]);
  CHECK(second.json["removed"] == false);

  const auto detail = s.get(base).json;
  int ofKind3 = 0;
  for (const auto& m : detail["materials"])
    if (m["kind"] == "3") {
      ++ofKind3;
      CHECK(m["id"] == second.json["id"]);
      CHECK(m["fileName"] == "second.pdf");
    }
  CHECK(ofKind3 == 1);

  // The earlier file: removed in the same request, with its audit row; still downloadable (no DELETE was sent).
  const auto history = s.get(base + "/history").json;
  int removals = 0;
  for (const auto& row : history["items"])
    if (row["event"] == "attachment_removed") {
      ++removals;
      CHECK(row["comment"].get<std::string>().find("first.pdf") != std::string::npos);
    }
  CHECK(removals == 1);
  CHECK(s.get(first.json["url"].get<std::string>()).status == 200);
}

TEST_CASE("drafts never carry materials: the draft reply has none and a saved draft's are ignored", "[attachments]") {
  LiveServer server({"--today", "2026-04-20"});
  Session s(server);
  const auto id = prepareApplicant(s, 12, false);
  const std::string base = "/api/v1/applications/" + std::to_string(id);
  REQUIRE(s.upload(base + "/materials/3?name=license.pdf", pdfBytes("license"), "application/pdf").status == 201);

  auto draft = s.get(base + "/draft");
  REQUIRE(draft.status == 200);
  CHECK(draft.json["document"]["materials"].empty());
  const auto listed = s.get(base).json["materials"];
  CHECK(listed.size() == 1);

  // A draft that names materials of its own: saved, its materials thrown away, the stored files unchanged.
  auto document = draft.json["document"];
  document["basic"]["email"] = "changed@example.cn";
  document["materials"] = nlohmann::json::array({{{"kind", 5},
                                                  {"fileName", "made-up.pdf"},
                                                  {"sizeBytes", 10},
                                                  {"contentType", "application/pdf"},
                                                  {"sha256", std::string(64, 'a')}}});
  auto saved = s.put(base + "/draft", {{"baseRevision", draft.json["revision"]}, {"document", document}});
  REQUIRE(saved.status == 200);
  CHECK(saved.json["changed"] == true);
  CHECK(saved.json["document"]["materials"].empty());
  CHECK(s.get(base + "/draft").json["document"]["basic"]["email"] == "changed@example.cn");
  CHECK(s.get(base).json["materials"] == listed);
}
