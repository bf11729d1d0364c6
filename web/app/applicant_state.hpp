#pragma once
#include <memory>
#include <optional>
#include <vector>

#include "app/api_client.hpp"
#include "app/draft_editor.hpp"
#include "app/draft_sync.hpp"
#include "sxpool/application.hpp"
#include "sxpool/round.hpp"

namespace sxpool::web {

// The applicant's side: this round's application, the inbox, the last receipt, and the draft being edited with its
// sync to this device and the server.
struct ApplicantState {
  ApplicantState(Date today, LocalStore& local, FrameScheduler& frames)
      : editor(round2026(), today), sync(editor, local, frames) {}

  std::optional<api::ApplicationDetail> application;  // GET /applications/{id}; none yet (or signed out)
  std::vector<api::InboxMessage> inbox;
  api::Receipt receipt;              // the answer of the last successful submission
  std::vector<Routing> departments;  // 省级主管部门 to choose from (GET /units)
  DraftEditor editor;
  DraftSync sync;
  std::unique_ptr<ApiDraftRemote> remote;  // null while no application is open (or signed out)
  // 指南第十三条: an admitted institution's products and cases, edited on the home screen.
  std::optional<api::PoolProfile> profile;
  std::string profileMessage;  // the outcome of the last save (or the server's refusal)
  bool profileSaving = false;

  long applicationId() const;
  bool editable() const;
};

}  // namespace sxpool::web
