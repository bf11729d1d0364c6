#pragma once
// The requests of the access matrix (access_matrix_test.cpp): the router's routes, and for each route a real
// request — its path parameters filled with ids that exist, a body that decodes — so that what decides the
// answer is who asks, not a malformed request.
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "review_fixture.hpp"

namespace sxpool::testing {

// `sxpool serve --list-routes`: (method, pattern) in the router's order.
std::vector<std::pair<std::string, std::string>> listedRoutes();

struct MatrixTargets {
  std::int64_t userId = 0;      // a county account made for the matrix: disable, enable, password reset
  std::int64_t admittedId = 0;  // an institution of the pool: pool/:id, directory/:id, bulk and publicity bodies
  std::int64_t approvedId = 0;  // one the province approved: the body of a 公示 batch
  std::string existingUscc;     // registration with a code that has an account (409 for whoever may register)
  struct Case {
    nlohmann::json document = nlohmann::json::object();
    std::int64_t revision = 0;
    std::int64_t attachmentId = 1;
    std::string sha256 = std::string(64, '0');
    nlohmann::json profile = {{"revision", 0}};  // pool/:id/profile, for an institution of the pool
  };
  std::map<std::int64_t, Case> cases;  // each subject application as the admin reads it at the start
};

// Makes the matrix's own account and reads every subject (`ids`) as the admin.
MatrixTargets prepareTargets(Demo& demo, const std::vector<std::int64_t>& ids, const std::string& existingUscc);

// Sends `method route` as `session` for the subject application `id` (0: none). The session's cookie is kept as
// it was: a sign-in or registration in the matrix does not change who the actor is.
Session::Reply sendMatrixRequest(Session& session, const std::string& method, const std::string& route, std::int64_t id,
                                 const MatrixTargets& targets);

}  // namespace sxpool::testing
