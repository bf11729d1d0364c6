#pragma once
#include <ostream>
#include <string>
#include <vector>

namespace sxpool::commands {
// sxpool user add --data-dir DIR --account A --role R [--unit CODE] --name NAME [--password P]
int runUserCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
}  // namespace sxpool::commands
