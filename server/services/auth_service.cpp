#include "services/auth_service.hpp"

#include "sxpool/rules/formats.hpp"

#include <sodium.h>

#include <condition_variable>
#include <mutex>

#include "services/pool_service.hpp"
#include "services/service_error.hpp"
#include "store/store_error.hpp"
#include "services/units.hpp"
#include "sxpool/divisions.hpp"
#include "sxpool/rules/formats.hpp"
#include "sxpool/uscc.hpp"

namespace sxpool::services {
namespace {

// Argon2id takes 64 MiB a hash: at most two at once, whatever the number of request threads.
class HashGate {
 public:
  void enter() {
    std::unique_lock lock(m_);
    cv_.wait(lock, [&] { return busy_ < 2; });
    ++busy_;
  }
  void leave() {
    {
      std::lock_guard lock(m_);
      --busy_;
    }
    cv_.notify_one();
  }

 private:
  std::mutex m_;
  std::condition_variable cv_;
  int busy_ = 0;
};
HashGate hashGate;

struct GateHold {
  GateHold() { hashGate.enter(); }
  ~GateHold() { hashGate.leave(); }
};

std::string base64url(const unsigned char* bytes, size_t n) {
  std::string out(sodium_base64_encoded_len(n, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), bytes, n, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(std::strlen(out.c_str()));
  return out;
}

std::string trim(std::string s) {
  const char* ws = " \t\r\n";
  s.erase(0, s.find_first_not_of(ws));
  s.erase(s.find_last_not_of(ws) + 1);
  return s;
}

bool unitFitsRole(Role role, const std::string& unitCode) {
  if (role == Role::Admin) return unitCode.empty() || unitCode == kProvinceUnitCode;
  if (role == Role::Applicant) return unitCode.empty();
  return reviewerRoleOfUnit(unitCode) == role;
}

}  // namespace

Actor CurrentUser::actor() const { return Actor{role, user.unitCode, user.displayName}; }

AuthService::AuthService(AppContext& ctx) : ctx_(ctx) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium 初始化失败");
  dummyHash_ = hashPassword("sxpool-dummy-password-for-timing");
}

std::string AuthService::hashPassword(const std::string& password) {
  GateHold hold;
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("密码哈希失败：内存不足");
  return out;
}

bool AuthService::verifyPassword(const std::string& hash, const std::string& password) {
  GateHold hold;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string AuthService::tokenHash(const std::string& token) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(token.data()), token.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

std::string AuthService::passwordProblem(const std::string& password) const {
  const auto& policy = ctx_.config.passwordPolicy;
  // Characters, not bytes: a Chinese passphrase counts per character.
  size_t chars = 0;
  for (unsigned char c : password)
    if ((c & 0xC0) != 0x80) ++chars;
  if (chars < policy.minLength) return "密码至少需要 " + std::to_string(policy.minLength) + " 个字符，请设置更长的密码";
  if (password.size() > 256) return "密码不能超过 256 个字节，请缩短";
  bool lower = false, upper = false, digit = false, symbol = false;
  for (unsigned char c : password) {
    if (std::islower(c))
      lower = true;
    else if (std::isupper(c))
      upper = true;
    else if (std::isdigit(c))
      digit = true;
    else
      symbol = true;
  }
  const int classes = lower + upper + digit + symbol;
  if (classes < policy.requiredClasses)
    return "密码需包含小写字母、大写字母、数字、符号中的至少 " + std::to_string(policy.requiredClasses) + " 类";
  return {};
}

CurrentUser AuthService::toCurrent(const store::UserRow& row) const {
  CurrentUser u;
  u.user = row;
  u.role = fromCode<Role>(row.role).value_or(Role::Applicant);
  return u;
}

void AuthService::audit(const std::optional<store::UserRow>& user, const std::string& account, const std::string& event,
                        const std::string& comment) {
  store::AuditRow row;
  row.at = ctx_.clock.now();
  if (user) {
    row.userId = user->id;
    row.unitCode = user->unitCode;
  }
  row.account = account;
  row.event = event;
  row.comment = comment;
  ctx_.store.appendAudit(row);
}

store::UserRow AuthService::createAccount(const NewAccount& a, const std::optional<CurrentUser>& by) {
  std::vector<api::ErrorField> fields;
  auto field = [&](const char* path, const std::string& message) { fields.push_back(fieldError(path, message)); };
  const auto role = fromCode<Role>(a.role);
  if (trim(a.account).empty()) field("account", "请填写「账号」");
  if (a.account.size() > 64) field("account", "「账号」不能超过 64 个字符");
  if (!role) field("role", "「角色」无效：应为 applicant、county、city、reform_zone、department、province 或 admin");
  if (role && !unitFitsRole(*role, a.unitCode))
    field("unitCode", "「所属单位」" + (a.unitCode.empty() ? std::string("未填写") : a.unitCode) + " 与角色「" +
                          std::string(labelOf(*role)) + "」不符：请选择该角色对应级别的单位");
  if (!a.unitCode.empty() && !ctx_.store.unit(a.unitCode)) field("unitCode", "「所属单位」" + a.unitCode + " 不存在");
  if (trim(a.displayName).empty()) field("displayName", "请填写「名称」");
  if (auto problem = passwordProblem(a.password); !problem.empty()) field("password", problem);
  if (!fields.empty()) throw ServiceError(422, "invalid_account", "账号信息有误，请按提示修改", fields);
  if (ctx_.store.userByAccount(trim(a.account)))
    throw ServiceError(409, "account_exists", "账号「" + trim(a.account) + "」已存在，请换一个账号或直接登录",
                       {fieldError("account", "该账号已存在")});
  store::UserRow row;
  row.account = trim(a.account);
  row.passwordHash = hashPassword(a.password);
  row.role = a.role;
  row.unitCode = a.unitCode;
  row.displayName = trim(a.displayName);
  row.uscc = a.uscc;
  row.contactName = trim(a.contactName);
  row.contactPhone = trim(a.contactPhone);
  row.email = trim(a.email);
  row.createdAt = ctx_.clock.now();
  row.mustChangePassword = a.mustChangePassword;
  // Two requests for one new account (a client's retry while its first try is still being answered) both pass the
  // check above: the store's unique account refuses the second, which gets the same 409 as if it came later.
  try {
    insertAccount(row, by);
  } catch (const store::StoreError&) {  // a full disk or a busy store: no such account, the error goes on
    if (ctx_.store.userByAccount(row.account))
      throw ServiceError(409, "account_exists", "账号「" + row.account + "」已存在，请换一个账号或直接登录",
                         {fieldError("account", "该账号已存在")});
    throw;
  }
  return row;
}

void AuthService::insertAccount(store::UserRow& row, const std::optional<CurrentUser>& by) {
  ctx_.store.transaction([&] {
    row.id = ctx_.store.insertUser(row);
    store::AuditRow audit;
    audit.at = row.createdAt;
    if (by) {
      audit.userId = by->user.id;
      audit.account = by->user.account;
      audit.unitCode = by->user.unitCode;
    } else {
      audit.account = row.account;
    }
    audit.event = "account_created";
    audit.comment =
        row.account + "（" + std::string(labelOf(fromCode<Role>(row.role).value_or(Role::Applicant))) + "）";
    ctx_.store.appendAudit(audit);
  });
}

CurrentUser AuthService::registerApplicant(const api::RegistrationRequest& r) {
  NewAccount a;
  a.uscc = trim(r.uscc);
  a.account = a.uscc;
  a.password = r.password;
  a.role = "applicant";
  a.displayName = r.name;
  a.contactName = r.contactName;
  a.contactPhone = r.contactPhone;
  a.email = r.email;
  std::vector<api::ErrorField> fields;
  // 指南第六条: a Shanxi code; one failing only its check characters is taken for manual review.
  if (auto problem = usccRegistrationProblem(a.uscc); !problem.empty()) fields.push_back(fieldError("uscc", problem));
  if (trim(a.contactName).empty()) fields.push_back(fieldError("contactName", "请填写「联系人」"));
  if (trim(a.displayName).empty()) fields.push_back(fieldError("name", "请填写「单位名称」（与营业执照一致）"));
  if (trim(a.contactPhone).empty())
    fields.push_back(fieldError("contactPhone", "请填写「联系电话」"));
  else if (!rules::isPhone(trim(a.contactPhone)))
    fields.push_back(fieldError("contactPhone", "「联系电话」应为 11 位手机号或带区号的固定电话，如 0351-1234567"));
  if (!trim(a.email).empty() && !rules::isEmail(trim(a.email)))
    fields.push_back(fieldError("email", "「电子邮箱」格式不正确，应如 name@example.com"));
  if (!fields.empty()) throw ServiceError(422, "invalid_registration", "注册信息有误，请按提示修改", fields);
  // 指南第十二条: within the 2-year ban after a direct removal the code cannot register again; say until when.
  if (const auto ban = reentryBanToday(ctx_, a.uscc); ban.banned)
    throw ServiceError(409, "reentry_banned", ban.message + "；在此之前不能注册入库申请账号",
                       {fieldError("uscc", ban.message)});
  return toCurrent(createAccount(a, std::nullopt));
}

LoginResult AuthService::login(const std::string& accountIn, const std::string& password, const std::string& remote) {
  const std::string account = trim(accountIn);
  if (account.empty() || password.empty())
    throw ServiceError(
        400, "credentials_missing", "请填写账号和密码",
        {fieldError(account.empty() ? "account" : "password", account.empty() ? "请填写账号" : "请填写密码")});
  const auto user = ctx_.store.userByAccount(account);
  const std::int64_t now = ctx_.clock.now();
  if (!user) {
    verifyPassword(dummyHash_, password);
    audit(std::nullopt, account, "login_failed", "账号不存在；来自 " + remote);
    throw ServiceError(401, "bad_credentials", "账号或密码不正确，请重新输入");
  }
  if (user->lockedUntil > now) {
    const auto minutes = (user->lockedUntil - now + 59) / 60;
    audit(user, account, "login_locked", "锁定期内尝试登录；来自 " + remote);
    ServiceError locked(429, "account_locked",
                        "连续登录失败次数过多，账号已临时锁定，请 " + std::to_string(minutes) + " 分钟后再试");
    locked.retryAfterSeconds = user->lockedUntil - now;
    throw locked;
  }
  if (user->disabled) {
    audit(user, account, "login_failed", "账号已停用；来自 " + remote);
    throw ServiceError(403, "account_disabled", "该账号已停用，请联系系统管理员");
  }
  if (!verifyPassword(user->passwordHash, password)) {
    const int failures = user->failedLogins + 1;
    const bool lock = failures >= ctx_.config.loginMaxFailures;
    ctx_.store.transaction([&] {
      ctx_.store.setLoginState(user->id, lock ? 0 : failures, lock ? now + ctx_.config.lockoutDuration.count() : 0);
      audit(user, account, lock ? "account_locked" : "login_failed",
            "第 " + std::to_string(failures) + " 次密码错误；来自 " + remote);
    });
    if (lock) {
      ServiceError locked(429, "account_locked",
                          "连续 " + std::to_string(failures) + " 次密码错误，账号已锁定 " +
                              std::to_string((ctx_.config.lockoutDuration.count() + 59) / 60) + " 分钟，请稍后再试");
      locked.retryAfterSeconds = ctx_.config.lockoutDuration.count();
      throw locked;
    }
    throw ServiceError(401, "bad_credentials",
                       "账号或密码不正确，请重新输入（再错 " + std::to_string(ctx_.config.loginMaxFailures - failures) +
                           " 次将锁定账号）");
  }
  unsigned char raw[32];  // 256 random bits
  randombytes_buf(raw, sizeof raw);
  LoginResult result;
  result.token = base64url(raw, sizeof raw);
  result.user = toCurrent(*user);
  ctx_.store.transaction([&] {
    ctx_.store.setLoginState(user->id, 0, 0);
    ctx_.store.insertSession({tokenHash(result.token), user->id, now, now});
    audit(user, account, "login", "来自 " + remote);
  });
  return result;
}

void AuthService::logout(const std::string& token, const CurrentUser& user) {
  const std::string hash = tokenHash(token);
  ctx_.store.transaction([&] {
    ctx_.store.deleteSession(hash);
    audit(user.user, user.user.account, "logout", "");
  });
  forgetSession(hash);
}

void AuthService::forgetSession(const std::string& hash) {
  std::lock_guard lock(sessionsMutex_);
  sessions_.erase(hash);
  ++forgotten_;
}

CurrentUser AuthService::authenticate(const std::string& token) {
  if (token.empty()) throw unauthorized("请先登录");
  const std::string hash = tokenHash(token);
  const std::int64_t now = ctx_.clock.now();
  const std::int64_t idle = ctx_.config.idleTimeout.count();
  // The store's idle clock is refreshed every few seconds at most, without an fsync of its own.
  const std::int64_t step = std::max<std::int64_t>(1, std::min<std::int64_t>(60, idle / 10));
  const auto checkedNow = std::chrono::steady_clock::now();
  std::int64_t seenHere = 0;  // the idle clock as this process saw it (the store's copy lags a little)
  std::uint64_t forgotten;
  std::optional<CurrentUser> cached;
  bool touch = false;
  {
    std::lock_guard lock(sessionsMutex_);
    forgotten = forgotten_;
    if (auto it = sessions_.find(hash); it != sessions_.end()) {
      auto& entry = it->second;
      seenHere = entry.lastSeen;
      if (checkedNow - entry.checked < kSessionRecheck && now - entry.lastSeen <= idle) {
        entry.lastSeen = std::max(entry.lastSeen, now);
        touch = now - entry.storedLastSeen >= step;
        cached = entry.user;
      }
    }
  }
  if (cached) {
    if (touch) touchStored(hash, now);
    return std::move(*cached);
  }
  const auto session = ctx_.store.session(hash);
  if (!session) throw unauthorized("登录已失效，请重新登录");
  const auto user = ctx_.store.userById(session->userId);
  const std::int64_t seen = std::max(seenHere, session->lastSeen);
  if (now - seen > idle) {
    ctx_.store.transaction([&] {
      ctx_.store.deleteSession(hash);
      if (user) audit(user, user->account, "session_expired", "闲置超时自动退出");
    });
    forgetSession(hash);
    throw ServiceError(401, "session_expired",
                       "已闲置超过 " + std::to_string(idle / 60) + " 分钟，为安全起见已自动退出，请重新登录");
  }
  if (!user || user->disabled) throw unauthorized("账号不可用，请联系系统管理员");
  touch = now - session->lastSeen >= step;
  CachedSession entry{toCurrent(*user), now, session->lastSeen, checkedNow};
  {
    std::lock_guard lock(sessionsMutex_);
    if (forgotten == forgotten_) {
      if (sessions_.size() >= 100000) sessions_.clear();
      sessions_[hash] = entry;
    }
  }
  if (touch) touchStored(hash, now);
  return entry.user;
}

// The store's idle clock, refreshed when no write holds the store (a later request tries again otherwise).
void AuthService::touchStored(const std::string& hash, std::int64_t now) {
  try {
    if (!ctx_.store.touchSession(hash, now)) return;
  } catch (const store::StorageFull&) {
    return;  // the disk is full: the idle clock stays in memory, and reads go on
  }
  std::lock_guard lock(sessionsMutex_);
  if (auto it = sessions_.find(hash); it != sessions_.end())
    it->second.storedLastSeen = std::max(it->second.storedLastSeen, now);
}

std::optional<CurrentUser> AuthService::userFor(std::int64_t userId) {
  auto row = ctx_.store.userById(userId);
  if (!row) return std::nullopt;
  return toCurrent(*row);
}

std::string AuthService::sessionCookie(const std::string& token) const {
  return std::string(kCookieName) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" +
         (ctx_.config.secureCookie ? "; Secure" : "");
}

std::string AuthService::clearedCookie() const {
  return std::string(kCookieName) + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0" +
         (ctx_.config.secureCookie ? "; Secure" : "");
}

api::UserView AuthService::userView(const CurrentUser& u) const {
  return {u.user.id,
          u.user.account,
          u.user.role,
          std::string(labelOf(u.role)),
          u.user.unitCode,
          unitName(ctx_, u.user.unitCode),
          u.user.displayName,
          u.user.uscc,
          u.user.contactName,
          u.user.contactPhone,
          u.user.email,
          u.user.disabled,
          u.user.mustChangePassword};
}

void AuthService::forgetSessionsOf(std::int64_t userId) {
  std::lock_guard lock(sessionsMutex_);
  for (auto it = sessions_.begin(); it != sessions_.end();)
    it = it->second.user.user.id == userId ? sessions_.erase(it) : std::next(it);
  ++forgotten_;
}

}  // namespace sxpool::services
