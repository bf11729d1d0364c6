#include "app/accounts_state.hpp"

#include "app/app.hpp"

namespace sxpool::web {
namespace {

void outcome(AccountsState& a, const std::string& text, bool error) {
  a.message = text;
  a.messageIsError = error;
}

void replaceUser(AccountsState& a, const api::UserView& user) {
  for (auto& u : a.users)
    if (u.id == user.id) u = user;
}

}  // namespace

const std::vector<ReviewerRoleChoice>& reviewerRoleChoices() {
  static const std::vector<ReviewerRoleChoice> choices = {
      {"county", "县（市、区）中小企业主管部门", "county"},   {"city", "市工信局", "city"},
      {"reform_zone", "山西综改示范区管委会", "reform_zone"}, {"department", "省级主管部门", "department"},
      {"province", "省工信厅中小企业处", "province"},         {"admin", "系统管理员", ""},
  };
  return choices;
}

bool isAdmin(const App& app) { return app.session.user && app.session.user->role == "admin"; }
bool mayReadAudit(const App& app) {
  return app.session.user && (app.session.user->role == "admin" || app.session.user->role == "province");
}

void openAccounts(App& app) {
  auto& a = app.accounts;
  if (app.screen != Screen::Accounts && app.screen != Screen::Audit && app.screen != Screen::ChangePassword &&
      app.screen != Screen::Help)
    a.returnScreen = static_cast<int>(app.screen);
  app.screen = Screen::Accounts;
  a.message.clear();
  reloadAccounts(app);
  if (a.units.empty())
    app.api.units([&app](const ApiResult& r, const api::UnitList& units) {
      if (r.ok()) app.accounts.units = units.items;
      app.ctx.frames.wake();
    });
}

void reloadAccounts(App& app) {
  auto& a = app.accounts;
  a.loading = true;
  api::UserListQuery q;
  for (const auto& c : reviewerRoleChoices()) q.roles.push_back(c.code);
  app.api.users(q, [&app](const ApiResult& r, const api::UserList& list) {
    auto& a = app.accounts;
    a.loading = false;
    if (r.ok())
      a.users = list.items;
    else
      outcome(a, r.message, true);
    app.ctx.frames.wake();
  });
}

void openCreateAccount(App& app) {
  auto& a = app.accounts;
  a.createOpen = true;
  a.form = NewAccountForm{};
  a.formFields.clear();
  a.formMessage.clear();
}

void submitCreateAccount(App& app) {
  auto& a = app.accounts;
  const auto& f = a.form;
  const api::NewUserRequest request{f.account,     f.password,    f.role,         f.unitCode,
                                    f.displayName, f.contactName, f.contactPhone, f.email};
  a.formMessage = "正在创建…";
  app.api.createUser(request, [&app](const ApiResult& r, const api::SessionReply& reply) {
    auto& a = app.accounts;
    if (!r.ok()) {
      a.formMessage = r.message;
      a.formFields = r.fields;
    } else {
      a.createOpen = false;
      a.users.push_back(reply.user);
      outcome(a, "已创建账号「" + reply.user.account + "」（" + reply.user.unitName + "）：请将账号和初始密码告知本人",
              false);
    }
    app.ctx.frames.wake();
  });
}

void confirmAccountAction(App& app) {
  auto& a = app.accounts;
  const auto p = a.pending;
  if (p.kind == PendingAccountAction::Kind::None) return;
  auto after = [&app, p](const ApiResult& r, const api::SessionReply& reply) {
    auto& a = app.accounts;
    if (!r.ok()) {
      a.pendingMessage = r.message;  // stays in the dialog, where the admin acted
      return app.ctx.frames.wake();
    }
    a.pending = {};
    a.pendingMessage.clear();
    replaceUser(a, reply.user);
    const char* what = p.kind == PendingAccountAction::Kind::Disable  ? "已停用，该账号的登录已全部退出"
                       : p.kind == PendingAccountAction::Kind::Enable ? "已启用，可以重新登录"
                                                                      : "密码已重置：本人下次登录时须修改密码";
    outcome(a, "账号「" + p.account + "」" + what, false);
    app.ctx.frames.wake();
  };
  if (p.kind == PendingAccountAction::Kind::Reset)
    app.api.resetPassword(p.userId, api::PasswordResetRequest{p.newPassword}, after);
  else
    app.api.setUserDisabled(p.userId, p.kind == PendingAccountAction::Kind::Disable, after);
}

void openAudit(App& app) {
  auto& a = app.accounts;
  if (app.screen != Screen::Accounts && app.screen != Screen::Audit && app.screen != Screen::ChangePassword &&
      app.screen != Screen::Help)
    a.returnScreen = static_cast<int>(app.screen);
  app.screen = Screen::Audit;
  reloadAudit(app);
}

void reloadAudit(App& app) {
  auto& a = app.accounts;
  a.auditMessage.clear();
  a.auditQuery.applicationId.reset();
  if (!a.auditApplication.empty()) {
    try {
      a.auditQuery.applicationId = std::stoll(a.auditApplication);
    } catch (...) {
      a.auditMessage = "「申报编号」应为数字，如 12";
      return;
    }
  }
  a.auditLoading = true;
  app.api.audit(a.auditQuery, [&app](const ApiResult& r, const api::AuditReply& reply) {
    auto& a = app.accounts;
    a.auditLoading = false;
    if (r.ok())
      a.audit = reply.items;
    else
      a.auditMessage = r.message;
    app.ctx.frames.wake();
  });
}

void openChangePassword(App& app) {
  auto& a = app.accounts;
  if (app.screen != Screen::Accounts && app.screen != Screen::Audit && app.screen != Screen::ChangePassword &&
      app.screen != Screen::Help)
    a.returnScreen = static_cast<int>(app.screen);
  app.screen = Screen::ChangePassword;
  a.oldPassword.clear();
  a.newPassword.clear();
  a.newPassword2.clear();
  a.passwordFields.clear();
  a.passwordMessage.clear();
  a.passwordDone = false;
}

void submitChangePassword(App& app) {
  auto& a = app.accounts;
  a.passwordFields.clear();
  if (a.newPassword != a.newPassword2) {
    a.passwordMessage = "两次输入的新密码不一致，请重新输入";
    return;
  }
  a.passwordBusy = true;
  a.passwordMessage.clear();
  app.api.changePassword({a.oldPassword, a.newPassword}, [&app](const ApiResult& r, const api::SessionReply& reply) {
    auto& a = app.accounts;
    a.passwordBusy = false;
    if (!r.ok()) {
      a.passwordMessage = r.message;
      a.passwordFields = r.fields;
      return app.ctx.frames.wake();
    }
    a.oldPassword.clear();
    a.newPassword.clear();
    a.newPassword2.clear();
    a.passwordDone = true;
    const bool forced = app.session.user && app.session.user->mustChangePassword;
    app.session.user = reply.user;
    a.passwordMessage = "密码已修改，下次登录请使用新密码";
    if (forced) app.start();  // the session again: now the home screen loads
    app.ctx.frames.wake();
  });
}

void openHelp(App& app) {
  auto& a = app.accounts;
  if (app.screen != Screen::Help) a.returnScreen = static_cast<int>(app.screen);
  app.screen = Screen::Help;
}

void leaveAccountScreen(App& app) {
  auto back = static_cast<Screen>(app.accounts.returnScreen);
  if (!app.session.user) back = Screen::SignIn;
  if (back == Screen::Accounts || back == Screen::Audit || back == Screen::ChangePassword || back == Screen::Help ||
      back == Screen::Rounds || back == Screen::Loading)
    back = app.session.user ? (isApplicant(*app.session.user) ? Screen::ApplicantHome : Screen::ReviewerHome)
                            : Screen::SignIn;
  app.screen = back;
}

}  // namespace sxpool::web
