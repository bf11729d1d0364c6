#include "services/account_admin.hpp"

#include "services/service_error.hpp"
#include "sxpool/date.hpp"

namespace sxpool::services {
namespace {

constexpr std::int64_t kShanghaiOffset = 8 * 3600;  // UTC+8 all year

// The first second of a 山西 calendar day.
std::int64_t startOfDay(const std::string& date) { return parseDate(date)->toDays() * 86400 - kShanghaiOffset; }

std::string describe(const store::UserRow& row) {
  return row.account + "（" + row.displayName + (row.unitCode.empty() ? "" : "，" + row.unitCode) + "）";
}

}  // namespace

void AccountAdmin::record(const CurrentUser& by, const std::string& event, const std::string& comment) {
  store::AuditRow row;
  row.at = ctx_.clock.now();
  row.userId = by.user.id;
  row.account = by.user.account;
  row.unitCode = by.user.unitCode;
  row.event = event;
  row.comment = comment;
  ctx_.store.appendAudit(row);
}

store::UserRow AccountAdmin::target(std::int64_t userId, const CurrentUser& by, const char* what) {
  if (by.role != Role::Admin) throw forbidden(std::string("只有系统管理员可以") + what);
  auto row = ctx_.store.userById(userId);
  if (!row) throw notFound("账号 " + std::to_string(userId) + " 不存在");
  if (row->role == "applicant")
    throw ServiceError(403, "forbidden", "申请机构账号由机构自行注册和维护，管理员不能" + std::string(what));
  return *row;
}

api::UserList AccountAdmin::list(const CurrentUser& by, const api::UserListQuery& query) {
  if (by.role != Role::Admin) throw forbidden("只有系统管理员可以查看和管理账号");
  store::UserFilter filter{query.roles, query.unitCode, query.q};
  api::UserList list;
  for (const auto& row : ctx_.store.users(filter)) {
    CurrentUser u;
    u.user = row;
    u.role = fromCode<Role>(row.role).value_or(Role::Applicant);
    list.items.push_back(auth_.userView(u));
  }
  return list;
}

api::UserView AccountAdmin::create(const api::NewUserRequest& r, const CurrentUser& by) {
  if (by.role != Role::Admin) throw forbidden("只有系统管理员可以新建审核人员账号");
  if (r.role == "applicant") throw badRequest("申请机构请自行注册（POST /api/v1/applicants）");
  NewAccount a;
  a.account = r.account;
  a.password = r.password;
  a.role = r.role;
  a.unitCode = r.unitCode;
  a.displayName = r.displayName;
  a.contactName = r.contactName;
  a.contactPhone = r.contactPhone;
  a.email = r.email;
  a.mustChangePassword = true;  // the admin chose the first password: the user replaces it at first sign-in
  auto row = auth_.createAccount(a, by);
  CurrentUser u;
  u.user = row;
  u.role = fromCode<Role>(row.role).value_or(Role::Applicant);
  return auth_.userView(u);
}

api::UserView AccountAdmin::setDisabled(std::int64_t userId, bool disabled, const CurrentUser& by) {
  auto row = target(userId, by, disabled ? "停用账号" : "启用账号");
  if (disabled && row.id == by.user.id)
    throw ServiceError(409, "cannot_disable_self", "不能停用自己正在使用的账号：请由另一位管理员操作");
  if (row.disabled != disabled) {
    ctx_.store.transaction([&] {
      ctx_.store.setDisabled(row.id, disabled);
      if (disabled) ctx_.store.deleteSessionsOf(row.id);
      record(by, disabled ? "account_disabled" : "account_enabled", describe(row));
    });
    auth_.forgetSessionsOf(row.id);
    row.disabled = disabled;
  }
  return auth_.userView(*auth_.userFor(row.id));
}

api::UserView AccountAdmin::resetPassword(std::int64_t userId, const api::PasswordResetRequest& r,
                                          const CurrentUser& by) {
  auto row = target(userId, by, "重置密码");
  if (row.id == by.user.id)
    throw ServiceError(409, "reset_own_password", "不能重置自己的密码：请在「修改密码」中输入原密码后修改");
  if (auto problem = auth_.passwordProblem(r.newPassword); !problem.empty())
    throw ServiceError(422, "invalid_password", "临时密码不符合密码要求：" + problem,
                       {fieldError("newPassword", problem)});
  const auto hash = AuthService::hashPassword(r.newPassword);
  ctx_.store.transaction([&] {
    ctx_.store.setPassword(row.id, hash, true);
    ctx_.store.deleteSessionsOf(row.id);
    record(by, "password_reset", describe(row) + "，须在下次登录时修改密码");
  });
  auth_.forgetSessionsOf(row.id);
  return auth_.userView(*auth_.userFor(row.id));
}

api::UserView AccountAdmin::changePassword(const CurrentUser& user, const api::PasswordChangeRequest& r) {
  if (r.oldPassword.empty())
    throw ServiceError(422, "invalid_password", "请填写原密码", {fieldError("oldPassword", "请填写原密码")});
  const auto row = ctx_.store.userById(user.user.id);
  if (!row) throw unauthorized("账号不可用，请重新登录");
  if (!AuthService::verifyPassword(row->passwordHash, r.oldPassword)) {
    record(user, "password_change_failed", "原密码不正确");
    throw ServiceError(422, "wrong_password", "原密码不正确，请重新输入", {fieldError("oldPassword", "原密码不正确")});
  }
  if (auto problem = auth_.passwordProblem(r.newPassword); !problem.empty())
    throw ServiceError(422, "invalid_password", "新密码不符合要求：" + problem, {fieldError("newPassword", problem)});
  if (r.newPassword == r.oldPassword)
    throw ServiceError(422, "invalid_password", "新密码不能与原密码相同，请换一个",
                       {fieldError("newPassword", "与原密码相同")});
  const auto hash = AuthService::hashPassword(r.newPassword);
  ctx_.store.transaction([&] {
    ctx_.store.setPassword(row->id, hash, false);
    record(user, "password_changed", row->mustChangePassword ? "重置后首次修改密码" : "");
  });
  auth_.forgetSessionsOf(row->id);  // the next request reads the cleared flag; the sessions stay
  return auth_.userView(*auth_.userFor(row->id));
}

api::AuditReply AccountAdmin::audit(const CurrentUser& viewer, const api::AuditQuery& q) {
  if (viewer.role != Role::Admin && viewer.role != Role::ProvinceReviewer)
    throw forbidden("审计日志只对管理员和省工信厅开放");
  store::AuditFilter f;
  f.account = q.account;
  f.unitCode = q.unitCode;
  f.event = q.event;
  f.applicationId = q.applicationId;
  if (!q.fromDate.empty()) f.fromAt = startOfDay(q.fromDate);
  if (!q.toDate.empty()) f.untilAt = startOfDay(q.toDate) + 86400;
  if (viewer.role != Role::Admin) f.viewerUnit = viewer.user.unitCode;  // the province: its own scope
  f.limit = q.limit;
  api::AuditReply reply;
  for (auto& a : ctx_.store.audit(f))
    reply.items.push_back({a.id, a.at, std::move(a.account), std::move(a.unitCode), std::move(a.event), a.applicationId,
                           std::move(a.fromState), std::move(a.toState), std::move(a.comment)});
  return reply;
}

}  // namespace sxpool::services
