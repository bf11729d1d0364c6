// 指南第十三条: an admitted institution keeps its service products and cases current after admission; each change
// is an audit row. Reviewers of its jurisdiction read them (the public directory shows them).
#include "services/pool_service.hpp"

#include "services/service_error.hpp"
#include "sxpool/text.hpp"

namespace sxpool::services {
namespace {

constexpr size_t kMaxRows = 50;
constexpr size_t kMaxText = 4000;  // bytes per field

}  // namespace

api::PoolProfile PoolService::profile(std::int64_t id, const CurrentUser& user) {
  auto rec = requireInstitution(id, user, false);
  api::PoolProfile out;
  out.id = id;
  if (auto row = ctx_.store.poolProfile(id)) {
    out.revision = row->revision;
    out.products = api::decodeProducts(row->products).value.value_or(std::vector<ServiceProduct>{});
    out.cases = api::decodeCases(row->cases).value.value_or(std::vector<TypicalCase>{});
  } else {  // admitted before the pool kept its own copy: as admitted
    out.products = rec.draft.products;
    out.cases = rec.draft.cases;
  }
  return out;
}

api::PoolProfile PoolService::updateProfile(std::int64_t id, const CurrentUser& user, const api::PoolProfile& sent) {
  if (user.role != Role::Applicant)
    throw forbidden("服务产品和典型案例由入库机构自行维护（指南第十三条）：审核人员只能查看");
  std::vector<api::ErrorField> fields;
  if (sent.products.size() > kMaxRows)
    fields.push_back(fieldError("products", "服务产品最多" + std::to_string(kMaxRows) + "项"));
  if (sent.cases.size() > kMaxRows)
    fields.push_back(fieldError("cases", "典型案例最多" + std::to_string(kMaxRows) + "个"));
  for (size_t i = 0; i < sent.products.size(); ++i) {
    const auto& p = sent.products[i];
    const std::string path = "products[" + std::to_string(i) + "]";
    if (isBlank(p.name))
      fields.push_back(fieldError(path + ".name", "第" + std::to_string(i + 1) + "项服务产品请填写「服务产品名称」"));
    if (p.name.size() + p.content.size() + p.application.size() > 3 * kMaxText)
      fields.push_back(fieldError(path, "第" + std::to_string(i + 1) + "项服务产品内容过长，请精简"));
  }
  for (size_t i = 0; i < sent.cases.size(); ++i) {
    const auto& c = sent.cases[i];
    const std::string path = "cases[" + std::to_string(i) + "]";
    if (isBlank(c.title))
      fields.push_back(fieldError(path + ".title", "第" + std::to_string(i + 1) + "个典型案例请填写「案例名称」"));
    if (c.title.size() + c.enterprise.size() + c.content.size() + c.effect.size() > 4 * kMaxText)
      fields.push_back(fieldError(path, "第" + std::to_string(i + 1) + "个典型案例内容过长，请精简"));
  }
  api::PoolProfile result;
  ctx_.commits.run([&] {
    auto rec = requireInstitution(id, user, true);
    if (!fields.empty()) throw ServiceError(422, "invalid_profile", fields.front().message, fields);
    const auto current = profile(id, user);
    if (sent.revision != current.revision)
      throw ServiceError(
          409, "profile_conflict",
          "服务产品和案例已在别处修改（当前版本 " + std::to_string(current.revision) + "）：请刷新后再改");
    const auto revision = current.revision + 1;
    ctx_.store.upsertPoolProfile(
        {id, api::encodeProducts(sent.products), api::encodeCases(sent.cases), revision, ctx_.clock.now()});
    audit(user, id, "profile_updated",
          "服务产品 " + std::to_string(current.products.size()) + " → " + std::to_string(sent.products.size()) +
              " 项；典型案例 " + std::to_string(current.cases.size()) + " → " + std::to_string(sent.cases.size()) +
              " 个",
          "{\"revision\":" + std::to_string(revision) + "}");
    result = current;
    result.revision = revision;
    result.products = sent.products;
    result.cases = sent.cases;
  });
  ctx_.generation++;
  ctx_.poolGeneration++;
  return result;
}

}  // namespace sxpool::services
