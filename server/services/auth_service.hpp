#pragma once
#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "services/app_context.hpp"
#include "store/records.hpp"
#include "sxpool/api/session.hpp"
#include "sxpool/workflow.hpp"

namespace sxpool::services {

// Who is calling: the account and the domain actor (role + jurisdiction) built from it.
struct CurrentUser {
  store::UserRow user;
  Role role = Role::Applicant;
  Actor actor() const;
};

struct LoginResult {
  CurrentUser user;
  std::string token;  // goes to the cookie only; the store keeps its SHA-256
};

struct NewAccount {
  std::string account;
  std::string password;
  std::string role;  // applicant | county | city | reform_zone | department | province | admin
  std::string unitCode;
  std::string displayName;
  std::string uscc;
  std::string contactName;
  std::string contactPhone;
  std::string email;
  bool mustChangePassword = false;  // an admin-made account: the user sets its own password at first sign-in
};

// Accounts, passwords (Argon2id), sessions (hashed tokens, idle expiry), lockout, and their audit rows.
class AuthService {
 public:
  explicit AuthService(AppContext& ctx);

  static constexpr const char* kCookieName = "sxpool_session";

  // An applicant registers itself: account = its 统一社会信用代码.
  CurrentUser registerApplicant(const api::RegistrationRequest& request);
  // Admin-created accounts (and `sxpool user add`); checks role ↔ unit and the password policy.
  store::UserRow createAccount(const NewAccount& account, const std::optional<CurrentUser>& by);

  LoginResult login(const std::string& account, const std::string& password, const std::string& remote);
  void logout(const std::string& token, const CurrentUser& user);
  // The session's user, or a 401 ServiceError (missing, unknown or idle for too long).
  CurrentUser authenticate(const std::string& token);
  std::optional<CurrentUser> userFor(std::int64_t userId);
  // Drops the cached sessions of an account (disabled, password reset or changed): the next request reads the store.
  void forgetSessionsOf(std::int64_t userId);

  std::string sessionCookie(const std::string& token) const;
  std::string clearedCookie() const;
  api::UserView userView(const CurrentUser& user) const;

  // Empty when acceptable, else what is missing (Chinese).
  std::string passwordProblem(const std::string& password) const;
  static std::string hashPassword(const std::string& password);
  static bool verifyPassword(const std::string& hash, const std::string& password);
  static std::string tokenHash(const std::string& token);

 private:
  void insertAccount(store::UserRow& row, const std::optional<CurrentUser>& by);  // with its audit row
  void audit(const std::optional<store::UserRow>& user, const std::string& account, const std::string& event,
             const std::string& comment);
  CurrentUser toCurrent(const store::UserRow& row) const;
  void forgetSession(const std::string& hash);
  void touchStored(const std::string& hash, std::int64_t now);

  AppContext& ctx_;
  std::string dummyHash_;  // verified against when the account does not exist (same timing)

  // Sessions seen lately, so that a request does not read the store for its session and account each time.
  // The idle clock runs here (the store's copy is refreshed every few seconds, without an fsync); an entry is
  // read again from the store after kSessionRecheck. Logout and expiry drop the entry at once.
  struct CachedSession {
    CurrentUser user;
    std::int64_t lastSeen = 0;                      // the idle clock as this process saw it last
    std::int64_t storedLastSeen = 0;                // what the store holds
    std::chrono::steady_clock::time_point checked;  // when the store last confirmed session and account
  };
  static constexpr std::chrono::seconds kSessionRecheck{2};
  std::mutex sessionsMutex_;
  std::unordered_map<std::string, CachedSession> sessions_;
  std::uint64_t forgotten_ = 0;  // bumped by every drop: a store read begun before it must not refill the cache
};

}  // namespace sxpool::services
