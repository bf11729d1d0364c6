// The applicant's transitions: the home screen's data, the wizard over the draft, submission, materials.
#include <algorithm>
#include <cstdio>

#include "app/app.hpp"

namespace sxpool::web {

namespace {
// The application's files as the domain model checks them (a kind this build does not know reads as 12, 其他佐证材料).
std::vector<Material> materialsOf(const std::vector<api::MaterialView>& views) {
  std::vector<Material> out;
  for (const auto& v : views) {
    if (v.removed) continue;
    Material& m = out.emplace_back();
    m.kind = fromCode<MaterialKind>(v.kind).value_or(MaterialKind::OtherEvidence);
    m.fileName = v.fileName;
    m.sizeBytes = v.sizeBytes;
    m.contentType = v.contentType;
    m.sha256 = v.sha256;
  }
  return out;
}

// The stored file of `kind` on the server (its attachment id), 0 if none.
long attachmentOf(const std::optional<api::ApplicationDetail>& a, MaterialKind kind) {
  long id = 0;
  if (a)
    for (const auto& m : a->materials)
      if (m.kind == codeOf(kind)) id = static_cast<long>(m.id);
  return id;
}
}  // namespace

long ApplicantState::applicationId() const { return application ? static_cast<long>(application->id) : 0; }
bool ApplicantState::editable() const { return application && application->editable; }

void App::openApplicantHome() {
  api.openCurrentApplication([this](const ApiResult& r, const api::ApplicationDetail& a) {
    loadApplication(r, a);
    screen = Screen::ApplicantHome;
    // Filled in before registering: into this account's draft now (DraftSync adopts it), not at some later click.
    if (claimSignedOutDraft_ && applicant.editable()) {
      openWizard();
      completeClaim_ = applicant.application->draftRevision == 0;
      banner = "登录前在本机填写的内容已转入本机构的申请书，正在同步到服务器。";
    }
    const bool claimed = claimSignedOutDraft_;
    claimSignedOutDraft_ = false;
    if (!claimed) restorePlace();
    ctx.frames.wake();
  });
  refreshHome();
}

std::string App::placeKey() const {
  return session.user ? "place:" + session.user->account + ":" + std::to_string(applicationId()) : std::string();
}

// "wizard <step> <scroll>" or "home", written half a second after it last changed.
void App::keepPlace(double now) {
  if (!session.user || applicationId() == 0 || !isApplicant(*session.user)) return;
  std::string place = "home";
  if (screen == Screen::Wizard)
    place = "wizard " + std::to_string(applicant.editor.step) + " " +
            std::to_string(static_cast<int>(applicant.editor.scrollY));
  else if (screen != Screen::ApplicantHome)
    return;
  if (place == keptPlace_) {
    placeDueAt_ = -1;
    return;
  }
  if (placeDueAt_ < 0) {
    placeDueAt_ = now + 0.5;
    ctx.frames.wakeAt(placeDueAt_);
  }
  if (now < placeDueAt_) return;
  placeDueAt_ = -1;
  keptPlace_ = place;
  ctx.local.put(placeKey(), place, nullptr);
}

void App::restorePlace() {
  if (applicationId() == 0) return;
  ctx.local.get(placeKey(), [this](std::optional<std::string> place) {
    if (!place || place->rfind("wizard ", 0) != 0 || screen != Screen::ApplicantHome) return;
    int step = 0, scroll = 0;
    if (std::sscanf(place->c_str() + 7, "%d %d", &step, &scroll) < 1) return;
    keptPlace_ = *place;
    openWizard();
    applicant.editor.step = std::max(0, step);
    applicant.editor.restoreScrollY = static_cast<float>(std::max(0, scroll));
    applicant.editor.restoreFrames = 0;
    ctx.frames.wake();
  });
}

void App::refreshHome() {
  api.inbox([this](const ApiResult& r, const api::InboxReply& inbox) {
    if (r.ok()) applicant.inbox = inbox.items;
    ctx.frames.wake();
  });
  if (applicationId() != 0)
    api.application(applicationId(),
                    [this](const ApiResult& r, const api::ApplicationDetail& a) { loadApplication(r, a); });
}

void App::loadApplication(const ApiResult& r, const api::ApplicationDetail& a) {
  if (!r.ok()) {
    banner = r.message;
    return;
  }
  applicant.application = a;
  applicant.editor.setMaterials(materialsOf(a.materials));  // the application's files: never the draft's
  if (a.state.code == WorkflowState::Admitted && !applicant.profile)
    api.poolProfile(a.id, [this](const ApiResult& res, const api::PoolProfile& p) {
      if (res.ok()) applicant.profile = p;
      ctx.frames.wake();
    });
  ctx.frames.wake();
}

void App::savePoolProfile() {
  if (!applicant.profile || applicant.profileSaving) return;
  applicant.profileSaving = true;
  applicant.profileMessage.clear();
  api.savePoolProfile(*applicant.profile, [this](const ApiResult& res, const api::PoolProfile& p) {
    applicant.profileSaving = false;
    if (res.ok()) {
      applicant.profile = p;
      applicant.profileMessage = "已保存（第 " + std::to_string(p.revision) + " 版），公开名录随之更新";
    } else {
      applicant.profileMessage = res.message;
    }
    ctx.frames.wake();
  });
}

void App::applyReviewerComments() {
  auto& comments = applicant.editor.reviewerComments();
  comments.clear();
  if (!applicant.application) return;
  for (const auto& c : applicant.application->workflow.openComments) {
    std::string& text = comments[c.path];
    if (!text.empty()) text += "；";
    text += c.comment;
  }
}

void App::openWizard() {
  const long id = applicationId();
  if (id == 0 || !session.user) return;
  banner.clear();
  applicant.remote = std::make_unique<ApiDraftRemote>(api, id);
  const bool editable = applicant.editable();
  const std::string key = "draft:" + session.user->account + ":" + std::to_string(id);
  if (editable) {
    applicant.sync.start(key, applicant.remote.get(), ctx.now(), kSignedOutDraftKey);
  } else {  // submitted: the server's copy, shown read-only; nothing is saved, no local copy replaces it
    applicant.sync.startReadOnly();
    applicant.editor.load(applicant.application->document);
  }
  applyReviewerComments();
  loadDepartments();
  screen = Screen::Wizard;
}

// The new application's draft was prefilled from the registration (name, code, contact, 属地); the adopted draft
// replaces it, so the fields the applicant left empty before registering take the registration's values.
void App::completeClaimedDraft() {
  completeClaim_ = false;
  const Application& registered = applicant.application->document;
  applicant.editor.edit("basic", [&](Application& a) {
    auto fill = [](std::string& field, const std::string& from) {
      if (field.empty()) field = from;
    };
    fill(a.basic.name, registered.basic.name);
    fill(a.basic.uscc, registered.basic.uscc);
    fill(a.basic.contactName, registered.basic.contactName);
    fill(a.basic.contactPhone, registered.basic.contactPhone);
    fill(a.basic.email, registered.basic.email);
    if (a.routing.kind == RoutingKind::Unset) a.routing = registered.routing;
  });
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
  api.submit(applicationId(), sync.baseRevision(), [this](const ApiResult& r, const api::Receipt& receipt) {
    if (r.ok()) {
      applicant.receipt = receipt;
      screen = Screen::Receipt;
      refreshHome();
    } else {
      banner = r.message;
      applicant.editor.setShowAll(true);  // every remaining problem at its field
    }
    ctx.frames.wake();
  });
}

// The application's list of files with `kind`'s replaced (`with`) or dropped (null); the wizard shows it at once.
void App::replaceMaterial(MaterialKind kind, const api::MaterialView* with) {
  if (!applicant.application) return applicant.editor.setMaterials({}, true);
  auto& list = applicant.application->materials;
  list.erase(
      std::remove_if(list.begin(), list.end(), [&](const api::MaterialView& x) { return x.kind == codeOf(kind); }),
      list.end());
  if (with) list.push_back(*with);
  applicant.editor.setMaterials(materialsOf(list), true);
}

// The server replaced the kind's earlier file in the same request (PUT …/materials/{kind}) and answered with the
// stored one: into the application's list (the draft carries no materials), then the detail is read again.
void App::materialUploaded(const api::MaterialView& m) {
  if (const auto kind = fromCode<MaterialKind>(m.kind)) replaceMaterial(*kind, &m);
  refreshHome();
}

void App::removeMaterial(MaterialKind kind) {
  const long attachmentId = attachmentOf(applicant.application, kind);
  if (attachmentId == 0) return replaceMaterial(kind, nullptr);
  api.removeAttachment(applicationId(), attachmentId, [this, kind](const ApiResult& r) {
    if (r.ok())
      replaceMaterial(kind, nullptr);
    else
      banner = r.message;
    refreshHome();
  });
}

}  // namespace sxpool::web
