// The applicant's inbox (the audit log is services/account_admin.cpp).
#include "services/review_service.hpp"
#include "services/service_error.hpp"

namespace sxpool::services {

api::InboxReply ReviewService::inbox(const CurrentUser& user) {
  api::InboxReply reply;
  for (auto& m : ctx_.store.inbox(user.user.id, 200)) {
    reply.unread += m.read ? 0 : 1;
    auto comments = api::decodeFieldComments(m.comments);  // written by recordTransition: always a list
    reply.items.push_back({m.id, m.applicationId, m.at, std::move(m.title), std::move(m.body),
                           comments ? std::move(*comments) : std::vector<FieldComment>{}, m.read});
  }
  return reply;
}

void ReviewService::markRead(const CurrentUser& user, std::int64_t id) {
  if (!ctx_.store.markInboxRead(user.user.id, id)) throw notFound("消息 " + std::to_string(id) + " 不存在");
}

}  // namespace sxpool::services
