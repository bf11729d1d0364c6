#include "app/app.hpp"

#include <algorithm>
#include <ctime>

#include "sxpool/json.hpp"
#include "sxpool/round.hpp"
#include "views/views.hpp"

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

App::App(AppContext c)
    : ctx(c), api(c.http, c.glyphs), editor(round2026(), todayFromClock()), sync(editor, c.local, c.frames) {}

long App::applicationId() const { return application.is_object() ? application.value("id", 0L) : 0L; }

void App::start() {
  api.call("GET", "health", nullptr, [this](const ApiResult& r) {
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
    const auto deadline = parseDate(r.body.value("deadline", ""));
    const auto today = parseDate(r.body.value("today", ""));
    if (deadline && today)
      editor.setCalendar(r.body.value("year", editor.round().year), *deadline, r.body.value("enforceDeadline", true),
                         *today);
    if (r.body.contains("limits") && r.body["limits"].is_object())
      ctx.materials.setMaxFileBytes(r.body["limits"].value("attachmentFileBytes", ctx.materials.maxFileBytes()));
  });
  api.currentSession([this](const ApiResult& r) {
    if (r.ok())
      onSignedIn(r.body["user"]);
    else
      screen = Screen::SignIn;
    ctx.frames.wake();
  });
}

void App::tick(double now) {
  sync.tick(now);
  if (screen == Screen::Wizard && remote_ && sync.status() == SyncStatus::SignedOut && !sessionExpired) {
    sessionExpired = true;
    signInForm.message.clear();
    ctx.frames.wake();
  }
}

void App::draw() {
  switch (screen) {
    case Screen::Loading: drawLoadingView(*this); break;
    case Screen::SignIn: drawSignInView(*this); break;
    case Screen::ApplicantHome: drawApplicantHomeView(*this); break;
    case Screen::Wizard: drawWizardScreen(*this); break;
    case Screen::Receipt: drawReceiptView(*this); break;
    case Screen::ReviewerHome: drawReviewerHomeView(*this); break;
  }
}

void App::signIn() {
  auto& f = signInForm;
  f.busy = true;
  f.message.clear();
  const std::string account = f.account.empty() && user ? user->account : f.account;
  api.signIn(account, f.password, [this](const ApiResult& r) {
    auto& f = signInForm;
    f.busy = false;
    f.password.clear();
    if (!r.ok()) {
      f.message = r.message;      // wrong password, locked for 15 minutes (429) … as the server says
    } else if (sessionExpired) {  // back into the wizard where the user was; the draft syncs again
      sessionExpired = false;
      sync.start(sync.localKey(), remote_.get(), ctx.now());
    } else {
      onSignedIn(r.body["user"]);
    }
    ctx.frames.wake();
  });
}

void App::registerApplicant() {
  auto& f = signInForm;
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
    auto& f = signInForm;
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
    user.reset();
    application = nlohmann::json();
    remote_.reset();
    screen = Screen::SignIn;
    ctx.frames.wake();
  });
}

void App::onSignedIn(const nlohmann::json& userJson) {
  user = SessionUser::fromJson(userJson);
  signInForm = SignInForm{};
  banner.clear();
  if (!user->isApplicant()) {
    screen = Screen::ReviewerHome;
    api.call("GET", "queue", nullptr, [this](const ApiResult& r) {
      queue = r.ok() ? r.body : nlohmann::json();
      if (!r.ok()) banner = r.message;
      ctx.frames.wake();
    });
    return;
  }
  screen = Screen::Loading;
  api.openCurrentApplication([this](const ApiResult& r) {
    loadApplication(r);
    screen = Screen::ApplicantHome;
    ctx.frames.wake();
  });
  refreshHome();
}

void App::refreshHome() {
  api.inbox([this](const ApiResult& r) {
    if (r.ok() && r.body.contains("items")) inbox = r.body["items"];
    ctx.frames.wake();
  });
  if (applicationId() != 0) api.application(applicationId(), [this](const ApiResult& r) { loadApplication(r); });
}

void App::loadApplication(const ApiResult& r) {
  if (!r.ok()) {
    banner = r.message;
    return;
  }
  application = r.body;
  ctx.frames.wake();
}

void App::applyReviewerComments() {
  auto& comments = editor.reviewerComments();
  comments.clear();
  if (!application.is_object() || !application.contains("workflow")) return;
  const auto& wf = application["workflow"];
  if (!wf.is_object() || !wf.contains("openComments") || !wf["openComments"].is_array()) return;
  for (const auto& c : wf["openComments"]) {
    if (!c.is_object()) continue;
    std::string& text = comments[c.value("path", "")];
    if (!text.empty()) text += "；";
    text += c.value("comment", "");
  }
}

void App::openWizard() {
  const long id = applicationId();
  if (id == 0 || !user) return;
  banner.clear();
  remote_ = std::make_unique<ApiDraftRemote>(api, id);
  const bool editable = application.value("editable", false);
  sync.start("draft:" + user->account + ":" + std::to_string(id), editable ? remote_.get() : nullptr, ctx.now());
  if (!editable && application.contains("document"))
    editor.load(decodeApplication(application["document"].dump()).value);
  applyReviewerComments();
  screen = Screen::Wizard;
}

void App::backToHome() {
  screen = Screen::ApplicantHome;
  refreshHome();
}

void App::submit() {
  if (sync.status() != SyncStatus::Synced) {
    banner = "草稿尚未同步到服务器（" + std::string(sync.statusText()) + "）：请稍候，显示「已同步」后再提交。";
    return;
  }
  banner.clear();
  api.submit(applicationId(), sync.baseRevision(), [this](const ApiResult& r) {
    if (r.ok()) {
      receipt = r.body;
      screen = Screen::Receipt;
      refreshHome();
    } else {
      banner = r.message;
      editor.setShowAll(true);  // every remaining problem at its field
    }
    ctx.frames.wake();
  });
}

}  // namespace sxpool::web

namespace sxpool::web {

namespace {
void replaceMaterial(Application& a, MaterialKind kind, const Material* with) {
  auto& list = a.materials;
  list.erase(std::remove_if(list.begin(), list.end(), [&](const Material& x) { return x.kind == kind; }), list.end());
  if (with) list.push_back(*with);
}
}  // namespace

void App::materialUploaded(const Material& m, long attachmentId) {
  editor.edit("materials", [&](Application& a) { replaceMaterial(a, m.kind, &m); });
  const std::string code = std::to_string(static_cast<int>(m.kind));
  if (application.is_object() && application.contains("materials"))
    for (const auto& old : application["materials"])
      if (old.is_object() && old.value("kind", "") == code && old.value("id", 0L) != attachmentId)
        api.removeAttachment(applicationId(), old.value("id", 0L), [](const ApiResult&) {});
  refreshHome();
}

void App::removeMaterial(MaterialKind kind) {
  const std::string code = std::to_string(static_cast<int>(kind));
  long attachmentId = 0;
  if (application.is_object() && application.contains("materials"))
    for (const auto& m : application["materials"])
      if (m.is_object() && m.value("kind", "") == code) attachmentId = m.value("id", 0L);
  auto dropLocal = [this, kind] {
    editor.edit("materials", [&](Application& a) { replaceMaterial(a, kind, nullptr); });
  };
  if (attachmentId == 0) return dropLocal();
  api.removeAttachment(applicationId(), attachmentId, [this, dropLocal](const ApiResult& r) {
    if (r.ok())
      dropLocal();
    else
      banner = r.message;
    refreshHome();
  });
}

}  // namespace sxpool::web
