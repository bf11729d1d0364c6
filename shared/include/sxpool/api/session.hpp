#pragma once
// Accounts and sessions: sign-in, self-registration, the signed-in user, the admin's user list.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/api/codec.hpp"

namespace sxpool::api {

// POST /session. Applicants sign in with their 统一社会信用代码 as the account.
struct SignInRequest {
  std::string account;
  std::string password;
};

// POST /applicants.
struct RegistrationRequest {
  std::string uscc;
  std::string name;
  std::string contactName;
  std::string contactPhone;
  std::string email;
  std::string password;
};

// POST /users (admin).
struct NewUserRequest {
  std::string account;
  std::string password;
  std::string role;  // applicant | county | city | reform_zone | department | province | admin
  std::string unitCode;
  std::string displayName;
  std::string contactName;
  std::string contactPhone;
  std::string email;
};

// The `user` object.
struct UserView {
  std::int64_t id = 0;
  std::string account;
  std::string role;
  std::string roleLabel;
  std::string unitCode;
  std::string unitName;
  std::string displayName;
  std::string uscc;
  std::string contactName;
  std::string contactPhone;
  std::string email;
  bool disabled = false;            // the admin disabled it: sign-in is refused
  bool mustChangePassword = false;  // after a reset: every call but session / password answers 403 until changed

  bool operator==(const UserView& o) const;
};

// {"user"}: the reply of sign-in, registration, GET /session and POST /users.
struct SessionReply {
  UserView user;
};

// GET /users.
struct UserList {
  std::vector<UserView> items;
};

std::string encode(const SignInRequest& request);
Parsed<SignInRequest> decodeSignInRequest(std::string_view text);
std::string encode(const RegistrationRequest& request);
Parsed<RegistrationRequest> decodeRegistrationRequest(std::string_view text);
std::string encode(const NewUserRequest& request);
Parsed<NewUserRequest> decodeNewUserRequest(std::string_view text);
std::string encode(const SessionReply& reply);
Parsed<SessionReply> decodeSessionReply(std::string_view text);
std::string encode(const UserList& list);
Parsed<UserList> decodeUserList(std::string_view text);

}  // namespace sxpool::api
