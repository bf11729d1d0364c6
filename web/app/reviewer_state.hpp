#pragma once
#include <optional>

#include "app/replies.hpp"

namespace sxpool::web {

// The reviewer's side: the queue of applications at the reviewer's unit.
struct ReviewerState {
  std::optional<QueuePage> queue;  // none while it is being read
};

}  // namespace sxpool::web
