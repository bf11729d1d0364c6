// The application document <-> JSON (docs/application-format.md). Keys equal the C++ member names.
#include "reader.hpp"
#include "sxpool/json.hpp"

namespace sxpool {
namespace {

using detail::json;
using detail::JsonReader;
constexpr std::int64_t kMaxCount = 1'000'000'000;
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2999;

template <class E>
json code(E e) {
  return json(std::string(codeOf(e)));
}

// ---- encode
json encode(const BasicInfo& b) {
  json dirs = json::array();
  for (auto d : b.directions) dirs.push_back(code(d));
  return json{
      {"name", b.name},
      {"nature", code(b.nature)},
      {"address", b.address},
      {"postalCode", b.postalCode},
      {"legalRepresentative", b.legalRepresentative},
      {"foundedOn", detail::toJson(b.foundedOn)},
      {"uscc", b.uscc},
      {"usccManualReview", b.usccManualReview},
      {"registeredCapital", detail::toJson(b.registeredCapital)},
      {"contactName", b.contactName},
      {"contactPhone", b.contactPhone},
      {"email", b.email},
      {"employeeCount", detail::toJsonOpt(b.employeeCount)},
      {"qualifiedStaffCount", detail::toJsonOpt(b.qualifiedStaffCount)},
      {"expertCount", detail::toJsonOpt(b.expertCount)},
      {"partnerCount", detail::toJsonOpt(b.partnerCount)},
      {"serviceAssets", detail::toJson(b.serviceAssets)},
      {"serviceArea", detail::toJson(b.serviceArea)},
      {"directions", dirs},
      {"otherDirection", b.otherDirection},
      {"activities", b.activities},
      {"fillDate", detail::toJson(b.fillDate)},
  };
}

json encode(const YearOperations& o) {
  return json{{"year", detail::toJsonOpt(o.year)},
              {"revenue", detail::toJson(o.revenue)},
              {"profit", detail::toJson(o.profit)},
              {"enterprisesServed", detail::toJsonOpt(o.enterprisesServed)},
              {"activityCount", detail::toJsonOpt(o.activityCount)}};
}

json encode(const Overview& o) {
  return json{{"basics", o.basics}, {"history", o.history}, {"products", o.products}, {"achievements", o.achievements}};
}
json encode(const ServiceProduct& p) {
  return json{{"name", p.name}, {"content", p.content}, {"application", p.application}};
}
json encode(const StaffMember& s) {
  return json{{"name", s.name},           {"position", s.position},         {"title", code(s.title)},
              {"titleName", s.titleName}, {"education", code(s.education)}, {"hasContract", s.hasContract}};
}
json encode(const ServedEnterprise& e) {
  return json{{"name", e.name},
              {"year", detail::toJsonOpt(e.year)},
              {"nature", code(e.nature)},
              {"satisfaction", code(e.satisfaction)}};
}
json encode(const TypicalCase& t) {
  return json{{"title", t.title}, {"enterprise", t.enterprise}, {"content", t.content}, {"effect", t.effect}};
}
json encode(const Expert& e) {
  return json{{"name", e.name},   {"title", code(e.title)}, {"titleName", e.titleName},
              {"field", e.field}, {"employer", e.employer}, {"hasAgreement", e.hasAgreement}};
}
json encode(const Partner& p) {
  return json{{"name", p.name},
              {"uscc", p.uscc},
              {"kind", p.kind},
              {"agreementSigned", p.agreementSigned},
              {"agreementDate", detail::toJson(p.agreementDate)}};
}
json encode(const Material& m) {
  return json{{"kind", static_cast<int>(m.kind)},
              {"fileName", m.fileName},
              {"sizeBytes", m.sizeBytes},
              {"contentType", m.contentType},
              {"sha256", m.sha256}};
}

template <class T>
json encodeRows(const std::vector<T>& rows) {
  json a = json::array();
  for (const auto& r : rows) a.push_back(encode(r));
  return a;
}

// ---- decode
void decode(JsonReader& r, const json& j, const std::string& p, BasicInfo& b) {
  r.object(j, p, [&](const std::string& k, const json& v, const std::string& path) {
    if (k == "name")
      r.text(v, path, b.name);
    else if (k == "nature")
      r.enumeration(v, path, b.nature);
    else if (k == "address")
      r.text(v, path, b.address);
    else if (k == "postalCode")
      r.text(v, path, b.postalCode);
    else if (k == "legalRepresentative")
      r.text(v, path, b.legalRepresentative);
    else if (k == "foundedOn")
      r.date(v, path, b.foundedOn);
    else if (k == "uscc")
      r.text(v, path, b.uscc);
    else if (k == "usccManualReview")
      r.boolean(v, path, b.usccManualReview);
    else if (k == "registeredCapital")
      r.decimal(v, path, b.registeredCapital);
    else if (k == "contactName")
      r.text(v, path, b.contactName);
    else if (k == "contactPhone")
      r.text(v, path, b.contactPhone);
    else if (k == "email")
      r.text(v, path, b.email);
    else if (k == "employeeCount")
      r.integer(v, path, b.employeeCount, -kMaxCount, kMaxCount);
    else if (k == "qualifiedStaffCount")
      r.integer(v, path, b.qualifiedStaffCount, -kMaxCount, kMaxCount);
    else if (k == "expertCount")
      r.integer(v, path, b.expertCount, -kMaxCount, kMaxCount);
    else if (k == "partnerCount")
      r.integer(v, path, b.partnerCount, -kMaxCount, kMaxCount);
    else if (k == "serviceAssets")
      r.decimal(v, path, b.serviceAssets);
    else if (k == "serviceArea")
      r.decimal(v, path, b.serviceArea);
    else if (k == "directions") {
      b.directions.clear();
      r.array(v, path, [&](const json& item, const std::string& ip) {
        ServiceDirection d{};
        const auto before = r.errorCount();
        r.enumeration(item, ip, d);
        if (r.errorCount() == before) b.directions.push_back(d);
      });
    } else if (k == "otherDirection")
      r.text(v, path, b.otherDirection);
    else if (k == "activities")
      r.text(v, path, b.activities);
    else if (k == "fillDate")
      r.date(v, path, b.fillDate);
    else
      return false;
    return true;
  });
}

void decode(JsonReader& r, const json& j, const std::string& p, YearOperations& o) {
  r.object(j, p, [&](const std::string& k, const json& v, const std::string& path) {
    if (k == "year")
      r.integer(v, path, o.year, kMinYear, kMaxYear);
    else if (k == "revenue")
      r.decimal(v, path, o.revenue);
    else if (k == "profit")
      r.decimal(v, path, o.profit);
    else if (k == "enterprisesServed")
      r.integer(v, path, o.enterprisesServed, -kMaxCount, kMaxCount);
    else if (k == "activityCount")
      r.integer(v, path, o.activityCount, -kMaxCount, kMaxCount);
    else
      return false;
    return true;
  });
}

void decode(JsonReader& r, const json& j, const std::string& p, Overview& o) {
  r.object(j, p, [&](const std::string& k, const json& v, const std::string& path) {
    if (k == "basics")
      r.text(v, path, o.basics);
    else if (k == "history")
      r.text(v, path, o.history);
    else if (k == "products")
      r.text(v, path, o.products);
    else if (k == "achievements")
      r.text(v, path, o.achievements);
    else
      return false;
    return true;
  });
}

void decode(JsonReader& r, const json& j, const std::string& p, ServiceProduct& o) {
  r.object(j, p, [&](const std::string& k, const json& v, const std::string& path) {
    if (k == "name")
      r.text(v, path, o.name);
    else if (k == "content")
      r.text(v, path, o.content);
    else if (k == "application")
      r.text(v, path, o.application);
    else
      return false;
    return true;
  });
}

void decode(JsonReader& r, const json& j, const std::string& p, StaffMember& o) {
  r.object(j, p, [&](const std::string& k, const json& v, const std::string& path) {
    if (k == "name")
      r.text(v, path, o.name);
    else if (k == "position")
      r.text(v, path, o.position);
    else if (k == "title")
      r.enumeration(v, path, o.title);
    else if (k == "titleName")
      r.text(v, path, o.titleName);
    else if (k == "education")
      r.enumeration(v, path, o.education);
    else if (k == "hasContract")
      r.boolean(v, path, o.hasContract);
    else
      return false;
    return true;
  });
}

void decode(JsonReader& r, const json& j, const std::string& p, ServedEnterprise& o) {
  r.object(j, p, [&](const std::string& k, const json& v, const std::string& path) {
    if (k == "name")
      r.text(v, path, o.name);
    else if (k == "year")
      r.integer(v, path, o.year, kMinYear, kMaxYear);
    else if (k == "nature")
      r.enumeration(v, path, o.nature);
    else if (k == "satisfaction")
      r.enumeration(v, path, o.satisfaction);
    else
      return false;
    return true;
  });
}

void decode(JsonReader& r, const json& j, const std::string& p, TypicalCase& o) {
  r.object(j, p, [&](const std::string& k, const json& v, const std::string& path) {
    if (k == "title")
      r.text(v, path, o.title);
    else if (k == "enterprise")
      r.text(v, path, o.enterprise);
    else if (k == "content")
      r.text(v, path, o.content);
    else if (k == "effect")
      r.text(v, path, o.effect);
    else
      return false;
    return true;
  });
}

void decode(JsonReader& r, const json& j, const std::string& p, Expert& o) {
  r.object(j, p, [&](const std::string& k, const json& v, const std::string& path) {
    if (k == "name")
      r.text(v, path, o.name);
    else if (k == "title")
      r.enumeration(v, path, o.title);
    else if (k == "titleName")
      r.text(v, path, o.titleName);
    else if (k == "field")
      r.text(v, path, o.field);
    else if (k == "employer")
      r.text(v, path, o.employer);
    else if (k == "hasAgreement")
      r.boolean(v, path, o.hasAgreement);
    else
      return false;
    return true;
  });
}

void decode(JsonReader& r, const json& j, const std::string& p, Partner& o) {
  r.object(j, p, [&](const std::string& k, const json& v, const std::string& path) {
    if (k == "name")
      r.text(v, path, o.name);
    else if (k == "uscc")
      r.text(v, path, o.uscc);
    else if (k == "kind")
      r.text(v, path, o.kind);
    else if (k == "agreementSigned")
      r.boolean(v, path, o.agreementSigned);
    else if (k == "agreementDate")
      r.date(v, path, o.agreementDate);
    else
      return false;
    return true;
  });
}

void decode(JsonReader& r, const json& j, const std::string& p, Material& o) {
  r.object(j, p, [&](const std::string& k, const json& v, const std::string& path) {
    if (k == "kind") {
      std::int64_t kind = 0;
      r.integer(v, path, kind, 1, 12);
      if (kind >= 1 && kind <= 12) o.kind = static_cast<MaterialKind>(kind);
    } else if (k == "fileName")
      r.text(v, path, o.fileName);
    else if (k == "sizeBytes")
      r.integer(v, path, o.sizeBytes, 0, std::int64_t{1} << 40);
    else if (k == "contentType")
      r.text(v, path, o.contentType);
    else if (k == "sha256")
      r.text(v, path, o.sha256);
    else
      return false;
    return true;
  });
}

template <class T>
void decodeRows(JsonReader& r, const json& j, const std::string& path, std::vector<T>& rows) {
  rows.clear();
  r.array(j, path, [&](const json& item, const std::string& ip) {
    rows.emplace_back();
    decode(r, item, ip, rows.back());
  });
}

void decodeDocument(JsonReader& r, const json& j, Application& a) {
  if (!j.is_object()) {
    r.error("", "申请书文档应为 JSON 对象（{…}），实际为" + JsonReader::typeName(j));
    return;
  }
  const auto format = j.find("format");
  if (format == j.end()) {
    r.error("format",
            "缺少“format”字段，申请书文档须以 \"format\": \"" + std::string(kApplicationFormat) + "\" 标明格式版本");
  } else if (!format->is_string() || format->get_ref<const std::string&>() != kApplicationFormat) {
    const std::string shown =
        format->is_string() ? format->get_ref<const std::string&>() : JsonReader::typeName(*format);
    r.error("format", "不支持的文档格式“" + shown + "”，本系统读取“" + std::string(kApplicationFormat) + "”");
    return;
  }
  r.object(j, "", [&](const std::string& k, const json& v, const std::string& path) {
    if (k == "format") return true;
    if (k == "basic")
      decode(r, v, path, a.basic);
    else if (k == "operations") {
      if (!v.is_array() || v.size() != 2) {
        r.error(path, "近两年经营情况应为恰好两项的数组（第一项为前年，第二项为上年度），实际为" +
                          (v.is_array() ? std::to_string(v.size()) + "项" : JsonReader::typeName(v)));
      } else {
        for (std::size_t i = 0; i < 2; ++i) decode(r, v[i], JsonReader::element(path, i), a.operations[i]);
      }
    } else if (k == "overview")
      decode(r, v, path, a.overview);
    else if (k == "products")
      decodeRows(r, v, path, a.products);
    else if (k == "staff")
      decodeRows(r, v, path, a.staff);
    else if (k == "enterpriseCount")
      r.integer(v, path, a.enterpriseCount, -kMaxCount, kMaxCount);
    else if (k == "enterprises")
      decodeRows(r, v, path, a.enterprises);
    else if (k == "cases")
      decodeRows(r, v, path, a.cases);
    else if (k == "experts")
      decodeRows(r, v, path, a.experts);
    else if (k == "partners")
      decodeRows(r, v, path, a.partners);
    else if (k == "materials")
      decodeRows(r, v, path, a.materials);
    else if (k == "commitments") {
      r.object(v, path, [&](const std::string& ck, const json& cv, const std::string& cp) {
        if (ck == "political")
          r.boolean(cv, cp, a.commitments.political);
        else if (ck == "credit")
          r.boolean(cv, cp, a.commitments.credit);
        else
          return false;
        return true;
      });
    } else if (k == "declaration") {
      r.object(v, path, [&](const std::string& dk, const json& dv, const std::string& dp) {
        if (dk == "confirmed")
          r.boolean(dv, dp, a.declaration.confirmed);
        else if (dk == "legalRepresentative")
          r.text(dv, dp, a.declaration.legalRepresentative);
        else if (dk == "date")
          r.date(dv, dp, a.declaration.date);
        else
          return false;
        return true;
      });
    } else if (k == "routing") {
      r.object(v, path, [&](const std::string& rk, const json& rv, const std::string& rp) {
        if (rk == "kind")
          r.enumeration(rv, rp, a.routing.kind);
        else if (rk == "unitCode")
          r.text(rv, rp, a.routing.unitCode);
        else if (rk == "unitName")
          r.text(rv, rp, a.routing.unitName);
        else
          return false;
        return true;
      });
    } else if (k == "recommendation") {
      r.object(v, path, [&](const std::string& rk, const json& rv, const std::string& rp) {
        if (rk == "opinion")
          r.text(rv, rp, a.recommendation.opinion);
        else if (rk == "unitName")
          r.text(rv, rp, a.recommendation.unitName);
        else if (rk == "date")
          r.date(rv, rp, a.recommendation.date);
        else
          return false;
        return true;
      });
    } else
      return false;
    return true;
  });
}

}  // namespace

json applicationToJson(const Application& a) {
  json ops = json::array();
  for (const auto& o : a.operations) ops.push_back(encode(o));
  return json{
      {"format", std::string(kApplicationFormat)},
      {"basic", encode(a.basic)},
      {"operations", ops},
      {"overview", encode(a.overview)},
      {"products", encodeRows(a.products)},
      {"staff", encodeRows(a.staff)},
      {"enterpriseCount", detail::toJsonOpt(a.enterpriseCount)},
      {"enterprises", encodeRows(a.enterprises)},
      {"cases", encodeRows(a.cases)},
      {"experts", encodeRows(a.experts)},
      {"partners", encodeRows(a.partners)},
      {"materials", encodeRows(a.materials)},
      {"commitments", json{{"political", a.commitments.political}, {"credit", a.commitments.credit}}},
      {"declaration", json{{"confirmed", a.declaration.confirmed},
                           {"legalRepresentative", a.declaration.legalRepresentative},
                           {"date", detail::toJson(a.declaration.date)}}},
      {"routing",
       json{{"kind", code(a.routing.kind)}, {"unitCode", a.routing.unitCode}, {"unitName", a.routing.unitName}}},
      {"recommendation", json{{"opinion", a.recommendation.opinion},
                              {"unitName", a.recommendation.unitName},
                              {"date", detail::toJson(a.recommendation.date)}}},
  };
}

std::string encodeApplication(const Application& app, int indent) {
  // Invalid UTF-8 typed into a field is replaced rather than allowed to throw.
  return applicationToJson(app).dump(indent, ' ', false, json::error_handler_t::replace);
}

std::optional<std::string> encodeWithMaterials(std::string_view encoded, const std::vector<Material>& materials) {
  // Members are written in key order, so "materials" directly follows the fixed "format" member. A quote inside a
  // string value is always written escaped, so this text can only be those two members of the document itself.
  const std::string members = "\"format\":\"" + std::string(kApplicationFormat) + "\",\"materials\":";
  const std::string marker = members + "[]";
  const auto at = encoded.find(marker);
  if (at == std::string_view::npos || encoded.find(marker, at + 1) != std::string_view::npos) return std::nullopt;
  const std::string rows = encodeRows(materials).dump(-1, ' ', false, json::error_handler_t::replace);
  std::string out;
  out.reserve(encoded.size() + rows.size());
  out.append(encoded.substr(0, at + members.size()));
  out.append(rows);
  out.append(encoded.substr(at + marker.size()));
  return out;
}

DecodeResult decodeApplicationJson(const json& document) {
  DecodeResult result;
  JsonReader reader(result.errors);
  try {
    decodeDocument(reader, document, result.value);
  } catch (...) {  // defensive: nothing above should throw
    result.errors.push_back(JsonError{"", "读取申请书时发生内部错误，请检查文档内容"});
  }
  return result;
}

std::optional<json> parseJson(std::string_view text, std::vector<JsonError>& errors) {
  return detail::parseJsonText(text, errors);
}

DecodeResult decodeApplication(std::string_view text) {
  DecodeResult result;
  auto parsed = detail::parseJsonText(text, result.errors);
  if (!parsed) return result;
  return decodeApplicationJson(*parsed);
}

json findingToJson(const Finding& f) {
  return json{
      {"path", f.path}, {"rule", f.ruleId}, {"severity", std::string(codeOf(f.severity))}, {"message", f.message}};
}

json jsonErrorToJson(const JsonError& e) { return json{{"path", e.path}, {"message", e.message}}; }

}  // namespace sxpool
