#include "app/rounds_state.hpp"

#include "app/app.hpp"

namespace sxpool::web {
namespace {

void outcome(RoundsState& r, const std::string& text, bool error) {
  r.message = text;
  r.messageIsError = error;
}

const api::RoundView* findRound(const RoundsState& r, int year) {
  for (const auto& v : r.list.items)
    if (v.settings.year == year) return &v;
  return nullptr;
}

std::optional<int> parsedYear(const std::string& text) {
  if (text.size() != 4) return std::nullopt;
  for (char c : text)
    if (c < '0' || c > '9') return std::nullopt;
  return std::stoi(text);
}

void fillForm(RoundsState& r, const RoundSettings& s) {
  r.form = s;
  r.year = std::to_string(s.year);
  r.opensOn = formatDate(s.opensOn);
  r.deadline = formatDate(s.deadline);
  r.formMessage.clear();
  r.formFields.clear();
}

}  // namespace

bool mayReadRounds(const App& app) { return mayReadAudit(app); }

void openRounds(App& app) {
  if (app.screen != Screen::Accounts && app.screen != Screen::Audit && app.screen != Screen::ChangePassword &&
      app.screen != Screen::Help && app.screen != Screen::Rounds)
    app.accounts.returnScreen = static_cast<int>(app.screen);
  app.screen = Screen::Rounds;
  app.rounds.message.clear();
  reloadRounds(app);
}

void reloadRounds(App& app) {
  app.rounds.loading = true;
  app.api.rounds([&app](const ApiResult& res, const api::RoundList& list) {
    auto& r = app.rounds;
    r.loading = false;
    if (res.ok()) {
      r.list = list;
      if (r.calendarYear.empty() && !list.items.empty()) {
        // The year the admin most likely loads next: the newest round's, if its calendar is missing, else the next.
        const auto& newest = list.items.front();
        r.calendarYear = std::to_string(newest.settings.year + (newest.calendarLoaded ? 1 : 0));
      }
    } else {
      outcome(r, res.message, true);
    }
    app.ctx.frames.wake();
  });
}

void openNewRound(App& app) {
  auto& r = app.rounds;
  RoundSettings next = r.list.items.empty() ? round2026() : r.list.items.front().settings;
  const int shift = r.list.items.empty() ? 0 : 1;
  next.year += shift;
  next.opensOn = {next.year, next.opensOn.month, next.opensOn.day};
  next.deadline = {next.year, next.deadline.month, next.deadline.day};
  fillForm(r, next);
  r.creating = true;
  r.editOpen = true;
}

void openEditRound(App& app, int year) {
  auto& r = app.rounds;
  const auto* v = findRound(r, year);
  if (!v) return;
  fillForm(r, v->settings);
  r.creating = false;
  r.editOpen = true;
}

void submitRound(App& app) {
  auto& r = app.rounds;
  r.formFields.clear();
  const auto year = parsedYear(r.year);
  const auto opens = parseDate(r.opensOn);
  const auto deadline = parseDate(r.deadline);
  if (!year) r.formFields.push_back({"year", "请填写四位年份，如2027", {}, std::nullopt});
  if (!opens) r.formFields.push_back({"opensOn", "请按 YYYY-MM-DD 填写，如2027-01-01", {}, std::nullopt});
  if (!deadline) r.formFields.push_back({"deadline", "请按 YYYY-MM-DD 填写，如2027-04-30", {}, std::nullopt});
  if (!r.formFields.empty()) {
    r.formMessage = "请先改正标出的项目";
    return;
  }
  r.form.year = *year;
  r.form.opensOn = *opens;
  r.form.deadline = *deadline;
  r.formMessage = "正在保存…";
  const bool creating = r.creating;
  app.api.saveRound(creating, r.form, [&app, creating](const ApiResult& res, const api::RoundView& saved) {
    auto& r = app.rounds;
    if (!res.ok()) {
      r.formMessage = res.message;
      r.formFields = res.fields;
      return app.ctx.frames.wake();
    }
    r.editOpen = false;
    outcome(r,
            std::to_string(saved.settings.year) + "年度申报轮次已" + (creating ? "新建（未开放）" : "保存") +
                (saved.calendarLoaded ? "" : "；开放前请先载入该年的节假日安排"),
            false);
    reloadRounds(app);
  });
}

void askRoundOpen(App& app, int year, bool open) {
  auto& r = app.rounds;
  r.pendingYear = year;
  r.pendingOpen = open;
  r.pendingMessage.clear();
}

std::string roundActionText(const App& app) {
  const auto& r = app.rounds;
  const std::string y = std::to_string(r.pendingYear);
  if (!r.pendingOpen) return "关闭" + y + "年度申报轮次？关闭后申请机构不能再提交该轮次的申请（已提交的继续审核）。";
  std::string text = "开放" + y + "年度申报轮次？开放后申请机构可以提交该轮次的申请。";
  for (const auto& v : r.list.items)
    if (v.status == "open" && v.settings.year != r.pendingYear)
      text += "同一时间只受理一个轮次：正在受理的" + std::to_string(v.settings.year) + "年度轮次将同时关闭。";
  return text;
}

void confirmRoundAction(App& app) {
  auto& r = app.rounds;
  if (!r.pendingYear) return;
  const int year = r.pendingYear;
  const bool open = r.pendingOpen;
  r.pendingMessage = open ? "正在开放…" : "正在关闭…";
  app.api.setRoundOpen(year, open, [&app, year, open](const ApiResult& res, const api::RoundView&) {
    auto& r = app.rounds;
    if (!res.ok()) {
      r.pendingMessage = res.message;  // stays in the dialog, where the admin acted
      return app.ctx.frames.wake();
    }
    r.pendingYear = 0;
    r.pendingMessage.clear();
    outcome(r, std::to_string(year) + "年度申报轮次" + (open ? "已开放，开始受理申报" : "已关闭"), false);
    reloadRounds(app);
  });
}

void submitCalendar(App& app) {
  auto& r = app.rounds;
  r.calendarProblems.clear();
  const auto year = parsedYear(r.calendarYear);
  if (!year) {
    r.calendarMessage = "请填写四位年份，如2027";
    r.calendarIsError = true;
    return;
  }
  if (r.calendarCsv.empty()) {
    r.calendarMessage = "请把" + r.calendarYear + "年的节假日安排 CSV 粘贴到下面的文本框";
    r.calendarIsError = true;
    return;
  }
  r.calendarMessage = "正在载入…";
  r.calendarIsError = false;
  app.api.loadCalendar(*year, {r.calendarCsv}, [&app](const ApiResult& res, const api::CalendarView& loaded) {
    auto& r = app.rounds;
    if (!res.ok()) {
      r.calendarMessage = res.message;
      r.calendarIsError = true;
      for (const auto& f : res.fields) r.calendarProblems.push_back(f.message);
      return app.ctx.frames.wake();
    }
    r.calendarMessage = std::to_string(loaded.year) + "年节假日安排已载入：" + std::to_string(loaded.holidays) +
                        "个工作日放假，" + std::to_string(loaded.workdays) + "个周末调休上班";
    r.calendarIsError = false;
    r.calendarCsv.clear();
    reloadRounds(app);
  });
}

}  // namespace sxpool::web
