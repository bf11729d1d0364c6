// The admitted pool (docs/api.md "Admitted pool", 指南第九、十二、十三条): like every path of /api/v1, known only to
// the ApiClient.
#include "app/api_client.hpp"

namespace sxpool::web {
namespace {

std::string poolPath(long id) { return "pool/" + std::to_string(id); }

}  // namespace

void ApiClient::pool(Reply<api::PoolList> done) { typed("GET", "pool", {}, api::decodePoolList, std::move(done)); }

void ApiClient::classification(long id, Reply<api::ClassificationView> done) {
  typed("GET", poolPath(id) + "/classification", {}, api::decodeClassificationView, std::move(done));
}

void ApiClient::updateClassification(long id, const api::ClassificationUpdate& body,
                                     Reply<api::ClassificationView> done) {
  typed("PUT", poolPath(id) + "/classification", api::encode(body), api::decodeClassificationView, std::move(done));
}

void ApiClient::evaluations(long id, Reply<api::EvaluationList> done) {
  typed("GET", poolPath(id) + "/evaluations", {}, api::decodeEvaluationList, std::move(done));
}

void ApiClient::recordEvaluation(long id, const api::EvaluationBody& body, Reply<api::EvaluationList> done) {
  typed("POST", poolPath(id) + "/evaluations", api::encode(body), api::decodeEvaluationList, std::move(done));
}

void ApiClient::importPool(const api::ImportRequest& request, Reply<api::ImportResult> done) {
  call("POST", "pool/import", api::encode(request), [done](const ApiResult& r, const std::string& body) {
    if (!r.ok() && r.status != 422) return done(r, api::ImportResult{});
    auto parsed = api::decodeImportResult(body);
    if (!parsed) return done(r.ok() ? unreadable(r) : r, api::ImportResult{});
    done(r, *parsed);  // a 422 carries the lines to fix in parsed->errors
  });
}

void ApiClient::poolProfile(long id, Reply<api::PoolProfile> done) {
  typed("GET", poolPath(id) + "/profile", {}, api::decodePoolProfile, std::move(done));
}

void ApiClient::savePoolProfile(const api::PoolProfile& profile, Reply<api::PoolProfile> done) {
  typed("PUT", poolPath(profile.id) + "/profile", api::encode(profile), api::decodePoolProfile, std::move(done));
}

}  // namespace sxpool::web
