#pragma once
#include <functional>
#include <optional>
#include <string>

#include "app/draft_editor.hpp"
#include "app/draft_remote.hpp"
#include "app/frame_scheduler.hpp"
#include "platform/local_store.hpp"

namespace sxpool::web {

enum class SyncStatus { Loading, SavedLocally, Syncing, Synced, Offline, Conflict, SignedOut, ReadOnly };

// Drafts that are never lost: every edit is written to the local store at once, then pushed to the server in
// the background (after a short pause in typing). A copy edited elsewhere in the meantime is never overwritten
// silently: it becomes a conflict that the user resolves (keep mine / take the server's). Materials are not part
// of a draft (DraftEditor::draft()): neither copy carries them, and they never make a conflict.
class DraftSync {
 public:
  static constexpr double kPushDelay = 0.8;   // seconds of quiet before a push
  static constexpr double kRetryDelay = 5.0;  // while offline

  DraftSync(DraftEditor& editor, LocalStore& local, FrameScheduler& frames);

  // Starts with the local copy under `localKey`, then reconciles with `remote` (null: signed out, local only).
  // A draft written while signed out (under `adoptKey`) is taken over when `localKey` has none.
  void start(const std::string& localKey, DraftRemote* remote, double now, const std::string& adoptKey = {});
  // A submitted application shown read-only: no local copy is read or written, nothing is saved anywhere.
  void startReadOnly();
  void tick(double now);  // every frame tick: notices edits, pushes when due
  // True only when the server answered 401 (the session ended), never merely because there is no server copy.
  bool unauthorized() const { return unauthorized_; }

  SyncStatus status() const { return status_; }
  const char* statusText() const;  // 已保存到本机 / 同步中 / 已同步 / 离线 / 冲突 …
  const std::string& message() const { return message_; }
  bool loaded() const { return loaded_; }
  long baseRevision() const { return baseRevision_; }  // the server revision my copy is (or derives from)
  const std::string& localKey() const { return key_; }

  // Another tab of this browser saved this draft (BroadcastChannel), or this tab regained focus: ask the server
  // for its revision; an unchanged copy here takes the newer one at once, an edited one becomes a conflict.
  void checkServer(double now);
  // Told to the other tabs after every save: (local key, new revision).
  void setAnnounce(std::function<void(const std::string&, long)> announce) { announce_ = std::move(announce); }

  bool inConflict() const { return theirs_.has_value(); }
  const Application& theirs() const { return *theirs_; }
  void keepMine(double now);  // my copy replaces the server's
  void takeTheirs();          // the server's copy replaces mine (mine is kept under "<key>:replaced")

 private:
  struct LocalRecord {
    long baseRevision = 0;
    bool dirty = false;
    std::string document;
  };
  static std::string encodeLocal(const LocalRecord& r);
  static std::optional<LocalRecord> decodeLocal(const std::string& text);

  void reconcile(const std::optional<LocalRecord>& local, double now);
  void onFetched(const std::optional<LocalRecord>& local, const RemoteReply& reply, double now);
  void loadDocument(const std::string& json);  // from the local store
  void loadDocument(Application document);
  void writeLocal();
  void push(double now);
  void onPushed(const RemoteReply& reply, long pushedEdit, double now);
  void setStatus(SyncStatus s, std::string message = {});

  DraftEditor& editor_;
  LocalStore& local_;
  FrameScheduler& frames_;
  DraftRemote* remote_ = nullptr;
  std::string key_;
  bool loaded_ = false;
  long seenEdit_ = 0;      // editor revision already written locally
  long baseRevision_ = 0;  // server revision my copy derives from
  bool dirty_ = false;     // local edits the server has not got
  bool inFlight_ = false;
  bool unauthorized_ = false;
  long generation_ = 0;  // of start(): stale local-store answers are dropped
  double pushAt_ = -1;
  double refetchAt_ = -1;  // offline when reconciling: fetch again then
  long theirRevision_ = 0;
  std::optional<Application> theirs_;
  SyncStatus status_ = SyncStatus::Loading;
  std::string message_;
  double now_ = 0;
  std::function<void(const std::string&, long)> announce_;
};

}  // namespace sxpool::web
