#pragma once
// The admin's account screens, the audit log, one's own password change and the help page: their state, and the
// transitions (accounts_state.cpp) the views call.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sxpool/api/audit.hpp"
#include "sxpool/api/common.hpp"
#include "sxpool/api/round.hpp"
#include "sxpool/api/session.hpp"

namespace sxpool::web {

class App;

// The 新建账号 dialog's fields.
struct NewAccountForm {
  std::string account, displayName, role = "county", unitCode, password, contactName, contactPhone, email;
};

// An action waiting for the admin's confirmation (停用, 启用, 重置密码).
struct PendingAccountAction {
  enum class Kind { None, Disable, Enable, Reset } kind = Kind::None;
  std::int64_t userId = 0;
  std::string account;
  std::string newPassword;  // for a reset
};

struct AccountsState {
  std::vector<api::UserView> users;
  bool loading = false;
  std::string message;  // the last outcome (Chinese); error when messageIsError
  bool messageIsError = false;
  std::vector<api::UnitView> units;  // GET /units, for the unit drop-down
  bool createOpen = false;
  NewAccountForm form;
  std::vector<api::ErrorField> formFields;
  std::string formMessage;
  PendingAccountAction pending;
  std::string pendingMessage;

  // Audit.
  api::AuditQuery auditQuery;
  std::string auditApplication;  // the filter as typed
  std::vector<api::AuditEntry> audit;
  std::string auditMessage;
  bool auditLoading = false;

  // Change password (own).
  std::string oldPassword, newPassword, newPassword2;
  std::vector<api::ErrorField> passwordFields;
  std::string passwordMessage;
  bool passwordBusy = false;
  bool passwordDone = false;

  int returnScreen = 0;  // the Screen to go back to (an int: app.hpp includes this header)
};

// The roles an admin creates accounts for, in the drop-down's order, and the unit level each needs.
struct ReviewerRoleChoice {
  const char* code;
  const char* label;
  const char* unitLevel;  // "" for admin
};
const std::vector<ReviewerRoleChoice>& reviewerRoleChoices();
bool isAdmin(const App& app);
bool mayReadAudit(const App& app);  // admin and the province

void openAccounts(App& app);
void reloadAccounts(App& app);
void openCreateAccount(App& app);
void submitCreateAccount(App& app);
void confirmAccountAction(App& app);  // runs `pending`
void openAudit(App& app);
void reloadAudit(App& app);
void openChangePassword(App& app);
void submitChangePassword(App& app);
void openHelp(App& app);
void leaveAccountScreen(App& app);  // back to where the user came from (its home)

}  // namespace sxpool::web
