// The applicant's inbox, and the audit log for the admin and the province.
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

api::AuditReply ReviewService::audit(const CurrentUser& user, const api::AuditQuery& query) {
  if (user.role != Role::Admin && user.role != Role::ProvinceReviewer)
    throw forbidden("审计日志只对管理员和省工信厅开放");
  api::AuditReply reply;
  for (auto& a : ctx_.store.audit(std::nullopt, query.limit))
    reply.items.push_back({a.id, a.at, std::move(a.account), std::move(a.unitCode), std::move(a.event), a.applicationId,
                           std::move(a.fromState), std::move(a.toState), std::move(a.comment)});
  return reply;
}

}  // namespace sxpool::services
