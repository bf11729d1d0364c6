// The 公示 batch: the province publishes a list of approved applications as one, all or nothing.
#include "services/review_service.hpp"
#include "services/service_error.hpp"

namespace sxpool::services {

api::PublicityResult ReviewService::publish(const CurrentUser& user, const api::PublicityRequest& batch) {
  const Date today = ctx_.clock.today();
  if (batch.startDate && *batch.startDate < today)
    throw badRequest("「公示开始日期」不能早于今天", {fieldError("startDate", "不能早于今天")});
  ActionRequest request;
  request.action = Action::Publish;
  request.date = batch.startDate.value_or(today);
  api::PublicityResult result;
  ctx_.store.transaction([&] {
    for (const auto id : batch.ids) {
      auto outcome = actInTransaction(id, user, request);
      result.results.push_back({id, outcome.state});
      if (result.results.size() == 1) {
        result.startDate = outcome.workflow.publicityStart;
        result.endDate = outcome.workflow.publicityEnd;
      }
    }
    auto text = [](const std::optional<Date>& d) { return d ? formatDate(*d) : std::string(); };
    result.batchId =
        ctx_.store.insertPublicityBatch(text(result.startDate), text(result.endDate), user.user.id, ctx_.clock.now());
  });
  ctx_.generation++;
  ctx_.poolGeneration++;
  return result;
}

}  // namespace sxpool::services
