// GET /api/v1/audit: the limit from the query, the rows newest first.
#include "sxpool/api/audit.hpp"

#include <algorithm>

#include "review_support.hpp"
#include "sxpool/date.hpp"
#include "sxpool/text.hpp"

namespace sxpool::api {

using detail::json;
using detail::JsonReader;

Parsed<AuditQuery> AuditQuery::fromParams(const std::map<std::string, std::string>& params) {
  AuditQuery q;
  if (auto it = params.find("limit"); it != params.end()) {
    const auto asked = parseInteger(it->second);
    if (!asked || *asked < 1)
      return Parsed<AuditQuery>::failure("「limit」应为正整数（最多取 " + std::to_string(kMaxLimit) + " 条）",
                                         {FieldError{"limit", "应为正整数"}});
    q.limit = static_cast<int>(std::min<std::int64_t>(*asked, kMaxLimit));
  }
  auto param = [&](const char* key) {
    auto it = params.find(key);
    return it == params.end() ? std::string() : std::string(trimmed(it->second));
  };
  q.account = param("account");
  q.unitCode = param("unit");
  q.event = param("event");
  if (const auto id = param("application"); !id.empty()) {
    const auto value = parseInteger(id);
    if (!value || *value < 1)
      return Parsed<AuditQuery>::failure("「application」应为申报编号（正整数）",
                                         {FieldError{"application", "应为正整数"}});
    q.applicationId = *value;
  }
  for (auto [key, out] : {std::pair{"from", &q.fromDate}, std::pair{"to", &q.toDate}}) {
    *out = param(key);
    if (!out->empty() && !parseDate(*out))
      return Parsed<AuditQuery>::failure(
          std::string("「") + key + "」日期 " + *out + " 无效：应为 YYYY-MM-DD，如 2026-03-01",
          {FieldError{key, "应为 YYYY-MM-DD"}});
  }
  if (!q.fromDate.empty() && !q.toDate.empty() && *parseDate(q.toDate) < *parseDate(q.fromDate))
    return Parsed<AuditQuery>::failure("结束日期 " + q.toDate + " 早于开始日期 " + q.fromDate + "：请调换或改正",
                                       {FieldError{"to", "早于开始日期"}});
  return Parsed<AuditQuery>::success(q);
}

std::map<std::string, std::string> AuditQuery::toParams() const {
  std::map<std::string, std::string> out;
  if (limit != AuditQuery{}.limit) out["limit"] = std::to_string(limit);
  if (!account.empty()) out["account"] = account;
  if (!unitCode.empty()) out["unit"] = unitCode;
  if (!event.empty()) out["event"] = event;
  if (applicationId) out["application"] = std::to_string(*applicationId);
  if (!fromDate.empty()) out["from"] = fromDate;
  if (!toDate.empty()) out["to"] = toDate;
  return out;
}

std::string encode(const AuditReply& reply) {
  json items = json::array();
  for (const auto& a : reply.items)
    items.push_back({{"id", a.id},
                     {"at", a.at},
                     {"account", a.account},
                     {"unitCode", a.unitCode},
                     {"event", a.event},
                     {"applicationId", detail::orNull(a.applicationId)},
                     {"from", detail::orNull(a.from)},
                     {"to", detail::orNull(a.to)},
                     {"comment", a.comment}});
  return detail::dump(json{{"items", std::move(items)}});
}

Parsed<AuditReply> decodeAuditReply(std::string_view body) {
  return detail::decodeObject<AuditReply>(body, [](const json& j, JsonReader& r, AuditReply& o) {
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k != "items") return false;
      r.array(v, p, [&](const json& item, const std::string& ip) {
        auto& a = o.items.emplace_back();
        r.object(item, ip, [&](const std::string& ik, const json& iv, const std::string& fp) {
          if (ik == "id")
            r.integer(iv, fp, a.id, 1, INT64_MAX);
          else if (ik == "at")
            r.integer(iv, fp, a.at, INT64_MIN, INT64_MAX);
          else if (ik == "account")
            r.text(iv, fp, a.account);
          else if (ik == "unitCode")
            r.text(iv, fp, a.unitCode);
          else if (ik == "event")
            r.text(iv, fp, a.event);
          else if (ik == "applicationId")
            r.integer(iv, fp, a.applicationId, 1, INT64_MAX);
          else if (ik == "from")
            detail::readOptionalText(r, iv, fp, a.from);
          else if (ik == "to")
            detail::readOptionalText(r, iv, fp, a.to);
          else if (ik == "comment")
            r.text(iv, fp, a.comment);
          else
            return false;
          return true;
        });
      });
      return true;
    });
  });
}

}  // namespace sxpool::api
