#pragma once
// After admission (指南第十条): the institution's quarterly service report (its home screen's panel) and the reviewers'
// 服务情况报送 screen (per period who reported, the 通报 list, removal proposals); the transitions are in
// reports_state.cpp.
#include <optional>
#include <string>
#include <vector>

#include "sxpool/api/reports.hpp"

namespace sxpool::web {

class App;

// The report form as typed (numbers are checked by the server, which names the field).
struct ServiceReportForm {
  std::string enterprises, activities, publicServices, income, cases, summary;
};

// The major-change form (指南第十一条).
struct ChangeReportForm {
  int kind = 0;  // index into EnumTable<ChangeKind>
  std::string changeDate, description, newName, newAddress;
};

struct ReportsState {
  // The institution.
  std::optional<api::MyReports> mine;
  bool mineLoading = false;
  ServiceReportForm form;
  std::string formMessage;
  bool formIsError = false;
  bool filing = false;
  ChangeReportForm change;
  std::string changeMessage;
  bool changeIsError = false;

  // Reviewers.
  std::optional<api::ReportsOverview> overview;
  std::string due;  // the period shown, YYYY-MM-DD; empty: the server's default
  api::NoticeLists notices;
  std::string message;
  bool messageIsError = false;
  std::string dismissNote;
  std::vector<api::ChangeReportView> changes;  // GET /change-reports
  std::string changeNote;                      // the verifier's note (required to propose removal)
  int returnScreen = 0;                        // the Screen to go back to
};

bool mayViewReports(const App& app);  // reviewers and the admin
void loadMyReports(App& app);
void fileServiceReport(App& app, long applicationId);
void openReports(App& app);
void reloadReports(App& app);
void publishNotices(App& app);
void decideProposal(App& app, long applicationId, bool confirm);
void leaveReports(App& app);
void fileChangeReport(App& app, long applicationId);
void decideChange(App& app, long changeId, bool accept);

}  // namespace sxpool::web
