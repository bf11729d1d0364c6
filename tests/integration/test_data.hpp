#pragma once
// Shared steps of the integration tests: a registered applicant with a complete, valid application.
#include <string>

#include "live_server.hpp"

namespace sxpool::testing {

inline const std::string kDemoPassword = "Demo2026!sx";
inline const std::string kApplicantPassword = "Applicant-2026";

// POST /api/v1/applicants for `uscc` with a fixed name and contact.
Session::Reply registerApplicant(Session& session, const std::string& uscc, const std::string& password);

// The number of rows in the whole audit log, read by an admin session.
size_t auditRows(Session& admin);

// `text` is a JSON string containing `part`.
bool contains(const nlohmann::json& text, const std::string& part);

// A tiny but real PDF.
std::string pdfBytes(const std::string& note = "test");

// Registers sample application `index` (domain sample generator), signs in, opens the application and saves
// the sample as its draft. Returns the application id. `session` is left signed in.
std::int64_t prepareApplicant(Session& session, int index, bool withMaterials);

// Uploads one PDF per required material (1–11).
void uploadRequiredMaterials(Session& session, std::int64_t id);

}  // namespace sxpool::testing
