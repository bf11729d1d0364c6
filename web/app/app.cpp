#include "app/app.hpp"

#include <ctime>

#include "sxpool/date.hpp"
#include "sxpool/routing.hpp"

namespace sxpool::web {

SessionUser SessionUser::fromJson(const nlohmann::json& j) {
  SessionUser u;
  if (!j.is_object()) return u;
  u.id = j.value("id", 0L);
  u.account = j.value("account", "");
  u.role = j.value("role", "");
  u.roleLabel = j.value("roleLabel", "");
  u.unitName = j.value("unitName", "");
  u.displayName = j.value("displayName", "");
  return u;
}

namespace {
// The browser has no trustworthy calendar of its own for the rules; the server re-checks with its date anyway.
Date todayFromClock() { return dateInShanghai(std::time(nullptr)); }
}  // namespace

App::App(AppContext c) : ctx(c), api(c.http, c.glyphs), applicant(todayFromClock(), c.local, c.frames) {}

void App::start() {
  api.call("GET", "health", nullptr, [this](const ApiResult& r) {
    auto& server = session.server;
    if (r.ok()) {
      server.state = ServerStatus::State::Online;
      server.detail = "版本 " + r.body.value("version", std::string("?"));
    } else {
      server.state = ServerStatus::State::Offline;
      server.detail = r.message;
    }
    ctx.frames.wake();
  });
  api.call("GET", "round", nullptr, [this](const ApiResult& r) {
    if (!r.ok() || !r.body.is_object()) return;
    auto& editor = applicant.editor;
    const auto deadline = parseDate(r.body.value("deadline", ""));
    const auto today = parseDate(r.body.value("today", ""));
    if (deadline && today)
      editor.setCalendar(r.body.value("year", editor.round().year), *deadline, r.body.value("enforceDeadline", true),
                         *today);
    if (r.body.contains("limits") && r.body["limits"].is_object())
      ctx.materials.setMaxFileBytes(r.body["limits"].value("attachmentFileBytes", ctx.materials.maxFileBytes()));
  });
  loadDepartments();
  api.currentSession([this](const ApiResult& r) {
    if (r.ok())
      onSignedIn(r.body["user"]);
    else
      screen = Screen::SignIn;
    ctx.frames.wake();
  });
}

void App::tick(double now) {
  applicant.sync.tick(now);
  if (screen == Screen::Wizard && applicant.remote && applicant.sync.status() == SyncStatus::SignedOut &&
      !session.expired) {
    session.expired = true;
    session.form.message.clear();
    ctx.frames.wake();
  }
}

void App::signIn() {
  auto& f = session.form;
  f.busy = true;
  f.message.clear();
  const std::string account = f.account.empty() && session.user ? session.user->account : f.account;
  api.signIn(account, f.password, [this](const ApiResult& r) {
    auto& f = session.form;
    f.busy = false;
    f.password.clear();
    if (!r.ok()) {
      f.message = r.message;       // wrong password, locked for 15 minutes (429) … as the server says
    } else if (session.expired) {  // back into the wizard where the user was; the draft syncs again
      session.expired = false;
      applicant.sync.start(applicant.sync.localKey(), applicant.remote.get(), ctx.now());
    } else {
      onSignedIn(r.body["user"]);
    }
    ctx.frames.wake();
  });
}

void App::registerApplicant() {
  auto& f = session.form;
  f.regFields = nlohmann::json::array();
  if (f.regPassword != f.regPassword2) {
    f.message = "两次输入的密码不一致，请重新输入";
    return;
  }
  f.busy = true;
  f.message.clear();
  nlohmann::json form{{"uscc", f.regUscc},          {"name", f.regName},   {"contactName", f.regContact},
                      {"contactPhone", f.regPhone}, {"email", f.regEmail}, {"password", f.regPassword}};
  api.registerApplicant(form, [this](const ApiResult& r) {
    auto& f = session.form;
    f.busy = false;
    if (!r.ok()) {
      f.message = r.message;
      f.regFields = r.fields;
    } else {
      f.account = f.regUscc;
      f.password = f.regPassword;
      f.regPassword.clear();
      f.regPassword2.clear();
      f.registering = false;
      signIn();
    }
    ctx.frames.wake();
  });
}

void App::signOut() {
  api.signOut([this](const ApiResult&) {
    session.user.reset();
    applicant.application = nlohmann::json();
    applicant.remote.reset();
    screen = Screen::SignIn;
    ctx.frames.wake();
  });
}

void App::fillBeforeRegistering() {
  banner.clear();
  applicant.application = nlohmann::json();
  applicant.remote.reset();
  applicant.editor.load(Application{});
  applicant.editor.reviewerComments().clear();
  applicant.sync.start(kSignedOutDraftKey, nullptr, ctx.now());
  screen = Screen::Wizard;
}

void App::backToSignIn() {
  session.form.message.clear();
  screen = Screen::SignIn;
}

void App::onSignedIn(const nlohmann::json& userJson) {
  session.user = SessionUser::fromJson(userJson);
  session.form = SignInForm{};
  banner.clear();
  if (!session.user->isApplicant()) {
    screen = Screen::ReviewerHome;
    api.call("GET", "queue", nullptr, [this](const ApiResult& r) {
      reviewer.queue = r.ok() ? r.body : nlohmann::json();
      if (!r.ok()) banner = r.message;
      ctx.frames.wake();
    });
    return;
  }
  screen = Screen::Loading;
  ctx.local.get(kSignedOutDraftKey, [this](std::optional<std::string> draft) {
    claimSignedOutDraft_ = draft.has_value();
    openApplicantHome();
  });
}

void App::loadDepartments() {
  api.call("GET", "units", nullptr, [this](const ApiResult& r) {
    if (!r.ok() || !r.body.contains("items") || !r.body["items"].is_array()) return;
    applicant.departments.clear();
    for (const auto& u : r.body["items"])
      if (u.is_object() && u.value("level", "") == "department")
        applicant.departments.push_back(departmentRouting(u.value("code", ""), u.value("name", "")));
    ctx.frames.wake();
  });
}

}  // namespace sxpool::web
