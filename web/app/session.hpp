#pragma once
#include <optional>
#include <string>
#include <vector>

#include "sxpool/api/common.hpp"
#include "sxpool/api/session.hpp"

namespace sxpool::web {

struct ServerStatus {
  enum class State { Checking, Online, Offline } state = State::Checking;
  std::string detail;
};

// Form state of the sign-in screen (kept while the user switches tabs or a request is under way).
struct SignInForm {
  std::string account, password, message;
  bool busy = false;
  bool registering = false;
  std::string regUscc, regName, regContact, regPhone, regEmail, regPassword, regPassword2;
  std::vector<api::ErrorField> regFields;  // the server's field messages
};

inline bool isApplicant(const api::UserView& u) { return u.role == "applicant"; }

// Who is signed in, the sign-in and registration form, and whether the server answers.
struct Session {
  ServerStatus server;
  std::optional<api::UserView> user;
  SignInForm form;
  bool expired = false;     // 401 while editing: sign in again without leaving the wizard
  std::string scratchText;  // the sign-in screen's input trial field
};

}  // namespace sxpool::web
