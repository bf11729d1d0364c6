#include "sxpool/api/round.hpp"

#include "parts.hpp"

namespace sxpool::api {

using namespace detail;

namespace {

json toJson(const UnitView& u) {
  return {{"code", u.code}, {"name", u.name}, {"level", u.level}, {"parentCode", u.parentCode}};
}

}  // namespace

namespace detail {
void read(JsonReader& r, const json& j, const std::string& path, UnitView& out) {
  members(r, j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "code") r.text(v, p, out.code);
    if (k == "name") r.text(v, p, out.name);
    if (k == "level") r.text(v, p, out.level);
    if (k == "parentCode") r.text(v, p, out.parentCode);
  });
}
}  // namespace detail

std::string encode(const RoundInfo& round) {
  return dump(json{
      {"year", round.year},
      {"opensOn", round.opensOn.valid() ? formatDate(round.opensOn) : std::string()},
      {"deadline", formatDate(round.deadline)},
      {"open", round.open},
      {"holidaysCsv", round.holidaysCsv},
      {"enforceDeadline", round.enforceDeadline},
      {"today", formatDate(round.today)},
      {"publicityWorkingDays", round.publicityWorkingDays},
      {"limits",
       {{"attachmentFileBytes", round.limits.attachmentFileBytes},
        {"attachmentApplicationBytes", round.limits.attachmentApplicationBytes},
        {"jsonBodyBytes", round.limits.jsonBodyBytes}}},
      {"passwordPolicy",
       {{"minLength", round.passwordPolicy.minLength}, {"requiredClasses", round.passwordPolicy.requiredClasses}}}});
}

Parsed<RoundInfo> decodeRoundInfo(std::string_view text) {
  return decodeObject<RoundInfo>(text, [](const json& j, JsonReader& r, RoundInfo& out) {
    members(r, j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "year") readInt(r, v, p, out.year);
      if (k == "deadline") r.requiredDate(v, p, out.deadline);
      if (k == "opensOn" && v.is_string() && !v.get_ref<const std::string&>().empty())
        r.requiredDate(v, p, out.opensOn);
      if (k == "open") r.boolean(v, p, out.open);
      if (k == "holidaysCsv") r.text(v, p, out.holidaysCsv);
      if (k == "enforceDeadline") r.boolean(v, p, out.enforceDeadline);
      if (k == "today") r.requiredDate(v, p, out.today);
      if (k == "publicityWorkingDays") readInt(r, v, p, out.publicityWorkingDays);
      if (k == "limits")
        members(r, v, p, [&](const std::string& lk, const json& lv, const std::string& lp) {
          if (lk == "attachmentFileBytes") readUnsigned(r, lv, lp, out.limits.attachmentFileBytes);
          if (lk == "attachmentApplicationBytes") readUnsigned(r, lv, lp, out.limits.attachmentApplicationBytes);
          if (lk == "jsonBodyBytes") readUnsigned(r, lv, lp, out.limits.jsonBodyBytes);
        });
      if (k == "passwordPolicy")
        members(r, v, p, [&](const std::string& pk, const json& pv, const std::string& pp) {
          if (pk == "minLength") readInt(r, pv, pp, out.passwordPolicy.minLength);
          if (pk == "requiredClasses") readInt(r, pv, pp, out.passwordPolicy.requiredClasses);
        });
    });
    // Without them the round has no valid dates, and the reply would not encode to a body that decodes.
    if (!j.contains("deadline")) r.error("deadline", "缺少「deadline」：本轮申报截止日期，应为“YYYY-MM-DD”");
    if (!j.contains("today")) r.error("today", "缺少「today」：服务器的当前日期，应为“YYYY-MM-DD”");
  });
}

std::string encode(const UnitList& list) {
  json items = json::array();
  for (const auto& u : list.items) items.push_back(toJson(u));
  return dump(json{{"items", items}});
}
Parsed<UnitList> decodeUnitList(std::string_view text) { return decodeItems<UnitList>(text); }

}  // namespace sxpool::api
