// The applicant's side of a review: inbox messages read when seen, withdrawal while the workflow allows it.
#include <algorithm>

#include "app/app.hpp"

namespace sxpool::web {

void App::markInboxSeen(long messageId) {
  for (auto& m : applicant.inbox) {
    if (m.id != messageId || m.read) continue;
    m.read = true;  // shown as read at once; the server learns it now
    api.markInboxRead(messageId, [this](const ApiResult& r) {
      if (!r.ok() && r.status != 404) banner = r.message;
      ctx.frames.wake();
    });
  }
}

bool App::canWithdraw() const {
  if (!applicant.application) return false;
  const auto allowed = availableActions(applicant.application->workflow, Actor{Role::Applicant, {}, {}});
  return std::find(allowed.begin(), allowed.end(), Action::Withdraw) != allowed.end();
}

void App::withdraw(const std::string& reason) {
  const long id = applicationId();
  if (id == 0) return;
  banner.clear();
  api.withdraw(id, reason, [this](const ApiResult& r, const api::ActionResult& result) {
    if (r.ok()) {
      notice = "申请已撤回。" + result.nextStep;
    } else {
      banner = r.message;
    }
    refreshHome();
    ctx.frames.wake();
  });
}

}  // namespace sxpool::web
