#pragma once
#include <memory>
#include <string>

#include "settings/server_config.hpp"
#include "app/data_check.hpp"
#include "app/data_dir.hpp"
#include "services/services.hpp"
#include "store/file_store.hpp"
#include "store/sqlite_store.hpp"

namespace sxpool::app {

// The opened data directory with every service on it: what `serve`, `user add` and `backup` share.
class Runtime {
 public:
  // exclusive: hold the data directory's lock (the server); commands that run beside a server do not.
  // Empty string on success, otherwise the Chinese reason.
  std::string open(settings::ServerConfig& config, bool exclusive);

  services::Services& services() { return *services_; }
  store::SqliteStore& store() { return *store_; }
  services::AppContext& context() { return *context_; }
  // What the server removed from attachments/ at start (exclusive only): what a crash left half-written.
  const StartupSweep& sweep() const { return sweep_; }

 private:
  DataDir dataDir_;
  StartupSweep sweep_;
  std::unique_ptr<store::SqliteStore> store_;
  std::unique_ptr<store::FileStore> files_;
  std::unique_ptr<services::Clock> clock_;
  std::unique_ptr<services::AppContext> context_;
  std::unique_ptr<services::Services> services_;
};

// Reads DATA_DIR/sxpool.json when present (departments, limits, password policy); "" or the problem.
std::string loadConfigFile(settings::ServerConfig& config);

}  // namespace sxpool::app
