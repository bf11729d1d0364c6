// GET /api/v1/inbox: the applicant's messages, with the comments of a return.
#include "sxpool/api/inbox.hpp"

#include "review_support.hpp"
#include "sxpool/workflow_json.hpp"

namespace sxpool::api {
namespace {

using detail::json;
using detail::JsonReader;

void readComments(JsonReader& r, const json& j, const std::string& path, std::vector<FieldComment>& out) {
  r.array(j, path, [&](const json& c, const std::string& cp) {
    auto& comment = out.emplace_back();
    r.object(c, cp, [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "path")
        r.text(v, p, comment.path);
      else if (k == "comment")
        r.text(v, p, comment.comment);
      else
        return false;
      return true;
    });
  });
}

void readMessage(JsonReader& r, const json& j, const std::string& path, InboxMessage& o) {
  r.object(j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "id")
      r.integer(v, p, o.id, 1, INT64_MAX);
    else if (k == "applicationId")
      r.integer(v, p, o.applicationId, 1, INT64_MAX);
    else if (k == "at")
      r.integer(v, p, o.at, INT64_MIN, INT64_MAX);
    else if (k == "title")
      r.text(v, p, o.title);
    else if (k == "body")
      r.text(v, p, o.body);
    else if (k == "comments")
      readComments(r, v, p, o.comments);
    else if (k == "read")
      r.boolean(v, p, o.read);
    else
      return false;
    return true;
  });
}

}  // namespace

std::string encode(const InboxReply& reply) {
  json items = json::array();
  for (const auto& m : reply.items)
    items.push_back({{"id", m.id},
                     {"applicationId", detail::orNull(m.applicationId)},
                     {"at", m.at},
                     {"title", m.title},
                     {"body", m.body},
                     {"comments", fieldCommentsToJson(m.comments)},
                     {"read", m.read}});
  return detail::dump(json{{"items", std::move(items)}, {"unread", reply.unread}});
}

Parsed<InboxReply> decodeInboxReply(std::string_view body) {
  return detail::decodeObject<InboxReply>(body, [](const json& j, JsonReader& r, InboxReply& o) {
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "items")
        r.array(v, p, [&](const json& m, const std::string& mp) { readMessage(r, m, mp, o.items.emplace_back()); });
      else if (k == "unread")
        detail::readInt(r, v, p, o.unread, 0, INT32_MAX);
      else
        return false;
      return true;
    });
  });
}

std::string encodeFieldComments(const std::vector<FieldComment>& comments) {
  return detail::dump(fieldCommentsToJson(comments));
}

Parsed<std::vector<FieldComment>> decodeFieldComments(std::string_view text) {
  using Result = Parsed<std::vector<FieldComment>>;
  std::vector<JsonError> errors;
  auto parsed = sxpool::detail::parseJsonText(text, errors);
  if (!parsed) return Result::failure("意见不是有效的 JSON：" + (errors.empty() ? std::string() : errors[0].message));
  std::vector<FieldComment> out;
  JsonReader reader(errors);
  readComments(reader, *parsed, "", out);
  if (!errors.empty()) return Result::failure("意见格式有误：" + errors[0].message, errors);
  return Result::success(std::move(out));
}

}  // namespace sxpool::api
