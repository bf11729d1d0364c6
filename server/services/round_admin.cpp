#include "services/round_admin.hpp"

#include "services/service_error.hpp"

namespace sxpool::services {
namespace {

std::string statusLabel(const std::string& status) {
  if (status == "open") return "受理中";
  if (status == "closed") return "已关闭";
  return "未开放";
}

std::string window(const RoundSettings& r) { return formatDate(r.opensOn) + " 至 " + formatDate(r.deadline); }

std::vector<api::ErrorField> problemFields(const std::vector<std::string>& problems, const std::string& path) {
  std::vector<api::ErrorField> out;
  for (const auto& p : problems) out.push_back(fieldError(path, p));
  return out;
}

}  // namespace

void RoundAdmin::requireAdmin(const CurrentUser& by, const char* what) {
  if (by.role != Role::Admin) throw forbidden(std::string("只有系统管理员可以") + what);
}

void RoundAdmin::requireReader(const CurrentUser& by) {
  if (by.role != Role::Admin && by.role != Role::ProvinceReviewer)
    throw forbidden("只有系统管理员和省工信厅可以查看申报轮次和节假日安排");
}

RoundEntry RoundAdmin::existing(int year) {
  for (const auto& r : ctx_.rounds.all())
    if (r.settings.year == year) return r;
  throw notFound(std::to_string(year) + "年度的申报轮次不存在，请先新建");
}

api::RoundView RoundAdmin::view(const RoundEntry& e) {
  return {e.settings, e.status, ctx_.rounds.calendar()->years().count(e.settings.year) > 0, e.updatedAt};
}

void RoundAdmin::record(const CurrentUser& by, const std::string& event, const std::string& comment) {
  store::AuditRow row;
  row.at = ctx_.clock.now();
  row.userId = by.user.id;
  row.account = by.user.account;
  row.unitCode = by.user.unitCode;
  row.event = event;
  row.comment = comment;
  ctx_.store.appendAudit(row);
}

void RoundAdmin::write(int year, const RoundSettings& settings, const std::string& status) {
  ctx_.store.upsertRound({year, api::encode(settings), status, ctx_.clock.now()});
}

api::RoundList RoundAdmin::list(const CurrentUser& by) {
  requireReader(by);
  api::RoundList list;
  for (const auto& r : ctx_.rounds.all()) list.items.push_back(view(r));
  for (const int y : ctx_.rounds.calendar()->years()) list.calendarYears.push_back(y);
  list.currentYear = ctx_.rounds.current().year;
  return list;
}

api::RoundView RoundAdmin::create(const RoundSettings& settings, const CurrentUser& by) {
  requireAdmin(by, "新建申报轮次");
  if (const auto problems = roundSettingsProblems(settings); !problems.empty())
    throw badRequest("申报轮次设置有 " + std::to_string(problems.size()) + " 处问题：" + problems[0],
                     problemFields(problems, "settings"));
  if (ctx_.rounds.forYear(settings.year))
    throw ServiceError(409, "round_exists",
                       std::to_string(settings.year) + "年度的申报轮次已存在，请在列表中选择它进行修改");
  ctx_.store.transaction([&] {
    write(settings.year, settings, "draft");
    record(by, "round_created", std::to_string(settings.year) + "年度申报轮次，受理 " + window(settings));
  });
  ctx_.rounds.reload();
  return view(existing(settings.year));
}

api::RoundView RoundAdmin::update(int year, const RoundSettings& settings, const CurrentUser& by) {
  requireAdmin(by, "修改申报轮次");
  const auto before = existing(year);
  if (settings.year != year)
    throw badRequest("不能修改轮次的年度（" + std::to_string(year) + "）；如需其他年度请新建轮次",
                     {fieldError("year", "应为" + std::to_string(year))});
  if (const auto problems = roundSettingsProblems(settings); !problems.empty())
    throw badRequest("申报轮次设置有 " + std::to_string(problems.size()) + " 处问题：" + problems[0],
                     problemFields(problems, "settings"));
  if (before.status == "closed")
    throw ServiceError(409, "round_closed",
                       std::to_string(year) + "年度申报轮次已关闭，只能查看；如需修改请先重新开放");
  ctx_.store.transaction([&] {
    write(year, settings, before.status);
    record(by, "round_updated", std::to_string(year) + "年度申报轮次，受理 " + window(settings));
  });
  ctx_.rounds.reload();
  return view(existing(year));
}

api::RoundView RoundAdmin::open(int year, const CurrentUser& by) {
  requireAdmin(by, "开放申报轮次");
  const auto round = existing(year);
  if (round.status == "open") return view(round);
  if (!ctx_.rounds.calendar()->years().count(year))
    throw ServiceError(409, "calendar_missing",
                       "尚未载入" + std::to_string(year) + "年的节假日安排，不能开放" + std::to_string(year) +
                           "年度申报轮次（公示期按工作日计算）：请先在“节假日安排”中载入" + std::to_string(year) +
                           "年的 CSV");
  const auto previous = ctx_.rounds.openYear();
  ctx_.store.transaction([&] {
    // One round open at a time: the one open before closes in the same transaction.
    if (previous) {
      write(*previous, *ctx_.rounds.forYear(*previous), "closed");
      record(by, "round_closed", std::to_string(*previous) + "年度申报轮次（因开放" + std::to_string(year) + "年度）");
    }
    write(year, round.settings, "open");
    record(by, "round_opened", std::to_string(year) + "年度申报轮次，受理 " + window(round.settings));
  });
  ctx_.rounds.reload();
  return view(existing(year));
}

api::RoundView RoundAdmin::close(int year, const CurrentUser& by) {
  requireAdmin(by, "关闭申报轮次");
  const auto round = existing(year);
  if (round.status != "open")
    throw ServiceError(409, "round_not_open",
                       std::to_string(year) + "年度申报轮次当前为“" + statusLabel(round.status) + "”，无需关闭");
  ctx_.store.transaction([&] {
    write(year, round.settings, "closed");
    record(by, "round_closed", std::to_string(year) + "年度申报轮次");
  });
  ctx_.rounds.reload();
  return view(existing(year));
}

api::CalendarView RoundAdmin::calendar(int year, const CurrentUser& by) {
  requireReader(by);
  for (const auto& c : ctx_.rounds.calendars()) {
    if (c.year != year) continue;
    api::CalendarView v{c.year, c.csv, 0, 0, c.loadedAt};
    const auto cal = WorkingCalendar::fromCsv(c.csv);
    for (Date d{year, 1, 1}; d.year == year; d = d.addDays(1)) {
      const bool weekend = d.isWeekend();
      const bool working = cal.isWorkingDay(d).value_or(!weekend);
      if (!weekend && !working) ++v.holidays;
      if (weekend && working) ++v.workdays;
    }
    return v;
  }
  throw notFound("尚未载入" + std::to_string(year) + "年的节假日安排，请以 CSV（date,kind,name）载入");
}

api::CalendarView RoundAdmin::loadCalendar(int year, const api::CalendarUpload& upload, const CurrentUser& by) {
  requireAdmin(by, "载入节假日安排");
  if (year < 2000 || year > 2100) throw badRequest("年份应在2000–2100之间", {fieldError("year", "如2027")});
  if (const auto problems = WorkingCalendar::yearCsvProblems(year, upload.csv); !problems.empty())
    throw badRequest(
        std::to_string(year) + "年节假日安排有 " + std::to_string(problems.size()) + " 处问题，未载入：" + problems[0],
        problemFields(problems, "csv"));
  ctx_.store.transaction([&] {
    ctx_.store.upsertHolidayCalendar({year, upload.csv, ctx_.clock.now()});
    record(by, "calendar_loaded", std::to_string(year) + "年节假日安排");
  });
  ctx_.rounds.reload();
  return calendar(year, by);
}

std::optional<std::string> submissionRoundRefusal(const AppContext& ctx, int year, Date today) {
  const std::string y = std::to_string(year);
  for (const auto& r : ctx.rounds.all()) {
    if (r.settings.year != year) continue;
    const std::string dates = "（受理时间 " + window(r.settings) + "）";
    if (r.status == "open" && today < r.settings.opensOn)
      return y + "年度申报尚未开始" + dates + "，请于" + formatDate(r.settings.opensOn) + "起提交";
    if (r.status == "open") return std::nullopt;
    const auto open = ctx.rounds.openYear();
    return y + "年度申报轮次" + (r.status == "closed" ? "已关闭" : "尚未开放") + dates + "，不能提交" +
           (open ? "；当前受理的是" + std::to_string(*open) + "年度申报，请在该轮次中重新填写申请"
                 : "；请关注下一年度的征集通知");
  }
  return y + "年度没有申报轮次，不能提交；请关注征集通知";
}

}  // namespace sxpool::services
