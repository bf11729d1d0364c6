#pragma once
// What a user could see in a data directory, as one text, to show that a refused request changed nothing.
#include <filesystem>
#include <string>

namespace sxpool::testing {

// Every table but the audit log, sessions and counters, the users without their sign-in counters, and the names
// of the stored files. Read with its own read-only connection while the server runs.
std::string userVisibleDigest(const std::filesystem::path& dataDir);

}  // namespace sxpool::testing
