// The applicant's transitions: the home screen's data, the wizard over the draft, submission, materials.
#include <algorithm>

#include "app/app.hpp"
#include "sxpool/json.hpp"

namespace sxpool::web {

long ApplicantState::applicationId() const { return application.is_object() ? application.value("id", 0L) : 0L; }
bool ApplicantState::editable() const { return application.is_object() && application.value("editable", false); }

void App::openApplicantHome() {
  api.openCurrentApplication([this](const ApiResult& r) {
    loadApplication(r);
    screen = Screen::ApplicantHome;
    // Filled in before registering: into this account's draft now (DraftSync adopts it), not at some later click.
    if (claimSignedOutDraft_ && applicant.editable()) {
      openWizard();
      banner = "登录前在本机填写的内容已转入本机构的申请书，正在同步到服务器。";
    }
    claimSignedOutDraft_ = false;
    ctx.frames.wake();
  });
  refreshHome();
}

void App::refreshHome() {
  api.inbox([this](const ApiResult& r) {
    if (r.ok() && r.body.contains("items")) applicant.inbox = r.body["items"];
    ctx.frames.wake();
  });
  if (applicationId() != 0) api.application(applicationId(), [this](const ApiResult& r) { loadApplication(r); });
}

void App::loadApplication(const ApiResult& r) {
  if (!r.ok()) {
    banner = r.message;
    return;
  }
  applicant.application = r.body;
  ctx.frames.wake();
}

void App::applyReviewerComments() {
  auto& comments = applicant.editor.reviewerComments();
  comments.clear();
  const auto& application = applicant.application;
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
  if (id == 0 || !session.user) return;
  banner.clear();
  applicant.remote = std::make_unique<ApiDraftRemote>(api, id);
  const bool editable = applicant.editable();
  const std::string key = "draft:" + session.user->account + ":" + std::to_string(id);
  if (editable)
    applicant.sync.start(key, applicant.remote.get(), ctx.now(), kSignedOutDraftKey);
  else
    applicant.sync.start(key, nullptr, ctx.now());
  if (!editable && applicant.application.contains("document"))
    applicant.editor.load(decodeApplication(applicant.application["document"].dump()).value);
  applyReviewerComments();
  screen = Screen::Wizard;
}

void App::backToHome() {
  screen = Screen::ApplicantHome;
  refreshHome();
}

void App::submit() {
  const auto& sync = applicant.sync;
  if (!session.user) {
    banner = "请先注册或登录：登录后，本机填写的内容自动转入本机构的申请书，再提交。";
    return;
  }
  if (sync.status() != SyncStatus::Synced) {
    banner = "草稿尚未同步到服务器（" + std::string(sync.statusText()) + "）：请稍候，显示「已同步」后再提交。";
    return;
  }
  banner.clear();
  api.submit(applicationId(), sync.baseRevision(), [this](const ApiResult& r) {
    if (r.ok()) {
      applicant.receipt = r.body;
      screen = Screen::Receipt;
      refreshHome();
    } else {
      banner = r.message;
      applicant.editor.setShowAll(true);  // every remaining problem at its field
    }
    ctx.frames.wake();
  });
}

namespace {
void replaceMaterial(Application& a, MaterialKind kind, const Material* with) {
  auto& list = a.materials;
  list.erase(std::remove_if(list.begin(), list.end(), [&](const Material& x) { return x.kind == kind; }), list.end());
  if (with) list.push_back(*with);
}
}  // namespace

void App::materialUploaded(const Material& m, long attachmentId) {
  applicant.editor.edit("materials", [&](Application& a) { replaceMaterial(a, m.kind, &m); });
  const std::string code = std::to_string(static_cast<int>(m.kind));
  const auto& application = applicant.application;
  if (application.is_object() && application.contains("materials"))
    for (const auto& old : application["materials"])
      if (old.is_object() && old.value("kind", "") == code && old.value("id", 0L) != attachmentId)
        api.removeAttachment(applicationId(), old.value("id", 0L), [](const ApiResult&) {});
  refreshHome();
}

void App::removeMaterial(MaterialKind kind) {
  const std::string code = std::to_string(static_cast<int>(kind));
  long attachmentId = 0;
  const auto& application = applicant.application;
  if (application.is_object() && application.contains("materials"))
    for (const auto& m : application["materials"])
      if (m.is_object() && m.value("kind", "") == code) attachmentId = m.value("id", 0L);
  auto dropLocal = [this, kind] {
    applicant.editor.edit("materials", [&](Application& a) { replaceMaterial(a, kind, nullptr); });
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
