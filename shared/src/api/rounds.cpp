#include "sxpool/api/rounds.hpp"

#include "parts.hpp"

namespace sxpool::api {

using namespace detail;

namespace {

// The integer thresholds of a round by their JSON name (the member names of RoundSettings).
struct IntField {
  const char* name;
  int RoundSettings::*member;
};
constexpr IntField kIntFields[] = {
    {"minYearsSinceFounding", &RoundSettings::minYearsSinceFounding},
    {"maxDirections", &RoundSettings::maxDirections},
    {"minSeniorExperts", &RoundSettings::minSeniorExperts},
    {"minExperts", &RoundSettings::minExperts},
    {"minPartners", &RoundSettings::minPartners},
    {"minServedEnterprises", &RoundSettings::minServedEnterprises},
    {"minTypicalCases", &RoundSettings::minTypicalCases},
    {"maxTypicalCases", &RoundSettings::maxTypicalCases},
    {"activitiesTargetChars", &RoundSettings::activitiesTargetChars},
    {"activitiesMaxChars", &RoundSettings::activitiesMaxChars},
    {"activitiesMinChars", &RoundSettings::activitiesMinChars},
    {"maxShortTextChars", &RoundSettings::maxShortTextChars},
    {"maxLongTextChars", &RoundSettings::maxLongTextChars},
    {"publicityWorkingDays", &RoundSettings::publicityWorkingDays},
    {"missesForNotice", &RoundSettings::missesForNotice},
    {"missesForRemoval", &RoundSettings::missesForRemoval},
    {"changeReportMonths", &RoundSettings::changeReportMonths},
    {"reentryBanYears", &RoundSettings::reentryBanYears},
};

json toJson(const RoundSettings& r) {
  json j{{"year", r.year},
         {"opensOn", formatDate(r.opensOn)},
         {"deadline", formatDate(r.deadline)},
         {"enforceDeadline", r.enforceDeadline},
         {"seniorCountTowardsTotal", r.seniorCountTowardsTotal},
         {"maxMaterialBytes", r.maxMaterialBytes}};
  for (const auto& f : kIntFields) j[f.name] = r.*f.member;
  json classes = json::object();
  for (const auto& [direction, cls] : r.directionClass)
    classes[std::string(codeOf(direction))] = std::string(codeOf(cls));
  j["directionClass"] = classes;
  return j;
}

void read(JsonReader& r, const json& j, const std::string& path, RoundSettings& out) {
  members(r, j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "year") readInt(r, v, p, out.year);
    if (k == "opensOn") r.requiredDate(v, p, out.opensOn);
    if (k == "deadline") r.requiredDate(v, p, out.deadline);
    if (k == "enforceDeadline") r.boolean(v, p, out.enforceDeadline);
    if (k == "seniorCountTowardsTotal") r.boolean(v, p, out.seniorCountTowardsTotal);
    if (k == "maxMaterialBytes") readInt(r, v, p, out.maxMaterialBytes);
    for (const auto& f : kIntFields)
      if (k == f.name) readInt(r, v, p, out.*f.member);
    if (k == "directionClass")
      members(r, v, p, [&](const std::string& dk, const json& dv, const std::string& dp) {
        const auto direction = fromCode<ServiceDirection>(dk);
        if (!direction) {
          r.error(dp, "服务方向代码“" + dk + "”无效");
          return;
        }
        ServiceClass cls = ServiceClass::Other;
        r.enumeration(dv, dp, cls);
        out.directionClass[*direction] = cls;
      });
  });
}

json toJson(const RoundView& v) {
  return {{"settings", toJson(v.settings)},
          {"status", v.status},
          {"calendarLoaded", v.calendarLoaded},
          {"updatedAt", v.updatedAt}};
}

void read(JsonReader& r, const json& j, const std::string& path, RoundView& out) {
  members(r, j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "settings") read(r, v, p, out.settings);
    if (k == "status") r.text(v, p, out.status);
    if (k == "calendarLoaded") r.boolean(v, p, out.calendarLoaded);
    if (k == "updatedAt") readInt(r, v, p, out.updatedAt);
  });
}

}  // namespace

std::string encode(const RoundSettings& round) { return dump(toJson(round)); }
Parsed<RoundSettings> decodeRoundSettings(std::string_view text) {
  return decodeObject<RoundSettings>(text,
                                     [](const json& j, JsonReader& r, RoundSettings& out) { read(r, j, "", out); });
}

std::string encode(const RoundView& round) { return dump(toJson(round)); }
Parsed<RoundView> decodeRoundView(std::string_view text) {
  return decodeObject<RoundView>(text, [](const json& j, JsonReader& r, RoundView& out) { read(r, j, "", out); });
}

std::string encode(const RoundList& list) {
  json items = json::array();
  for (const auto& v : list.items) items.push_back(toJson(v));
  return dump(json{{"items", items}, {"calendarYears", list.calendarYears}, {"currentYear", list.currentYear}});
}
Parsed<RoundList> decodeRoundList(std::string_view text) {
  return decodeObject<RoundList>(text, [](const json& j, JsonReader& r, RoundList& out) {
    members(r, j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "items")
        r.array(v, p, [&](const json& item, const std::string& ip) {
          RoundView x;
          read(r, item, ip, x);
          out.items.push_back(std::move(x));
        });
      if (k == "calendarYears")
        r.array(v, p, [&](const json& item, const std::string& ip) {
          int y = 0;
          readInt(r, item, ip, y);
          out.calendarYears.push_back(y);
        });
      if (k == "currentYear") readInt(r, v, p, out.currentYear);
    });
  });
}

std::string encode(const CalendarUpload& upload) { return dump(json{{"csv", upload.csv}}); }
Parsed<CalendarUpload> decodeCalendarUpload(std::string_view text) {
  return decodeObject<CalendarUpload>(text, [](const json& j, JsonReader& r, CalendarUpload& out) {
    bool seen = false;
    members(r, j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "csv") {
        r.text(v, p, out.csv);
        seen = true;
      }
    });
    if (!seen) r.error("csv", "请提供节假日安排 CSV 文本（csv）");
  });
}

std::string encode(const CalendarView& c) {
  return dump(json{
      {"year", c.year}, {"csv", c.csv}, {"holidays", c.holidays}, {"workdays", c.workdays}, {"loadedAt", c.loadedAt}});
}
Parsed<CalendarView> decodeCalendarView(std::string_view text) {
  return decodeObject<CalendarView>(text, [](const json& j, JsonReader& r, CalendarView& out) {
    members(r, j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "year") readInt(r, v, p, out.year);
      if (k == "csv") r.text(v, p, out.csv);
      if (k == "holidays") readInt(r, v, p, out.holidays);
      if (k == "workdays") readInt(r, v, p, out.workdays);
      if (k == "loadedAt") readInt(r, v, p, out.loadedAt);
    });
  });
}

}  // namespace sxpool::api
