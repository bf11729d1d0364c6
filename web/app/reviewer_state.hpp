#pragma once
#include <nlohmann/json.hpp>

namespace sxpool::web {

// The reviewer's side: the queue of applications at the reviewer's unit.
struct ReviewerState {
  nlohmann::json queue;
};

}  // namespace sxpool::web
