#pragma once
#include <ostream>
#include <string>
#include <vector>

namespace sxpool::commands {
// sxpool serve --host H --port P --data-dir DIR [--web-dir DIR] [--demo] …
int runServeCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
}  // namespace sxpool::commands
