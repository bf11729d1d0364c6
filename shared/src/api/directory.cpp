// The public directory and 公示 list on the wire (指南第十四条, 第八条(四)): the search from its parameters (strict:
// the first bad parameter answers) and the JSON of each answer.
#include "sxpool/api/directory.hpp"

#include "review_support.hpp"
#include "sxpool/divisions.hpp"
#include "sxpool/text.hpp"

namespace sxpool::api {
namespace {

using detail::json;
using detail::JsonReader;

template <class E>
json codeOrNull(const std::optional<E>& v) {
  return v ? detail::codeAndLabel(*v) : json(nullptr);
}
template <class E>
void readOptionalCode(JsonReader& r, const json& j, const std::string& path, std::optional<E>& out) {
  if (j.is_null()) return out.reset();
  detail::readCodeAndLabel(r, j, path, out.emplace());
}
json directionsJson(const std::vector<ServiceDirection>& ds) {
  json out = json::array();
  for (const auto d : ds) out.push_back(detail::codeAndLabel(d));
  return out;
}
void readDirections(JsonReader& r, const json& j, const std::string& path, std::vector<ServiceDirection>& out) {
  r.array(j, path,
          [&](const json& d, const std::string& dp) { detail::readCodeAndLabel(r, d, dp, out.emplace_back()); });
}

json encodeEntry(const DirectoryEntry& e) {
  return json{{"id", e.id},
              {"name", e.name},
              {"uscc", e.uscc},
              {"cityCode", e.cityCode},
              {"cityName", e.cityName},
              {"countyName", e.countyName},
              {"character", codeOrNull(e.character)},
              {"serviceClass", codeOrNull(e.serviceClass)},
              {"directions", directionsJson(e.directions)},
              {"admittedOn", detail::dateOrNull(e.admittedOn)}};
}

void readEntry(JsonReader& r, const json& j, const std::string& path, DirectoryEntry& o) {
  r.object(j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "id")
      r.integer(v, p, o.id, 1, INT64_MAX);
    else if (k == "name")
      r.text(v, p, o.name);
    else if (k == "uscc")
      r.text(v, p, o.uscc);
    else if (k == "cityCode")
      r.text(v, p, o.cityCode);
    else if (k == "cityName")
      r.text(v, p, o.cityName);
    else if (k == "countyName")
      r.text(v, p, o.countyName);
    else if (k == "character")
      readOptionalCode(r, v, p, o.character);
    else if (k == "serviceClass")
      readOptionalCode(r, v, p, o.serviceClass);
    else if (k == "directions")
      readDirections(r, v, p, o.directions);
    else if (k == "admittedOn")
      r.date(v, p, o.admittedOn);
    else
      return false;
    return true;
  });
}

}  // namespace

Parsed<DirectoryQuery> DirectoryQuery::fromParams(const std::map<std::string, std::string>& params) {
  auto param = [&](const char* key) {
    auto it = params.find(key);
    return it == params.end() ? std::string() : it->second;
  };
  DirectoryQuery q;
  detail::FirstProblem problem;
  auto failed = [&](std::string whole, const char* path, std::string field) {
    problem.add(std::move(whole), path, std::move(field));
    return problem.failure<DirectoryQuery>();
  };
  if (const auto c = param("class"); !c.empty()) {
    q.serviceClass = fromCode<ServiceClass>(c);
    if (!q.serviceClass)
      return failed("服务类别 " + c + " 无效，应为以下之一：" + codesOf<ServiceClass>(), "class", "未知的服务类别");
  }
  if (const auto c = param("character"); !c.empty()) {
    q.character = fromCode<ServiceCharacter>(c);
    if (!q.character)
      return failed("服务性质 " + c + " 无效，应为以下之一：" + codesOf<ServiceCharacter>(), "character",
                    "未知的服务性质");
  }
  q.city = param("city");
  if (!q.city.empty() && unitLevelOf(q.city) != UnitLevel::City)
    return failed("地市代码 " + q.city + " 无效：请使用山西省 11 个设区市的代码，如太原市 140100", "city",
                  "未知的地市代码");
  q.search = param("q");
  if (q.search.size() > 200) return failed("搜索词太长：请少于 200 个字节", "q", "太长");
  for (auto [key, out, max] : {std::tuple{"page", &q.page, 100000}, std::tuple{"pageSize", &q.pageSize, 100}}) {
    const std::string v = param(key);
    if (v.empty()) continue;
    const auto n = parseInteger(v);
    if (!n || *n < 1 || *n > max)
      return failed(std::string("「") + key + "」应为 1–" + std::to_string(max) + " 的整数", key,
                    n ? "超出范围" : "应为整数");
    *out = static_cast<int>(*n);
  }
  return Parsed<DirectoryQuery>::success(std::move(q));
}

std::map<std::string, std::string> DirectoryQuery::toParams() const {
  std::map<std::string, std::string> p;
  if (serviceClass) p["class"] = std::string(codeOf(*serviceClass));
  if (character) p["character"] = std::string(codeOf(*character));
  if (!city.empty()) p["city"] = city;
  if (!search.empty()) p["q"] = search;
  if (page != 1) p["page"] = std::to_string(page);
  if (pageSize != 20) p["pageSize"] = std::to_string(pageSize);
  return p;
}

std::string DirectoryQuery::key() const {
  std::string k;
  for (const auto& [name, value] : toParams()) k += name + "=" + value + "&";
  return k;
}

std::string encode(const DirectoryPage& page) {
  json items = json::array();
  for (const auto& e : page.items) items.push_back(encodeEntry(e));
  return detail::dump(
      json{{"items", std::move(items)}, {"total", page.total}, {"page", page.page}, {"pageSize", page.pageSize}});
}

Parsed<DirectoryPage> decodeDirectoryPage(std::string_view body) {
  return detail::decodeObject<DirectoryPage>(body, [](const json& j, JsonReader& r, DirectoryPage& o) {
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "items")
        r.array(v, p, [&](const json& item, const std::string& ip) { readEntry(r, item, ip, o.items.emplace_back()); });
      else if (k == "total")
        r.integer(v, p, o.total, 0, INT64_MAX);
      else if (k == "page")
        detail::readInt(r, v, p, o.page, 1, 100000);
      else if (k == "pageSize")
        detail::readInt(r, v, p, o.pageSize, 1, 100);
      else
        return false;
      return true;
    });
  });
}

std::string encode(const DirectoryInstitution& d) {
  json products = json::array(), cases = json::array();
  for (const auto& p : d.products)
    products.push_back({{"name", p.name}, {"content", p.content}, {"application", p.application}});
  for (const auto& c : d.cases)
    cases.push_back({{"title", c.title}, {"enterprise", c.enterprise}, {"content", c.content}, {"effect", c.effect}});
  return detail::dump(json{{"institution", encodeEntry(d.entry)},
                           {"address", d.address},
                           {"contactName", d.contactName},
                           {"contactPhone", d.contactPhone},
                           {"email", d.email},
                           {"products", std::move(products)},
                           {"cases", std::move(cases)}});
}

Parsed<DirectoryInstitution> decodeDirectoryInstitution(std::string_view body) {
  return detail::decodeObject<DirectoryInstitution>(body, [](const json& j, JsonReader& r, DirectoryInstitution& o) {
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      auto fields = [&](const json& item, const std::string& ip,
                        std::initializer_list<std::pair<const char*, std::string*>> f) {
        r.object(item, ip, [&](const std::string& fk, const json& fv, const std::string& fp) {
          for (const auto& [name, out] : f)
            if (fk == name) return r.text(fv, fp, *out), true;
          return false;
        });
      };
      if (k == "institution")
        readEntry(r, v, p, o.entry);
      else if (k == "address")
        r.text(v, p, o.address);
      else if (k == "contactName")
        r.text(v, p, o.contactName);
      else if (k == "contactPhone")
        r.text(v, p, o.contactPhone);
      else if (k == "email")
        r.text(v, p, o.email);
      else if (k == "products")
        r.array(v, p, [&](const json& item, const std::string& ip) {
          auto& x = o.products.emplace_back();
          fields(item, ip, {{"name", &x.name}, {"content", &x.content}, {"application", &x.application}});
        });
      else if (k == "cases")
        r.array(v, p, [&](const json& item, const std::string& ip) {
          auto& x = o.cases.emplace_back();
          fields(item, ip,
                 {{"title", &x.title}, {"enterprise", &x.enterprise}, {"content", &x.content}, {"effect", &x.effect}});
        });
      else
        return false;
      return true;
    });
  });
}

std::string encode(const PublicNoticeList& list) {
  json batches = json::array();
  for (const auto& b : list.batches) {
    json items = json::array();
    for (const auto& i : b.items)
      items.push_back(
          {{"name", i.name}, {"uscc", i.uscc}, {"cityName", i.cityName}, {"directions", directionsJson(i.directions)}});
    batches.push_back({{"id", b.id},
                       {"startDate", formatDate(b.startDate)},
                       {"endDate", formatDate(b.endDate)},
                       {"state", {{"code", b.state}, {"label", b.stateLabel}}},
                       {"items", std::move(items)}});
  }
  return detail::dump(json{{"batches", std::move(batches)}, {"objectionHowTo", list.objectionHowTo}});
}

Parsed<PublicNoticeList> decodePublicNoticeList(std::string_view body) {
  return detail::decodeObject<PublicNoticeList>(body, [](const json& j, JsonReader& r, PublicNoticeList& o) {
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "objectionHowTo") {
        r.text(v, p, o.objectionHowTo);
      } else if (k == "batches") {
        r.array(v, p, [&](const json& bj, const std::string& bp) {
          auto& b = o.batches.emplace_back();
          r.object(bj, bp, [&](const std::string& bk, const json& bv, const std::string& bvp) {
            std::optional<Date> d;
            if (bk == "id") {
              r.integer(bv, bvp, b.id, 1, INT64_MAX);
            } else if (bk == "startDate" || bk == "endDate") {
              r.date(bv, bvp, d);
              (bk == "startDate" ? b.startDate : b.endDate) = d.value_or(Date{});
            } else if (bk == "state") {
              r.object(bv, bvp, [&](const std::string& sk, const json& sv, const std::string& sp) {
                if (sk == "code") return r.text(sv, sp, b.state), true;
                if (sk == "label") return r.text(sv, sp, b.stateLabel), true;
                return false;
              });
            } else if (bk == "items") {
              r.array(bv, bvp, [&](const json& ij, const std::string& ip) {
                auto& item = b.items.emplace_back();
                r.object(ij, ip, [&](const std::string& ik, const json& iv, const std::string& ivp) {
                  if (ik == "name") return r.text(iv, ivp, item.name), true;
                  if (ik == "uscc") return r.text(iv, ivp, item.uscc), true;
                  if (ik == "cityName") return r.text(iv, ivp, item.cityName), true;
                  if (ik == "directions") return readDirections(r, iv, ivp, item.directions), true;
                  return false;
                });
              });
            } else {
              return false;
            }
            return true;
          });
        });
      } else {
        return false;
      }
      return true;
    });
  });
}

}  // namespace sxpool::api
