#include "app/app.hpp"

#include <ctime>

#include "sxpool/date.hpp"
#include "sxpool/divisions.hpp"
#include "sxpool/routing.hpp"
#include "sxpool/uscc.hpp"

namespace sxpool::web {

namespace {
// The browser has no trustworthy calendar of its own for the rules; the server re-checks with its date anyway.
Date todayFromClock() { return dateInShanghai(std::time(nullptr)); }
}  // namespace

App::App(AppContext c) : ctx(c), api(c.http, c.glyphs), applicant(todayFromClock(), c.local, c.frames) {
  applicant.sync.setAnnounce(ctx.announceSave);
}

void App::savedElsewhere(const std::string& key, long revision) {
  auto& sync = applicant.sync;
  if (screen == Screen::Wizard && key == sync.localKey() && revision != sync.baseRevision())
    sync.checkServer(ctx.now());
}

void App::regainedFocus() {
  if (screen == Screen::Wizard) applicant.sync.checkServer(ctx.now());
}

void App::start() {
  api.health([this](const ApiResult& r, const api::HealthReply& health) {
    auto& server = session.server;
    if (r.ok()) {
      server.state = ServerStatus::State::Online;
      server.detail = "版本 " + (health.version.empty() ? std::string("?") : health.version);
    } else {
      server.state = ServerStatus::State::Offline;
      server.detail = r.message;
    }
    ctx.frames.wake();
  });
  api.round([this](const ApiResult& r, const api::RoundInfo& round) {
    if (!r.ok()) return;
    auto& editor = applicant.editor;
    editor.setCalendar(round.year ? round.year : editor.round().year, round.deadline, round.enforceDeadline,
                       round.today);
    if (round.limits.attachmentFileBytes > 0)
      ctx.materials.setMaxFileBytes(static_cast<std::int64_t>(round.limits.attachmentFileBytes));
  });
  api.currentSession([this](const ApiResult& r, const api::SessionReply& reply) {
    if (r.ok())
      onSignedIn(reply.user);
    else
      screen = Screen::SignIn;
    ctx.frames.wake();
  });
}

void App::tick(double now) {
  if (completeClaim_ && applicant.sync.loaded() && applicant.application) completeClaimedDraft();
  applicant.sync.tick(now);
  keepPlace(now);
  if (applicant.editor.restoreScrollY >= 0) ctx.frames.wake();  // until the step is back at its position
  // Only a 401 from the server ends the session here: a read-only view or a draft kept on this device is no sign-out.
  if (screen == Screen::Wizard && applicant.remote && applicant.sync.unauthorized() && !session.expired) {
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
  api.signIn({account, f.password}, [this](const ApiResult& r, const api::SessionReply& reply) {
    auto& f = session.form;
    f.busy = false;
    f.password.clear();
    if (!r.ok()) {
      f.message = r.message;       // wrong password, locked for 15 minutes (429) … as the server says
    } else if (session.expired) {  // back into the wizard where the user was; the draft syncs again
      session.expired = false;
      applicant.sync.start(applicant.sync.localKey(), applicant.remote.get(), ctx.now());
    } else {
      onSignedIn(reply.user);
    }
    ctx.frames.wake();
  });
}

void App::registerApplicant() {
  auto& f = session.form;
  f.regFields.clear();
  if (f.regPassword != f.regPassword2) {
    f.message = "两次输入的密码不一致，请重新输入";
    return;
  }
  f.busy = true;
  f.message.clear();
  const api::RegistrationRequest form{f.regUscc, f.regName, f.regContact, f.regPhone, f.regEmail, f.regPassword};
  api.registerApplicant(form, [this](const ApiResult& r) {
    auto& f = session.form;
    f.busy = false;
    if (!r.ok()) {
      f.message = r.message;
      f.regFields = r.fields;
    } else {
      // 指南第六条: the code is checked against the licence by the reviewers when its check characters fail.
      if (!checkUscc(f.regUscc).fullyValid())
        notice = "注册成功。统一社会信用代码 " + f.regUscc +
                 " 未通过校验位核验（部分早期发放的代码如此）：已按“申请人工复核”受理，审核人员将对照营业执照核实，"
                 "请在「申请材料」中上传清晰的营业执照扫描件。";
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
    notice.clear();
    applicant.application.reset();
    applicant.remote.reset();
    applicant.editor.setMaterials({});
    reports = ReportsState{};
    screen = Screen::SignIn;
    ctx.frames.wake();
  });
}

void App::fillBeforeRegistering() {
  banner.clear();
  applicant.application.reset();
  applicant.remote.reset();
  applicant.editor.setMaterials({});  // none before registering: files are uploaded to an application
  applicant.editor.load(Application{});
  applicant.editor.reviewerComments().clear();
  applicant.sync.start(kSignedOutDraftKey, nullptr, ctx.now());
  loadDepartments();
  screen = Screen::Wizard;
}

void App::backToSignIn() {
  session.form.message.clear();
  screen = Screen::SignIn;
}

void App::onSignedIn(const api::UserView& user) {
  session.user = user;
  session.form = SignInForm{};
  banner.clear();
  if (user.mustChangePassword) return openChangePassword(*this);  // after an admin's reset: nothing else answers
  if (!isApplicant(*session.user)) {
    review.start();
    return;
  }
  screen = Screen::Loading;
  ctx.local.get(kSignedOutDraftKey, [this](std::optional<std::string> draft) {
    claimSignedOutDraft_ = draft.has_value();
    openApplicantHome();
  });
}

// Asked for when the wizard first opens, not at start: the first screen waits for nothing it does not show.
void App::loadDepartments() {
  if (!applicant.departments.empty()) return;
  api.units([this](const ApiResult& r, const api::UnitList& units) {
    if (!r.ok()) return;
    applicant.departments.clear();
    for (const auto& u : units.items)
      if (u.level == codeOf(UnitLevel::ProvincialDepartment))
        applicant.departments.push_back(departmentRouting(u.code, u.name));
    ctx.frames.wake();
  });
}

}  // namespace sxpool::web
