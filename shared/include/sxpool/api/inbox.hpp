#pragma once
// The applicant's inbox on the wire: GET /api/v1/inbox (docs/api.md "Review").
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/api/codec.hpp"
#include "sxpool/workflow.hpp"

namespace sxpool::api {

struct InboxMessage {
  std::int64_t id = 0;
  std::optional<std::int64_t> applicationId;
  std::int64_t at = 0;  // Unix seconds
  std::string title;
  std::string body;
  std::vector<FieldComment> comments;  // the reviewer's comments of a return
  bool read = false;
};

struct InboxReply {
  std::vector<InboxMessage> items;  // newest first
  int unread = 0;
};

std::string encode(const InboxReply& reply);
Parsed<InboxReply> decodeInboxReply(std::string_view body);

// The comments as stored beside a message: a JSON array of {"path","comment"}.
std::string encodeFieldComments(const std::vector<FieldComment>& comments);
Parsed<std::vector<FieldComment>> decodeFieldComments(std::string_view text);

}  // namespace sxpool::api
