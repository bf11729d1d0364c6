#include "test_data.hpp"

#include <catch2/catch.hpp>

#include "sxpool/json.hpp"
#include "sxpool/round.hpp"
#include "sxpool/sample.hpp"

namespace sxpool::testing {

size_t auditRows(Session& admin) {
  auto r = admin.get("/api/v1/audit?limit=100000");
  REQUIRE(r.status == 200);
  return r.json["items"].size();
}

bool contains(const nlohmann::json& text, const std::string& part) {
  return text.is_string() && text.get<std::string>().find(part) != std::string::npos;
}

std::string pdfBytes(const std::string& note) {
  return "%PDF-1.4\n% " + note + "\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
}

Session::Reply registerApplicant(Session& session, const std::string& uscc, const std::string& password) {
  return session.post("/api/v1/applicants", {{"uscc", uscc},
                                             {"name", "太原晋创企业管理咨询有限公司"},
                                             {"contactName", "王建国"},
                                             {"contactPhone", "13912345678"},
                                             {"email", "a@example.com"},
                                             {"password", password}});
}

void uploadRequiredMaterials(Session& session, std::int64_t id) {
  for (int kind = 1; kind <= 11; ++kind) {
    auto r =
        session.upload("/api/v1/applications/" + std::to_string(id) + "/materials/" + std::to_string(kind) +
                           "?name=%E6%9D%90%E6%96%99" + std::to_string(kind) + ".pdf",
                       pdfBytes("material " + std::to_string(kind) + " of " + std::to_string(id)), "application/pdf");
    REQUIRE(r.status == 201);
  }
}

std::int64_t prepareApplicant(Session& session, int index, bool withMaterials) {
  Application app = makeSampleApplication(index, round2026());
  app.materials.clear();
  auto reg = session.post("/api/v1/applicants", {{"uscc", app.basic.uscc},
                                                 {"name", app.basic.name},
                                                 {"contactName", app.basic.contactName},
                                                 {"contactPhone", app.basic.contactPhone},
                                                 {"email", app.basic.email},
                                                 {"password", kApplicantPassword}});
  REQUIRE(reg.status == 201);
  REQUIRE(session.login(app.basic.uscc, kApplicantPassword).status == 200);
  auto opened = session.post("/api/v1/applications");
  REQUIRE(opened.status == 200);
  const std::int64_t id = opened.json["id"];
  auto saved = session.put("/api/v1/applications/" + std::to_string(id) + "/draft",
                           {{"baseRevision", opened.json["draftRevision"]}, {"document", applicationToJson(app)}});
  REQUIRE(saved.status == 200);
  if (withMaterials) uploadRequiredMaterials(session, id);
  return id;
}

}  // namespace sxpool::testing
