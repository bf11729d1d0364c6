// Account administration bodies: the user list filters, the password reset and change requests.
#include "sxpool/api/accounts.hpp"

#include "parts.hpp"
#include "sxpool/enum_table.hpp"
#include "sxpool/workflow.hpp"

namespace sxpool::api {

using namespace detail;

namespace {

template <class T>
Parsed<T> decodePasswords(std::string_view text, std::vector<std::pair<const char*, std::string*>> (*texts)(T&)) {
  return decodeObject<T>(text, [texts](const json& j, JsonReader& r, T& out) {
    const auto list = texts(out);
    members(r, j, "", [&](const std::string& k, const json& v, const std::string& p) {
      for (const auto& [key, member] : list)
        if (k == key) r.text(v, p, *member);
    });
  });
}

std::vector<std::pair<const char*, std::string*>> resetTexts(PasswordResetRequest& x) {
  return {{"newPassword", &x.newPassword}};
}
std::vector<std::pair<const char*, std::string*>> changeTexts(PasswordChangeRequest& x) {
  return {{"oldPassword", &x.oldPassword}, {"newPassword", &x.newPassword}};
}

}  // namespace

Parsed<UserListQuery> UserListQuery::fromParams(const std::map<std::string, std::string>& params) {
  UserListQuery q;
  if (auto it = params.find("role"); it != params.end()) {
    for (const auto& role : splitComma(it->second)) {
      if (!fromCode<Role>(role))
        return Parsed<UserListQuery>::failure(
            "角色 " + role + " 无效，应为 applicant、county、city、reform_zone、department、province 或 admin",
            {FieldError{"role", "未知的角色代码"}});
      q.roles.push_back(role);
    }
  }
  if (auto it = params.find("unit"); it != params.end()) q.unitCode = it->second;
  if (auto it = params.find("q"); it != params.end()) q.q = it->second;
  return Parsed<UserListQuery>::success(q);
}

std::map<std::string, std::string> UserListQuery::toParams() const {
  std::map<std::string, std::string> out;
  if (!roles.empty()) {
    std::string joined;
    for (const auto& r : roles) joined += (joined.empty() ? "" : ",") + r;
    out["role"] = joined;
  }
  if (!unitCode.empty()) out["unit"] = unitCode;
  if (!q.empty()) out["q"] = q;
  return out;
}

std::string encode(const PasswordResetRequest& request) { return dump(json{{"newPassword", request.newPassword}}); }
Parsed<PasswordResetRequest> decodePasswordResetRequest(std::string_view text) {
  return decodePasswords(text, &resetTexts);
}

std::string encode(const PasswordChangeRequest& request) {
  return dump(json{{"oldPassword", request.oldPassword}, {"newPassword", request.newPassword}});
}
Parsed<PasswordChangeRequest> decodePasswordChangeRequest(std::string_view text) {
  return decodePasswords(text, &changeTexts);
}

}  // namespace sxpool::api
