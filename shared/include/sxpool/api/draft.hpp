#pragma once
// The applicant's draft: GET/PUT …/draft and the 409 draft_conflict body.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/api/common.hpp"
#include "sxpool/application.hpp"

namespace sxpool::api {

// The draft carries no materials: those are the server's (see ApplicationDetail::materials).
struct DraftReply {
  std::int64_t applicationId = 0;
  std::int64_t revision = 0;
  StateView state;
  bool editable = false;
  std::int64_t updatedAt = 0;
  Application document;
  std::optional<bool> changed;  // PUT only: false when the content equalled the server's
};

// PUT …/draft {"baseRevision", "document"}. A body without these is a failure (400); a document that is there but
// has fields the format does not accept decodes with `documentErrors` (the server answers 422 invalid_document).
struct SaveDraftRequest {
  std::int64_t baseRevision = 0;
  Application document;
  std::vector<FieldError> documentErrors;  // paths inside the document ("basic.uscc")
};

// 409 draft_conflict: the error body plus "server", the draft the server holds.
struct DraftConflict {
  ErrorBody error;
  DraftReply server;
};

std::string encode(const DraftReply& reply);
Parsed<DraftReply> decodeDraftReply(std::string_view text);
std::string encode(const SaveDraftRequest& request);
Parsed<SaveDraftRequest> decodeSaveDraftRequest(std::string_view text);
std::string encode(const DraftConflict& conflict);
Parsed<DraftConflict> decodeDraftConflict(std::string_view text);

}  // namespace sxpool::api
