#pragma once
#include <optional>

#include "sxpool/api/queue.hpp"

namespace sxpool::web {

// The reviewer's side: the queue of applications at the reviewer's unit.
struct ReviewerState {
  std::optional<api::QueuePage> queue;  // none while it is being read
};

}  // namespace sxpool::web
