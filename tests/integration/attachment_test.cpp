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
  for (const auto& m : s.get(base).json["materials"]) listed = listed || m["id"] == stored.json["id"];
  CHECK_FALSE(listed);
}
