// The admitted pool's bodies: classification, evaluation, the 2025 import, products and cases.
#include "sxpool/api/pool.hpp"

#include "review_support.hpp"

namespace sxpool::api {
namespace {

using detail::json;
using detail::JsonReader;

json choiceJson(const ClassificationChoice& c) {
  return {{"character", detail::codeAndLabel(c.character)}, {"serviceClass", detail::codeAndLabel(c.serviceClass)}};
}

// {"character": "socialized" | {"code": …}, "serviceClass": …}: a request sends codes (or labels), a reply
// {code, label} objects; both are read.
template <class E>
void readCodeOrObject(JsonReader& r, const json& v, const std::string& p, E& out) {
  if (v.is_object())
    detail::readCodeAndLabel(r, v, p, out);
  else
    r.enumeration(v, p, out);
}

void readChoice(JsonReader& r, const json& j, const std::string& path, ClassificationChoice& o) {
  bool character = false, serviceClass = false;
  r.object(j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "character") {
      readCodeOrObject(r, v, p, o.character);
      character = true;
    } else if (k == "serviceClass") {
      readCodeOrObject(r, v, p, o.serviceClass);
      serviceClass = true;
    } else {
      return false;
    }
    return true;
  });
  if (j.is_object() && !character)
    r.error(JsonReader::member(path, "character"), "请选择「服务性质」：" + codesOf<ServiceCharacter>());
  if (j.is_object() && !serviceClass)
    r.error(JsonReader::member(path, "serviceClass"), "请选择「服务类别」：" + codesOf<ServiceClass>());
}

using detail::dateOrNull;

json viewJson(const ClassificationView& v) {
  return {{"id", v.id},
          {"name", v.name},
          {"uscc", v.uscc},
          {"cityCode", v.cityCode},
          {"countyCode", v.countyCode},
          {"classification", v.classification ? choiceJson(*v.classification) : json(nullptr)},
          {"admittedOn", dateOrNull(v.admittedOn)},
          {"source", v.source},
          {"suggested", choiceJson(v.suggested)}};
}

void readView(JsonReader& r, const json& j, const std::string& path, ClassificationView& o) {
  r.object(j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "id")
      r.integer(v, p, o.id, 1, INT64_MAX);
    else if (k == "name")
      r.text(v, p, o.name);
    else if (k == "uscc")
      r.text(v, p, o.uscc);
    else if (k == "cityCode")
      r.text(v, p, o.cityCode);
    else if (k == "countyCode")
      r.text(v, p, o.countyCode);
    else if (k == "classification") {
      if (!v.is_null()) readChoice(r, v, p, o.classification.emplace());
    } else if (k == "admittedOn")
      r.date(v, p, o.admittedOn);
    else if (k == "source")
      r.text(v, p, o.source);
    else if (k == "suggested")
      readChoice(r, v, p, o.suggested);
    else
      return false;
    return true;
  });
}

json evaluationJson(const EvaluationBody& e) {
  json j{{"year", e.year},
         {"result", std::string(codeOf(e.result))},
         {"siteCheck", e.siteCheck},
         {"decision", std::string(codeOf(e.decision))},
         {"meetingRef", e.meetingRef},
         {"comment", e.comment}};
  j["removalReason"] = e.removalReason ? json(std::string(codeOf(*e.removalReason))) : json(nullptr);
  return j;
}

bool readEvaluationMember(JsonReader& r, const std::string& k, const json& v, const std::string& p, EvaluationBody& o) {
  if (k == "year")
    detail::readInt(r, v, p, o.year, 2000, 2100);
  else if (k == "result")
    r.enumeration(v, p, o.result);
  else if (k == "siteCheck")
    r.text(v, p, o.siteCheck);
  else if (k == "decision")
    r.enumeration(v, p, o.decision);
  else if (k == "meetingRef")
    r.text(v, p, o.meetingRef);
  else if (k == "comment")
    r.text(v, p, o.comment);
  else if (k == "removalReason")
    r.optionalEnumeration(v, p, o.removalReason);
  else
    return false;
  return true;
}

json productJson(const ServiceProduct& p) {
  return {{"name", p.name}, {"content", p.content}, {"application", p.application}};
}
json caseJson(const TypicalCase& c) {
  return {{"title", c.title}, {"enterprise", c.enterprise}, {"content", c.content}, {"effect", c.effect}};
}

void readProduct(JsonReader& r, const json& j, const std::string& path, ServiceProduct& o) {
  r.object(j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "name")
      r.text(v, p, o.name);
    else if (k == "content")
      r.text(v, p, o.content);
    else if (k == "application")
      r.text(v, p, o.application);
    else
      return false;
    return true;
  });
}

void readCase(JsonReader& r, const json& j, const std::string& path, TypicalCase& o) {
  r.object(j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "title")
      r.text(v, p, o.title);
    else if (k == "enterprise")
      r.text(v, p, o.enterprise);
    else if (k == "content")
      r.text(v, p, o.content);
    else if (k == "effect")
      r.text(v, p, o.effect);
    else
      return false;
    return true;
  });
}

}  // namespace

std::string encode(const ClassificationView& view) { return detail::dump(viewJson(view)); }

Parsed<ClassificationView> decodeClassificationView(std::string_view body) {
  return detail::decodeObject<ClassificationView>(
      body, [](const json& j, JsonReader& r, ClassificationView& o) { readView(r, j, "", o); });
}

std::string encode(const PoolList& list) {
  json items = json::array();
  for (const auto& v : list.items) items.push_back(viewJson(v));
  return detail::dump(json{{"items", std::move(items)}});
}

Parsed<PoolList> decodePoolList(std::string_view body) {
  return detail::decodeObject<PoolList>(body, [](const json& j, JsonReader& r, PoolList& o) {
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k != "items") return false;
      r.array(v, p, [&](const json& item, const std::string& ip) { readView(r, item, ip, o.items.emplace_back()); });
      return true;
    });
  });
}

std::string encode(const ClassificationUpdate& body) {
  json j = choiceJson(body.classification);
  j["character"] = std::string(codeOf(body.classification.character));
  j["serviceClass"] = std::string(codeOf(body.classification.serviceClass));
  j["reason"] = body.reason;
  return detail::dump(j);
}

Parsed<ClassificationUpdate> decodeClassificationUpdate(std::string_view body) {
  return detail::decodeObject<ClassificationUpdate>(body, [](const json& j, JsonReader& r, ClassificationUpdate& o) {
    json choice = json::object();
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "reason")
        r.text(v, p, o.reason);
      else if (k == "character" || k == "serviceClass")
        choice[k] = v;
      else
        return false;
      return true;
    });
    readChoice(r, choice, "", o.classification);
  });
}

std::string encode(const EvaluationBody& body) { return detail::dump(evaluationJson(body)); }

Parsed<EvaluationBody> decodeEvaluationBody(std::string_view body) {
  return detail::decodeObject<EvaluationBody>(body, [](const json& j, JsonReader& r, EvaluationBody& o) {
    bool year = false, meeting = false;
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      year |= k == "year";
      meeting |= k == "meetingRef";
      return readEvaluationMember(r, k, v, p, o);
    });
    if (!year) r.error("year", "请填写「评价年度」，如 2026");
    if (!meeting) r.error("meetingRef", "请填写「会议及文号」：评价结果须经研究决定");
  });
}

std::string encode(const EvaluationList& list) {
  json items = json::array();
  for (const auto& e : list.items) {
    json j = evaluationJson(e.body);
    j["recordedBy"] = e.recordedBy;
    j["recordedAt"] = e.recordedAt;
    items.push_back(std::move(j));
  }
  return detail::dump(json{{"id", list.id}, {"state", list.state}, {"items", std::move(items)}});
}

Parsed<EvaluationList> decodeEvaluationList(std::string_view body) {
  return detail::decodeObject<EvaluationList>(body, [](const json& j, JsonReader& r, EvaluationList& o) {
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "id")
        r.integer(v, p, o.id, 1, INT64_MAX);
      else if (k == "state")
        r.text(v, p, o.state);
      else if (k == "items")
        r.array(v, p, [&](const json& item, const std::string& ip) {
          auto& e = o.items.emplace_back();
          r.object(item, ip, [&](const std::string& ek, const json& ev, const std::string& ep) {
            if (ek == "recordedBy")
              r.text(ev, ep, e.recordedBy);
            else if (ek == "recordedAt")
              r.integer(ev, ep, e.recordedAt, 0, INT64_MAX);
            else
              return readEvaluationMember(r, ek, ev, ep, e.body);
            return true;
          });
        });
      else
        return false;
      return true;
    });
  });
}

std::string encode(const ImportRequest& body) { return detail::dump(json{{"csv", body.csv}}); }

Parsed<ImportRequest> decodeImportRequest(std::string_view body) {
  return detail::decodeObject<ImportRequest>(body, [](const json& j, JsonReader& r, ImportRequest& o) {
    bool csv = false;
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k != "csv") return false;
      r.text(v, p, o.csv);
      csv = true;
      return true;
    });
    if (!csv) r.error("csv", "请提供「csv」：2025年入库机构名单的 CSV 文本");
  });
}

std::string encode(const ImportResult& result) {
  json errors = json::array();
  for (const auto& e : result.errors) errors.push_back({{"line", e.line}, {"message", e.message}});
  return detail::dump(json{
      {"created", result.created}, {"ids", result.ids}, {"errors", std::move(errors)}, {"message", result.message}});
}

Parsed<ImportResult> decodeImportResult(std::string_view body) {
  return detail::decodeObject<ImportResult>(body, [](const json& j, JsonReader& r, ImportResult& o) {
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "created")
        detail::readInt(r, v, p, o.created, 0, INT32_MAX);
      else if (k == "message")
        r.text(v, p, o.message);
      else if (k == "ids")
        r.array(v, p, [&](const json& item, const std::string& ip) {
          r.integer(item, ip, o.ids.emplace_back(), 1, INT64_MAX);
        });
      else if (k == "errors")
        r.array(v, p, [&](const json& item, const std::string& ip) {
          auto& e = o.errors.emplace_back();
          r.object(item, ip, [&](const std::string& ek, const json& ev, const std::string& ep) {
            if (ek == "line")
              detail::readInt(r, ev, ep, e.line, 0, INT32_MAX);
            else if (ek == "message")
              r.text(ev, ep, e.message);
            else
              return false;
            return true;
          });
        });
      else
        return false;
      return true;
    });
  });
}

std::string encode(const PoolProfile& profile) {
  json products = json::array(), cases = json::array();
  for (const auto& p : profile.products) products.push_back(productJson(p));
  for (const auto& c : profile.cases) cases.push_back(caseJson(c));
  return detail::dump(json{{"id", profile.id},
                           {"revision", profile.revision},
                           {"products", std::move(products)},
                           {"cases", std::move(cases)}});
}

Parsed<PoolProfile> decodePoolProfile(std::string_view body) {
  return detail::decodeObject<PoolProfile>(body, [](const json& j, JsonReader& r, PoolProfile& o) {
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "id")
        r.integer(v, p, o.id, 0, INT64_MAX);
      else if (k == "revision")
        r.integer(v, p, o.revision, 0, INT64_MAX);
      else if (k == "products")
        r.array(v, p,
                [&](const json& item, const std::string& ip) { readProduct(r, item, ip, o.products.emplace_back()); });
      else if (k == "cases")
        r.array(v, p, [&](const json& item, const std::string& ip) { readCase(r, item, ip, o.cases.emplace_back()); });
      else
        return false;
      return true;
    });
  });
}

std::string encodeProducts(const std::vector<ServiceProduct>& products) {
  json out = json::array();
  for (const auto& p : products) out.push_back(productJson(p));
  return detail::dump(out);
}

std::string encodeCases(const std::vector<TypicalCase>& cases) {
  json out = json::array();
  for (const auto& c : cases) out.push_back(caseJson(c));
  return detail::dump(out);
}

Parsed<std::vector<ServiceProduct>> decodeProducts(std::string_view text) {
  auto parsed = decodePoolProfile("{\"products\":" + std::string(text) + "}");
  if (!parsed) return Parsed<std::vector<ServiceProduct>>::failure(parsed.message, parsed.fields);
  return Parsed<std::vector<ServiceProduct>>::success(std::move(parsed->products));
}

Parsed<std::vector<TypicalCase>> decodeCases(std::string_view text) {
  auto parsed = decodePoolProfile("{\"cases\":" + std::string(text) + "}");
  if (!parsed) return Parsed<std::vector<TypicalCase>>::failure(parsed.message, parsed.fields);
  return Parsed<std::vector<TypicalCase>>::success(std::move(parsed->cases));
}

}  // namespace sxpool::api
