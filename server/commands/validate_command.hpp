#pragma once
// `sxpool validate FILE.json`: prints the findings as JSON lines; exit 0 = no error, 1 = errors,
// 2 = not a readable application document (or bad usage).
#include <ostream>
#include <string>
#include <vector>

namespace sxpool::commands {

// args: what follows "validate" (FILE.json, --date=YYYY-MM-DD, --help).
int runValidateCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace sxpool::commands
