#pragma once
// The admin's reviewer accounts (list, create, disable / enable, password reset), everyone's own password change,
// and the audit log scoped to what the viewer may see. requirements.md §1: accounts are the admin's (the province
// has no account management); the audit log is the admin's (all rows) and the province's (its own unit's rows and
// those on applications it may view).
#include "services/app_context.hpp"
#include "services/auth_service.hpp"
#include "sxpool/api/accounts.hpp"
#include "sxpool/api/audit.hpp"
#include "sxpool/api/session.hpp"

namespace sxpool::services {

class AccountAdmin {
 public:
  AccountAdmin(AppContext& ctx, AuthService& auth) : ctx_(ctx), auth_(auth) {}

  api::UserList list(const CurrentUser& by, const api::UserListQuery& query);
  api::UserView create(const api::NewUserRequest& request, const CurrentUser& by);
  // Disabling ends the account's sessions at once; an admin cannot disable itself.
  api::UserView setDisabled(std::int64_t userId, bool disabled, const CurrentUser& by);
  // A temporary password (the password policy applies); the user must change it at the next sign-in. Ends the
  // account's sessions.
  api::UserView resetPassword(std::int64_t userId, const api::PasswordResetRequest& request, const CurrentUser& by);
  // One's own password: the old one, then a new one under the policy that differs from it.
  api::UserView changePassword(const CurrentUser& user, const api::PasswordChangeRequest& request);

  api::AuditReply audit(const CurrentUser& viewer, const api::AuditQuery& query);

 private:
  store::UserRow target(std::int64_t userId, const CurrentUser& by, const char* what);
  void record(const CurrentUser& by, const std::string& event, const std::string& comment);

  AppContext& ctx_;
  AuthService& auth_;
};

}  // namespace sxpool::services
