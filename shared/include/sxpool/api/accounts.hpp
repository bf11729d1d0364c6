#pragma once
// Account administration and one's own password (docs/api.md "Accounts and sessions"): the admin's user list
// filters, the password reset, the password change.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/api/codec.hpp"

namespace sxpool::api {

// GET /users query: `role` (comma list of role codes), `unit` (unit code), `q` (account or name contains).
struct UserListQuery {
  std::vector<std::string> roles;  // empty: every role
  std::string unitCode;
  std::string q;

  static Parsed<UserListQuery> fromParams(const std::map<std::string, std::string>& params);
  std::map<std::string, std::string> toParams() const;
};

// POST /users/{id}/password-reset (admin): the temporary password; the user must change it at next sign-in.
struct PasswordResetRequest {
  std::string newPassword;
};

// POST /session/password: one's own password, the old one to prove it is you.
struct PasswordChangeRequest {
  std::string oldPassword;
  std::string newPassword;
};

std::string encode(const PasswordResetRequest& request);
Parsed<PasswordResetRequest> decodePasswordResetRequest(std::string_view text);
std::string encode(const PasswordChangeRequest& request);
Parsed<PasswordChangeRequest> decodePasswordChangeRequest(std::string_view text);

}  // namespace sxpool::api
