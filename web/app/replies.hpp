#pragma once
// The server's answers the app reads (docs/api.md), as plain types: only app/replies.cpp and app/api_client.cpp
// see their JSON. The shared wire vocabulary (sxpool/api) replaces these as its types arrive.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/application.hpp"
#include "sxpool/date.hpp"
#include "sxpool/api/codec.hpp"

namespace sxpool::web {

struct SessionUser {  // GET/POST /session → user
  long id = 0;
  std::string account, role, roleLabel, unitName, displayName;
  bool isApplicant() const { return role == "applicant"; }
};

struct HealthReply {  // GET /health
  std::string version;
};

struct RoundReply {  // GET /round
  int year = 0;
  std::optional<Date> deadline, today;
  bool enforceDeadline = true;
  std::optional<std::int64_t> attachmentFileBytes;
};

struct UnitEntry {  // GET /units → items
  std::string code, name, level, parentCode;
};

struct StateLabel {
  std::string code, label;
};

struct StoredMaterial {  // an application's materials[] and the upload's answer
  long id = 0;
  Material material;
};

struct ReviewerComment {  // workflow.openComments[]
  std::string path, comment;
};

struct ApplicationDetail {  // GET /applications/{id}, POST /applications
  long id = 0;
  int roundYear = 0;
  std::string name, receiptNo, nextStep;
  StateLabel state;
  bool editable = false;
  long draftRevision = 0;
  std::optional<Application> document;
  std::vector<StoredMaterial> materials;
  std::vector<ReviewerComment> openComments;
};

struct InboxMessage {  // GET /inbox → items
  long id = 0;
  bool read = false;
  std::string title, body;
};

struct SubmitReceipt {  // POST /applications/{id}/submit
  std::string receiptNo, nextStep;
  int version = 0;
  std::vector<std::string> warnings;
};

struct QueueRow {  // GET /queue → items
  std::string name, uscc, receiptNo;
  StateLabel state;
};

struct QueuePage {
  std::vector<QueueRow> items;
};

struct DraftReply {  // GET/PUT /applications/{id}/draft; a 409 draft_conflict's "server"
  long revision = 0;
  std::string document;  // the application's JSON text, as the server sent it
};

struct Registration {  // POST /applicants
  std::string uscc, name, contactName, contactPhone, email, password;
};

// Each answer's body → its type; nullopt when the body is not what docs/api.md says.
std::optional<SessionUser> decodeSessionReply(std::string_view body);
std::optional<HealthReply> decodeHealthReply(std::string_view body);
std::optional<RoundReply> decodeRoundReply(std::string_view body);
std::optional<std::vector<UnitEntry>> decodeUnitsReply(std::string_view body);
std::optional<ApplicationDetail> decodeApplicationDetail(std::string_view body);
std::optional<std::vector<InboxMessage>> decodeInboxReply(std::string_view body);
std::optional<SubmitReceipt> decodeSubmitReceipt(std::string_view body);
std::optional<QueuePage> decodeQueuePage(std::string_view body);
std::optional<DraftReply> decodeDraftReply(std::string_view body);
std::optional<DraftReply> decodeDraftConflict(std::string_view body);  // {"error":"draft_conflict","server":{…}}
std::optional<StoredMaterial> decodeStoredMaterial(std::string_view body, MaterialKind kind);

// An error body {"error","message","fields"}.
struct ErrorReply {
  std::string error, message;
  std::vector<api::FieldError> fields;
};
std::optional<ErrorReply> decodeErrorReply(std::string_view body);

std::string encodeRegistration(const Registration& r);
std::string encodeSignIn(const std::string& account, const std::string& password);
std::string encodeSubmit(long draftRevision);
std::string encodeDraftSave(long baseRevision, const std::string& documentJson);  // the document as it is

}  // namespace sxpool::web
