#pragma once
// 申报轮次与节假日安排 (admin; the province reads): the rounds, the round editor, open / close behind a confirmation,
// and a year's holiday calendar pasted as CSV. The transitions are in rounds_state.cpp.
#include <string>
#include <vector>

#include "sxpool/api/common.hpp"
#include "sxpool/api/rounds.hpp"

namespace sxpool::web {

class App;

struct RoundsState {
  api::RoundList list;
  bool loading = false;
  std::string message;  // the last outcome (Chinese); an error when messageIsError
  bool messageIsError = false;

  // 新建 / 修改 dialog: the settings, with the dates and the year as typed.
  bool editOpen = false;
  bool creating = false;
  RoundSettings form;
  std::string year, opensOn, deadline;
  std::string formMessage;
  std::vector<api::ErrorField> formFields;

  // 开放 / 关闭, waiting for the admin's confirmation.
  int pendingYear = 0;
  bool pendingOpen = false;
  std::string pendingMessage;

  // 载入节假日安排: the year and the pasted CSV; the server's problems, one per line of the file.
  std::string calendarYear;
  std::string calendarCsv;
  std::string calendarMessage;
  bool calendarIsError = false;
  std::vector<std::string> calendarProblems;
};

bool mayReadRounds(const App& app);  // admin and the province
void openRounds(App& app);
void reloadRounds(App& app);
void openNewRound(App& app);  // prefilled with the latest round, one year on
void openEditRound(App& app, int year);
void submitRound(App& app);
void askRoundOpen(App& app, int year, bool open);
void confirmRoundAction(App& app);  // runs the pending open / close
void submitCalendar(App& app);
// The text of the confirmation: what opening or closing does (one round open at a time).
std::string roundActionText(const App& app);

}  // namespace sxpool::web
