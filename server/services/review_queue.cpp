// The review queue: what a role × jurisdiction sees, filtered, searched, sorted, one page with its counts.
#include "services/review_service.hpp"
#include "services/queue_columns.hpp"
#include "services/service_error.hpp"
#include "services/units.hpp"
#include "sxpool/divisions.hpp"

namespace sxpool::services {
namespace {

std::optional<std::string> viewerUnitOf(const CurrentUser& user) {
  if (user.role == Role::Admin) return std::nullopt;
  return user.user.unitCode;
}

}  // namespace

void ReviewService::requireQueueAccess(const CurrentUser& user) {
  if (user.role == Role::Applicant) throw forbidden("审核列表只对审核单位和管理员开放");
}

std::string ReviewService::queueCacheKey(const CurrentUser& user, const api::QueueQuery& query) {
  return std::string(codeOf(user.role)) + "|" + user.user.unitCode + "|" + query.key();
}

api::QueuePage ReviewService::queue(const CurrentUser& user, const api::QueueQuery& query) {
  requireQueueAccess(user);
  store::QueueQuery q;
  q.viewerUnit = viewerUnitOf(user);
  for (const auto s : query.states) q.states.emplace_back(codeOf(s));
  q.city = query.city;
  q.county = query.county;
  if (query.direction) q.direction = std::string(codeOf(*query.direction));
  q.roundYear = query.roundYear;
  q.search = query.search;
  if (query.mine && user.role != Role::Admin)
    q.holdingUnit = user.role == Role::ProvinceReviewer ? std::string(kProvinceUnitCode) : user.user.unitCode;
  q.sort = query.sort;
  q.descending = query.descending;
  q.page = query.page;
  q.pageSize = query.pageSize;

  const std::string countsKey = q.viewerUnit.value_or("*") + "|" + query.key(false);
  const auto generation = ctx_.generation.load();
  std::optional<QueueCounts> known;
  {
    std::lock_guard lock(countsMutex_);
    if (auto it = countsCache_.find(countsKey); it != countsCache_.end() && it->second.generation == generation)
      known = it->second;
  }
  q.countTotal = !known;
  auto rows = ctx_.store.queue(q);
  if (!known) {
    known = QueueCounts{generation, rows.total, ctx_.store.stateCounts(q.viewerUnit)};
    std::lock_guard lock(countsMutex_);
    if (countsCache_.size() > 1000) countsCache_.clear();
    countsCache_[countsKey] = *known;
  }

  api::QueuePage page;
  page.total = known->total;
  page.page = q.page;
  page.pageSize = q.pageSize;
  page.counts = known->counts;
  for (const auto& [state, n] : page.counts) page.countAll += n;
  page.items.reserve(rows.items.size());
  for (auto& i : rows.items) {
    api::QueueItem item;
    item.id = i.id;
    item.name = std::move(i.name);
    item.uscc = std::move(i.uscc);
    item.state = fromCode<WorkflowState>(i.state).value_or(WorkflowState::Draft);
    item.routingKind = std::move(i.routingKind);
    item.routingUnitName = unitName(ctx_, i.routingUnit);
    item.routingUnit = std::move(i.routingUnit);
    item.cityName = unitName(ctx_, i.cityCode);
    item.cityCode = std::move(i.cityCode);
    item.countyCode = std::move(i.countyCode);
    item.directions = directionsFromColumn(i.directions);
    item.roundYear = i.roundYear;
    item.receiptNo = std::move(i.receiptNo);
    item.submittedAt = i.submittedAt;
    item.updatedAt = i.updatedAt;
    item.version = i.currentVersion;
    if (i.publicityStart) item.publicityStart = parseDate(*i.publicityStart);
    if (i.publicityEnd) item.publicityEnd = parseDate(*i.publicityEnd);
    item.mine = !i.holdingUnit.empty() && i.holdingUnit == user.user.unitCode;
    item.holdingUnit = std::move(i.holdingUnit);
    page.items.push_back(std::move(item));
  }
  return page;
}

}  // namespace sxpool::services
