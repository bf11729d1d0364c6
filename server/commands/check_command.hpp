#pragma once
#include <ostream>
#include <string>
#include <vector>

namespace sxpool::commands {
// sxpool check --data-dir DIR: the database's integrity and every attachment against its recorded hash.
int runCheckCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
// sxpool restore --data-dir NEW [--attachments-from DIR] FILE: a backup into a new data directory, then checked.
int runRestoreCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
}  // namespace sxpool::commands
