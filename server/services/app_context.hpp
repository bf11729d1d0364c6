#pragma once
#include <atomic>
#include <cstdint>

#include "settings/server_config.hpp"
#include "services/clock.hpp"
#include "services/draft_cache.hpp"
#include "services/group_commit.hpp"
#include "services/round_registry.hpp"
#include "store/file_store.hpp"
#include "store/store.hpp"

namespace sxpool::services {

// What every service shares: settings, the store, the attachment files, the clock, the round.
struct AppContext {
  const settings::ServerConfig& config;
  store::Store& store;
  store::FileStore& files;
  const Clock& clock;
  // The rounds and holiday calendars (migration 004): ctx.rounds.current() is the round in force.
  RoundRegistry rounds{store};
  // Bumped after every committed change to applications; read caches compare against it.
  std::atomic<std::uint64_t> generation{1};
  // Bumped after a change to what the public pages show (admission, removal, 公示, classification, products):
  // the directory's snapshot compares against it (draft saves leave it alone).
  std::atomic<std::uint64_t> poolGeneration{1};
  // Durable writes of concurrent requests share one commit (see group_commit.hpp).
  GroupCommit commits{store};
  // The drafts saved last, decoded (loadCase takes them from here instead of decoding the stored text again).
  DraftCache drafts{256};
};

}  // namespace sxpool::services
