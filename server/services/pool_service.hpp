#pragma once
// The admitted pool (指南第九、十二、十三条): each admitted institution's classification, its annual evaluation
// (removal by decision), the import of institutions admitted in 2025, and the products and cases it keeps
// current. An admitted institution is an application in state `admitted`; its id is the institution's id.
// pool_classification.cpp, pool_evaluation.cpp, pool_import.cpp, pool_profile.cpp.
#include <cstdint>
#include <optional>
#include <string>

#include "services/app_context.hpp"
#include "services/auth_service.hpp"
#include "services/case_records.hpp"
#include "services/review_service.hpp"
#include "sxpool/api/pool.hpp"
#include "sxpool/management.hpp"

namespace sxpool::services {

// 指南第十二条: is `uscc` barred from entry today? (the removals table, the round's ban years)
BanCheck reentryBanToday(AppContext& ctx, const std::string& uscc);

// 指南第九条: the suggestion from the directions (classify(); 知识产权、出海服务 → 其他类 as the round maps them).
api::ClassificationChoice suggestedClassification(const Application& app, const RoundSettings& round);
std::string classificationText(const api::ClassificationChoice& c);  // 社会化服务机构 · 数字赋能类

// Inside the Admit transaction: the classification (the province's choice, or the suggestion) and the products
// and cases the institution starts with. Returns the classification's text for the audit row.
std::string recordAdmission(AppContext& ctx, const CaseRecord& rec,
                            const std::optional<api::ClassificationChoice>& choice, const CurrentUser& by,
                            Date admittedOn);

class PoolService {
 public:
  PoolService(AppContext& ctx, ReviewService& review) : ctx_(ctx), review_(review) {}

  // GET /api/v1/pool: the admitted institutions the caller may see (reviewers of its jurisdiction, the admin).
  api::PoolList list(const CurrentUser& user);
  api::ClassificationView classification(std::int64_t id, const CurrentUser& user);
  // The province only; audit row "classification_changed".
  api::ClassificationView updateClassification(std::int64_t id, const CurrentUser& user,
                                               const api::ClassificationUpdate& update);

  api::EvaluationList evaluations(std::int64_t id, const CurrentUser& user);
  // The province only; a removal decision removes the institution through the workflow (with its ban).
  api::EvaluationList recordEvaluation(std::int64_t id, const CurrentUser& user, const api::EvaluationBody& body);

  // The province or the admin; all rows or none.
  api::ImportResult importAdmitted(const CurrentUser& user, const api::ImportRequest& request);

  api::PoolProfile profile(std::int64_t id, const CurrentUser& user);
  // The institution itself while admitted; 409 on a stale revision; audit row "profile_updated".
  api::PoolProfile updateProfile(std::int64_t id, const CurrentUser& user, const api::PoolProfile& profile);

 private:
  // An admitted (or, for reading, removed) institution the caller may see; 404/403/409 otherwise.
  CaseRecord requireInstitution(std::int64_t id, const CurrentUser& user, bool admittedOnly);
  api::ClassificationView viewOf(const CaseRecord& rec);
  void audit(const CurrentUser& by, std::int64_t id, const std::string& event, const std::string& comment,
             const std::string& detail);

  AppContext& ctx_;
  ReviewService& review_;
};

}  // namespace sxpool::services
