// GET /api/v1/publicity: the 公示 batches the caller may see.
#include "sxpool/api/publicity.hpp"

#include "review_support.hpp"

namespace sxpool::api {
namespace {

using detail::json;
using detail::JsonReader;

void readBatch(JsonReader& r, const json& j, const std::string& path, PublicityBatchView& o) {
  r.object(j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "id") {
      r.integer(v, p, o.id, 1, INT64_MAX);
    } else if (k == "startDate") {
      r.date(v, p, o.startDate);
    } else if (k == "endDate") {
      r.date(v, p, o.endDate);
    } else if (k == "count") {
      detail::readInt(r, v, p, o.count, 0, INT32_MAX);
    } else if (k == "state") {
      r.object(v, p, [&](const std::string& sk, const json& sv, const std::string& sp) {
        if (sk == "code")
          r.text(sv, sp, o.state);
        else if (sk == "label")
          r.text(sv, sp, o.stateLabel);
        else
          return false;
        return true;
      });
    } else {
      return false;
    }
    return true;
  });
}

}  // namespace

std::pair<std::string, std::string> publicityPhase(const std::optional<Date>& start, const std::optional<Date>& end,
                                                   Date today) {
  if (start && today < *start) return {"scheduled", "未开始"};
  if (end && *end < today) return {"ended", "公示期满"};
  return {"open", "公示中"};
}

std::string encode(const PublicityBatchList& list) {
  json items = json::array();
  for (const auto& b : list.items)
    items.push_back({{"id", b.id},
                     {"startDate", detail::dateOrNull(b.startDate)},
                     {"endDate", detail::dateOrNull(b.endDate)},
                     {"count", b.count},
                     {"state", {{"code", b.state}, {"label", b.stateLabel}}}});
  return detail::dump(json{{"items", std::move(items)}});
}

Parsed<PublicityBatchList> decodePublicityBatchList(std::string_view body) {
  return detail::decodeObject<PublicityBatchList>(body, [](const json& j, JsonReader& r, PublicityBatchList& o) {
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k != "items") return false;
      r.array(v, p, [&](const json& b, const std::string& bp) { readBatch(r, b, bp, o.items.emplace_back()); });
      return true;
    });
  });
}

}  // namespace sxpool::api
