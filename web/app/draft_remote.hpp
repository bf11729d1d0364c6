#pragma once
#include <functional>
#include <optional>
#include <string>

#include "sxpool/application.hpp"

namespace sxpool::web {

struct RemoteDraft {
  long revision = 0;                    // the server's draft revision (0: nothing saved yet)
  std::optional<Application> document;  // none when the server holds no document yet
};

struct RemoteReply {
  enum class Kind { Ok, Conflict, Offline, Unauthorized, Refused } kind = Kind::Offline;
  RemoteDraft draft;    // Ok: the stored draft (after a save: its new revision); Conflict: the server's copy
  std::string message;  // Chinese, for Refused / Offline
};

// The server side of draft sync (implemented over the API client; a stand-in in tests).
class DraftRemote {
 public:
  virtual ~DraftRemote() = default;
  virtual void fetchDraft(std::function<void(const RemoteReply&)> done) = 0;
  // Saves `document` as the successor of `baseRevision`; a stale base answers Conflict with the server copy.
  virtual void saveDraft(long baseRevision, const Application& document,
                         std::function<void(const RemoteReply&)> done) = 0;
};

}  // namespace sxpool::web
