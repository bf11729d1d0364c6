#include "app/draft_sync.hpp"

#include <nlohmann/json.hpp>

#include "sxpool/json.hpp"

namespace sxpool::web {

namespace {
constexpr const char* kLocalFormat = "sxpool.local-draft/1";
}

DraftSync::DraftSync(DraftEditor& editor, LocalStore& local, FrameScheduler& frames)
    : editor_(editor), local_(local), frames_(frames) {}

const char* DraftSync::statusText() const {
  switch (status_) {
    case SyncStatus::Loading: return "正在读取草稿…";
    case SyncStatus::SavedLocally: return "已保存到本机";
    case SyncStatus::Syncing: return "同步中…";
    case SyncStatus::Synced: return "已同步";
    case SyncStatus::Offline: return "离线（已保存到本机，联网后自动同步）";
    case SyncStatus::Conflict: return "冲突：草稿在别处也被修改，请选择保留哪一份";
    case SyncStatus::SignedOut: return "未登录（已保存到本机，登录后自动同步）";
    case SyncStatus::ReadOnly: return "只读：已提交的申请书，不再保存修改";
  }
  return "";
}

std::string DraftSync::encodeLocal(const LocalRecord& r) {
  nlohmann::json j{
      {"format", kLocalFormat}, {"baseRevision", r.baseRevision}, {"dirty", r.dirty}, {"document", r.document}};
  return j.dump();
}

std::optional<DraftSync::LocalRecord> DraftSync::decodeLocal(const std::string& text) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object() || j.value("format", "") != kLocalFormat || !j["document"].is_string()) return std::nullopt;
  LocalRecord r;
  r.baseRevision = j.value("baseRevision", 0L);
  r.dirty = j.value("dirty", false);
  r.document = j["document"].get<std::string>();
  return r;
}

void DraftSync::setStatus(SyncStatus s, std::string message) {
  status_ = s;
  message_ = std::move(message);
  frames_.wake();
}

void DraftSync::startReadOnly() {
  key_.clear();
  remote_ = nullptr;
  loaded_ = false;  // tick() then notices no edits and pushes nothing
  dirty_ = false;
  unauthorized_ = false;
  theirs_.reset();
  ++generation_;  // answers of an earlier start() are dropped
  setStatus(SyncStatus::ReadOnly);
}

void DraftSync::start(const std::string& localKey, DraftRemote* remote, double now, const std::string& adoptKey) {
  key_ = localKey;
  remote_ = remote;
  loaded_ = false;
  unauthorized_ = false;
  const long generation = ++generation_;
  theirs_.reset();
  now_ = now;
  seenEdit_ = editor_.revision();  // what the editor held before is not an edit of this draft
  setStatus(SyncStatus::Loading);
  local_.get(key_, [this, adoptKey, generation](std::optional<std::string> text) {
    if (generation != generation_) return;
    auto record = text ? decodeLocal(*text) : std::nullopt;
    if (record || adoptKey.empty()) {
      reconcile(record, now_);
      return;
    }
    local_.get(adoptKey, [this, adoptKey, generation](std::optional<std::string> adopted) {
      if (generation != generation_) return;
      auto rec = adopted ? decodeLocal(*adopted) : std::nullopt;
      if (rec) {
        rec->baseRevision = 0;  // written while signed out: new to this account
        rec->dirty = true;
        local_.remove(adoptKey);
      }
      reconcile(rec, now_);
    });
  });
}

void DraftSync::reconcile(const std::optional<LocalRecord>& local, double now) {
  if (local) {  // show my copy at once; the server may still replace it
    loadDocument(local->document);
    baseRevision_ = local->baseRevision;
    dirty_ = local->dirty;
  }
  loaded_ = true;
  if (!remote_) {
    setStatus(SyncStatus::SignedOut);
    return;
  }
  setStatus(SyncStatus::Syncing);
  remote_->fetchDraft([this, local, now, generation = generation_](const RemoteReply& reply) {
    if (generation == generation_) onFetched(local, reply, now);
  });
}

void DraftSync::onFetched(const std::optional<LocalRecord>& local, const RemoteReply& reply, double now) {
  using Kind = RemoteReply::Kind;
  if (reply.kind == Kind::Offline) {  // ask again later; my copy stays in the local store meanwhile
    setStatus(SyncStatus::Offline, reply.message);
    refetchAt_ = now + kRetryDelay;
    frames_.wakeAt(refetchAt_);
    return;
  }
  if (reply.kind == Kind::Unauthorized) {
    unauthorized_ = true;
    return setStatus(SyncStatus::SignedOut);
  }
  if (reply.kind != Kind::Ok) return setStatus(SyncStatus::Offline, reply.message);

  const RemoteDraft& server = reply.draft;
  const bool mineIsNewer = local && local->dirty;
  if (!mineIsNewer) {                                     // nothing unsaved here: the server's copy is the truth
    if (server.document) loadDocument(*server.document);  // revision 0 may be prefilled
    baseRevision_ = server.revision;
    dirty_ = false;
    writeLocal();
    return setStatus(SyncStatus::Synced);
  }
  if (local->baseRevision == server.revision || server.revision == 0) {  // only I changed it
    pushAt_ = now;
    return setStatus(SyncStatus::SavedLocally);
  }
  Application theirs = server.document.value_or(Application{});
  theirs.materials = editor_.app().materials;  // not the draft's: the same on both sides
  if (theirs == editor_.app()) {               // both sides made the same change
    baseRevision_ = server.revision;
    dirty_ = false;
    writeLocal();
    return setStatus(SyncStatus::Synced);
  }
  theirRevision_ = server.revision;
  theirs_ = std::move(theirs);
  setStatus(SyncStatus::Conflict);
}

void DraftSync::loadDocument(const std::string& json) { loadDocument(decodeApplication(json).value); }

void DraftSync::loadDocument(Application document) {
  editor_.load(std::move(document));
  seenEdit_ = editor_.revision();
}

void DraftSync::writeLocal() {
  LocalRecord r{baseRevision_, dirty_, encodeApplication(editor_.draft())};
  local_.put(key_, encodeLocal(r), [this](bool ok) {
    if (!ok) setStatus(status_, "无法写入本机存储（浏览器可能处于隐私模式或空间已满）：请尽快联网同步。");
  });
}

void DraftSync::tick(double now) {
  now_ = now;
  if (!loaded_) return;
  if (editor_.revision() != seenEdit_) {  // a user edit: to the local store at once, to the server soon
    seenEdit_ = editor_.revision();
    dirty_ = true;
    writeLocal();
    if (status_ != SyncStatus::Conflict && status_ != SyncStatus::SignedOut)
      setStatus(remote_ ? SyncStatus::SavedLocally : SyncStatus::SignedOut);
    pushAt_ = now + kPushDelay;
    frames_.wakeAt(pushAt_);
  }
  if (remote_ && refetchAt_ >= 0 && now >= refetchAt_) {
    refetchAt_ = -1;
    LocalRecord mine{baseRevision_, dirty_, {}};
    if (dirty_) mine.document = encodeApplication(editor_.draft());
    remote_->fetchDraft([this, mine, now](const RemoteReply& reply) {
      onFetched(mine.dirty ? std::optional<LocalRecord>(mine) : std::nullopt, reply, now);
    });
    return;
  }
  if (remote_ && dirty_ && !inFlight_ && !inConflict() && refetchAt_ < 0 && pushAt_ >= 0 && now >= pushAt_) push(now);
}

void DraftSync::push(double now) {
  inFlight_ = true;
  pushAt_ = -1;
  const long pushedEdit = editor_.revision();
  if (status_ != SyncStatus::Offline) setStatus(SyncStatus::Syncing);
  remote_->saveDraft(baseRevision_, editor_.draft(),
                     [this, pushedEdit, now](const RemoteReply& reply) { onPushed(reply, pushedEdit, now); });
}

void DraftSync::onPushed(const RemoteReply& reply, long pushedEdit, double now) {
  inFlight_ = false;
  using Kind = RemoteReply::Kind;
  switch (reply.kind) {
    case Kind::Ok:
      baseRevision_ = reply.draft.revision;
      dirty_ = editor_.revision() != pushedEdit;  // typed on while the save was under way
      writeLocal();
      if (announce_) announce_(key_, baseRevision_);
      if (dirty_) pushAt_ = now_ + kPushDelay, frames_.wakeAt(pushAt_);
      return setStatus(dirty_ ? SyncStatus::SavedLocally : SyncStatus::Synced);
    case Kind::Conflict: {
      theirRevision_ = reply.draft.revision;
      theirs_ = reply.draft.document.value_or(Application{});
      theirs_->materials = editor_.app().materials;
      return setStatus(SyncStatus::Conflict);
    }
    case Kind::Unauthorized: unauthorized_ = true; return setStatus(SyncStatus::SignedOut);
    case Kind::Offline:
    case Kind::Refused:
      pushAt_ = now + kRetryDelay;
      frames_.wakeAt(pushAt_);
      return setStatus(SyncStatus::Offline, reply.message);
  }
}

void DraftSync::checkServer(double now) {
  if (!remote_ || !loaded_ || inFlight_ || inConflict() || refetchAt_ >= 0) return;
  refetchAt_ = now;  // tick() fetches, then onFetched() decides as at start
  frames_.wake();
}

void DraftSync::keepMine(double now) {
  if (!theirs_) return;
  baseRevision_ = theirRevision_;
  theirs_.reset();
  dirty_ = true;
  writeLocal();
  push(now);
}

void DraftSync::takeTheirs() {
  if (!theirs_) return;
  // My copy is set aside, not thrown away: a later version of the app (or support) can still recover it.
  local_.put(key_ + ":replaced", encodeLocal({baseRevision_, true, encodeApplication(editor_.draft())}), nullptr);
  editor_.load(std::move(*theirs_));
  seenEdit_ = editor_.revision();
  theirs_.reset();
  baseRevision_ = theirRevision_;
  dirty_ = false;
  writeLocal();
  setStatus(SyncStatus::Synced);
}

}  // namespace sxpool::web
