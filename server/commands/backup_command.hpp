#pragma once
#include <ostream>
#include <string>
#include <vector>

namespace sxpool::commands {
// sxpool backup --data-dir DIR FILE: SQLite online backup of the database (safe while serving).
int runBackupCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
}  // namespace sxpool::commands
