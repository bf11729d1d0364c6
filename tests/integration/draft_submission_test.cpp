// Drafts with revisions (409 on a stale base, idempotent saves), submission with validation and receipts.
#include <catch2/catch.hpp>
#include <regex>

#include "live_server.hpp"
#include "sxpool/json.hpp"
#include "sxpool/round.hpp"
#include "sxpool/sample.hpp"
#include "test_data.hpp"

using namespace sxpool::testing;

TEST_CASE("draft saves carry revisions, a stale base gets 409 with the server copy, repeats are harmless", "[drafts]") {
  LiveServer server({"--today", "2026-04-20"});
  Session s(server);
  auto app = sxpool::makeSampleApplication(7, sxpool::round2026());
  app.materials.clear();
  REQUIRE(s.post("/api/v1/applicants", {{"uscc", app.basic.uscc},
                                        {"name", app.basic.name},
                                        {"contactName", "王"},
                                        {"contactPhone", "13912345678"},
                                        {"password", kApplicantPassword}})
              .status == 201);
  REQUIRE(s.login(app.basic.uscc, kApplicantPassword).status == 200);
  auto opened = s.post("/api/v1/applications");
  REQUIRE(opened.status == 200);
  const std::string path = "/api/v1/applications/" + opened.json["id"].dump() + "/draft";
  CHECK(opened.json["draftRevision"] == 0);
  CHECK(opened.json["document"]["basic"]["uscc"] == app.basic.uscc);
  CHECK(s.post("/api/v1/applications").json["id"] == opened.json["id"]);  // one per round

  auto first = s.put(path, {{"baseRevision", 0}, {"document", sxpool::applicationToJson(app)}});
  REQUIRE(first.status == 200);
  CHECK(first.json["revision"] == 1);
  CHECK(first.json["changed"] == true);

  auto again = s.put(path, {{"baseRevision", 0}, {"document", sxpool::applicationToJson(app)}});  // a retry
  CHECK(again.status == 200);
  CHECK(again.json["revision"] == 1);
  CHECK(again.json["changed"] == false);

  auto other = app;
  other.basic.address += "（另一台电脑）";
  auto stale = s.put(path, {{"baseRevision", 0}, {"document", sxpool::applicationToJson(other)}});
  CHECK(stale.status == 409);
  CHECK(stale.json["error"] == "draft_conflict");
  CHECK(stale.json["server"]["revision"] == 1);
  CHECK(stale.json["server"]["document"]["basic"]["address"] == app.basic.address);

  auto merged = s.put(path, {{"baseRevision", 1}, {"document", sxpool::applicationToJson(other)}});
  CHECK(merged.status == 200);
  CHECK(merged.json["revision"] == 2);
  CHECK(s.get(path).json["document"]["basic"]["address"] == other.basic.address);

  auto broken = s.put(path, {{"baseRevision", 2}, {"document", {{"basic", {{"employeeCount", "很多"}}}}}});
  CHECK(broken.status == 422);
  CHECK(!broken.json["fields"].empty());
  CHECK(s.put(path, {{"document", sxpool::applicationToJson(app)}}).status == 400);

  // Someone else cannot read or write it.
  Session stranger(server);
  prepareApplicant(stranger, 8, false);
  CHECK(stranger.get(path).status == 403);
  CHECK(stranger.put(path, {{"baseRevision", 2}, {"document", sxpool::applicationToJson(app)}}).status == 403);
}

TEST_CASE("submission validates fully, returns a receipt and freezes a version", "[submission]") {
  LiveServer server({"--today", "2026-04-20"});
  Session s(server);
  const auto id = prepareApplicant(s, 3, false);
  const std::string base = "/api/v1/applications/" + std::to_string(id);

  auto refused = s.post(base + "/submit");
  CHECK(refused.status == 422);
  CHECK(refused.json["error"] == "validation_failed");
  bool materialsNamed = false;
  for (const auto& f : refused.json["fields"]) {
    CHECK(f.contains("path"));
    CHECK(f.contains("rule"));
    CHECK(f["severity"] == "error");
    materialsNamed = materialsNamed || f["path"].get<std::string>().rfind("materials", 0) == 0;
  }
  CHECK(materialsNamed);
  CHECK(s.get(base).json["state"]["code"] == "draft");

  auto check = s.post(base + "/validate");
  CHECK(check.status == 200);
  CHECK(check.json["ok"] == false);

  uploadRequiredMaterials(s, id);
  CHECK(s.post(base + "/validate").json["ok"] == true);
  const auto revision = s.get(base).json["draftRevision"];
  auto submitted = s.post(base + "/submit", {{"revision", revision}});
  REQUIRE(submitted.status == 200);
  CHECK(std::regex_match(submitted.json["receiptNo"].get<std::string>(), std::regex("SX2026-\\d{6}")));
  CHECK(submitted.json["version"] == 1);
  CHECK(submitted.json["state"]["code"] != "draft");
  CHECK(!submitted.json["nextStep"].get<std::string>().empty());

  // A retried submit of the same revision answers with the same receipt.
  auto retried = s.post(base + "/submit", {{"revision", revision}});
  CHECK(retried.status == 200);
  CHECK(retried.json["receiptNo"] == submitted.json["receiptNo"]);
  CHECK(s.get(base + "/versions").json["items"].size() == 1);

  // Frozen: no edits, no uploads.
  auto edit =
      s.put(base + "/draft", {{"baseRevision", revision}, {"document", s.get(base + "/draft").json["document"]}});
  CHECK(edit.status == 409);
  CHECK(edit.json["error"] == "not_editable");
  CHECK(s.upload(base + "/materials/12", pdfBytes(), "application/pdf").status == 409);

  auto v1 = s.get(base + "/versions/1");
  CHECK(v1.status == 200);
  CHECK(v1.json["receiptNo"] == submitted.json["receiptNo"]);
  CHECK(v1.json["document"]["materials"].size() == 11);
  CHECK(s.get(base + "/versions/2").status == 404);

  auto inbox = s.get("/api/v1/inbox");
  CHECK(inbox.json["items"].size() == 1);
  CHECK(inbox.json["unread"] == 1);
  CHECK(s.post("/api/v1/inbox/" + inbox.json["items"][0]["id"].dump() + "/read").status == 204);
  CHECK(s.get("/api/v1/inbox").json["unread"] == 0);

  auto mine = s.get("/api/v1/applications");
  CHECK(mine.json["items"].size() == 1);
}

TEST_CASE("submitting after the round's deadline is refused", "[submission]") {
  LiveServer server({"--today", "2026-05-08"});
  Session s(server);
  const auto id = prepareApplicant(s, 4, true);
  auto late = s.post("/api/v1/applications/" + std::to_string(id) + "/submit");
  CHECK(late.status == 409);
  CHECK(late.json["message"].get<std::string>().find("截止") != std::string::npos);
}
