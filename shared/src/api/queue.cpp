// GET /api/v1/queue: the query from its parameters (strict, the first bad parameter answers) and the page's JSON.
#include "sxpool/api/queue.hpp"

#include "review_support.hpp"
#include "sxpool/divisions.hpp"
#include "sxpool/text.hpp"

namespace sxpool::api {
namespace {

using detail::json;
using detail::JsonReader;
using detail::splitComma;

bool knownSort(const std::string& s) {
  return s == "updated" || s == "submitted" || s == "name" || s == "state" || s == "receipt";
}

json encodeItem(const QueueItem& i) {
  json directions = json::array();
  for (const auto d : i.directions) directions.push_back(detail::codeAndLabel(d));
  return json{{"id", i.id},
              {"name", i.name},
              {"uscc", i.uscc},
              {"state", detail::codeAndLabel(i.state)},
              {"routingKind", i.routingKind},
              {"routingUnit", i.routingUnit},
              {"routingUnitName", i.routingUnitName},
              {"cityCode", i.cityCode},
              {"cityName", i.cityName},
              {"countyCode", i.countyCode},
              {"directions", directions},
              {"roundYear", i.roundYear},
              {"receiptNo", detail::orNull(i.receiptNo)},
              {"submittedAt", detail::orNull(i.submittedAt)},
              {"updatedAt", i.updatedAt},
              {"version", i.version},
              {"holdingUnit", i.holdingUnit},
              {"mine", i.mine},
              {"publicityStart", detail::dateOrNull(i.publicityStart)},
              {"publicityEnd", detail::dateOrNull(i.publicityEnd)}};
}

void readItem(JsonReader& r, const json& j, const std::string& path, QueueItem& o) {
  r.object(j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "id")
      r.integer(v, p, o.id, 1, INT64_MAX);
    else if (k == "name")
      r.text(v, p, o.name);
    else if (k == "uscc")
      r.text(v, p, o.uscc);
    else if (k == "state")
      detail::readCodeAndLabel(r, v, p, o.state);
    else if (k == "routingKind")
      r.text(v, p, o.routingKind);
    else if (k == "routingUnit")
      r.text(v, p, o.routingUnit);
    else if (k == "routingUnitName")
      r.text(v, p, o.routingUnitName);
    else if (k == "cityCode")
      r.text(v, p, o.cityCode);
    else if (k == "cityName")
      r.text(v, p, o.cityName);
    else if (k == "countyCode")
      r.text(v, p, o.countyCode);
    else if (k == "directions")
      r.array(v, p, [&](const json& d, const std::string& dp) {
        o.directions.emplace_back();
        detail::readCodeAndLabel(r, d, dp, o.directions.back());
      });
    else if (k == "roundYear")
      detail::readInt(r, v, p, o.roundYear, 0, 9999);
    else if (k == "receiptNo")
      detail::readOptionalText(r, v, p, o.receiptNo);
    else if (k == "submittedAt")
      r.integer(v, p, o.submittedAt, INT64_MIN, INT64_MAX);
    else if (k == "updatedAt")
      r.integer(v, p, o.updatedAt, INT64_MIN, INT64_MAX);
    else if (k == "version")
      detail::readInt(r, v, p, o.version, 0, INT32_MAX);
    else if (k == "holdingUnit")
      r.text(v, p, o.holdingUnit);
    else if (k == "mine")
      r.boolean(v, p, o.mine);
    else if (k == "publicityStart")
      r.date(v, p, o.publicityStart);
    else if (k == "publicityEnd")
      r.date(v, p, o.publicityEnd);
    else
      return false;
    return true;
  });
}

}  // namespace

Parsed<QueueQuery> QueueQuery::fromParams(const QueryParams& params) {
  auto param = [&](const char* key) {
    auto it = params.find(key);
    return it == params.end() ? std::string() : it->second;
  };
  QueueQuery q;
  detail::FirstProblem problem;
  auto failed = [&](std::string whole, const char* path, std::string field) {
    problem.add(std::move(whole), path, std::move(field));
    return problem.failure<QueueQuery>();
  };
  for (const auto& s : splitComma(param("state"))) {
    const auto state = fromCode<WorkflowState>(s);
    if (!state)
      return failed("状态 " + s + " 无效，应为以下之一：" + codesOf<WorkflowState>(), "state", "未知的状态代码");
    q.states.push_back(*state);
  }
  q.city = param("city");
  if (!q.city.empty() && !unitLevelOf(q.city))
    return failed("地市（单位）代码 " + q.city + " 无效：请使用 GET /api/v1/units 列出的单位代码", "city",
                  "未知的单位代码");
  q.county = param("county");
  if (!q.county.empty() && unitLevelOf(q.county) != UnitLevel::County)
    return failed("县（市、区）代码 " + q.county + " 无效：请使用 GET /api/v1/units 列出的县级单位代码", "county",
                  "未知的县级代码");
  if (const auto direction = param("direction"); !direction.empty()) {
    q.direction = fromCode<ServiceDirection>(direction);
    if (!q.direction)
      return failed("服务方向 " + direction + " 无效，应为以下之一：" + codesOf<ServiceDirection>(), "direction",
                    "未知的服务方向代码");
  }
  if (const auto round = param("round"); !round.empty()) {
    const auto year = parseInteger(round);
    if (!year || *year < 1 || *year > 9999) return failed("「round」应为年份", "round", "应为年份，如 2026");
    q.roundYear = static_cast<int>(*year);
  }
  q.search = param("q");
  q.mine = param("mine") == "1";
  if (const auto sort = param("sort"); !sort.empty()) q.sort = sort;
  if (!knownSort(q.sort))
    return failed("「sort」应为 updated、submitted、name、state 或 receipt", "sort", "不支持的排序");
  const std::string order = param("order");
  if (!order.empty() && order != "asc" && order != "desc")
    return failed("「order」应为 asc（升序）或 desc（降序）", "order", "不支持的顺序");
  q.descending = order != "asc";
  for (auto [key, out, max] : {std::tuple{"page", &q.page, 1000000}, std::tuple{"pageSize", &q.pageSize, 200}}) {
    const std::string v = param(key);
    if (v.empty()) continue;
    const auto n = parseInteger(v);
    if (!n || *n < 1 || *n > max)
      return failed(std::string("「") + key + "」应为 1–" + std::to_string(max) + " 的整数", key,
                    n ? "超出范围" : "应为整数");
    *out = static_cast<int>(*n);
  }
  return Parsed<QueueQuery>::success(std::move(q));
}

QueryParams QueueQuery::toParams() const {
  QueryParams p;
  std::string joined;
  for (const auto s : states) joined += (joined.empty() ? "" : ",") + std::string(codeOf(s));
  if (!joined.empty()) p["state"] = joined;
  if (!city.empty()) p["city"] = city;
  if (!county.empty()) p["county"] = county;
  if (direction) p["direction"] = std::string(codeOf(*direction));
  if (roundYear) p["round"] = std::to_string(*roundYear);
  if (!search.empty()) p["q"] = search;
  if (mine) p["mine"] = "1";
  if (sort != "updated") p["sort"] = sort;
  if (!descending) p["order"] = "asc";
  if (page != 1) p["page"] = std::to_string(page);
  if (pageSize != 20) p["pageSize"] = std::to_string(pageSize);
  return p;
}

std::string QueueQuery::key(bool withPaging) const {
  std::string k;
  for (const auto& [name, value] : toParams()) {
    if (!withPaging && (name == "page" || name == "pageSize" || name == "sort" || name == "order")) continue;
    k += name + "=" + value + "&";  // '&' never survives in a decoded value's place: names are fixed
  }
  return k;
}

std::string encode(const QueuePage& page) {
  json items = json::array();
  for (const auto& i : page.items) items.push_back(encodeItem(i));
  json counts = json::object();
  for (const auto& [state, n] : page.counts) counts[state] = n;
  return detail::dump(json{{"items", std::move(items)},
                           {"total", page.total},
                           {"page", page.page},
                           {"pageSize", page.pageSize},
                           {"counts", std::move(counts)},
                           {"countAll", page.countAll}});
}

Parsed<QueuePage> decodeQueuePage(std::string_view body) {
  return detail::decodeObject<QueuePage>(body, [](const json& j, JsonReader& r, QueuePage& o) {
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "items")
        r.array(v, p, [&](const json& item, const std::string& ip) {
          o.items.emplace_back();
          readItem(r, item, ip, o.items.back());
        });
      else if (k == "total")
        r.integer(v, p, o.total, 0, INT64_MAX);
      else if (k == "page")
        detail::readInt(r, v, p, o.page, 1, 1000000);
      else if (k == "pageSize")
        detail::readInt(r, v, p, o.pageSize, 1, 200);
      else if (k == "counts")
        r.object(v, p, [&](const std::string& state, const json& count, const std::string& cp) {
          r.integer(count, cp, o.counts[state], 0, INT64_MAX);
          return true;
        });
      else if (k == "countAll")
        r.integer(v, p, o.countAll, 0, INT64_MAX);
      else
        return false;
      return true;
    });
  });
}

}  // namespace sxpool::api
