#pragma once
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace sxpool::cli {

// One command-line option of a subcommand: `--name VALUE` when it takes a value, `--name` otherwise.
struct OptionSpec {
  std::string name;       // without the leading dashes
  std::string valueName;  // empty: a flag
  std::string help;       // Chinese description
};

struct CommandSpec {
  std::string usage;        // e.g. "sxpool serve [选项]"
  std::string description;  // one or two sentences
  std::vector<OptionSpec> options;
  std::vector<std::string> positionals;  // names of required positional arguments, in order
};

// The parsed command line. `help` is set when --help/-h was given; `error` names what was wrong.
struct ParsedArgs {
  bool help = false;
  std::string error;
  std::map<std::string, std::string> values;  // flags map to "1"
  std::vector<std::string> positionals;

  bool has(const std::string& name) const { return values.count(name) != 0; }
  std::string get(const std::string& name, const std::string& fallback = "") const;
};

ParsedArgs parseArgs(const CommandSpec& spec, const std::vector<std::string>& args);
void printHelp(const CommandSpec& spec, std::ostream& out);

// Parses a whole non-negative number; empty optional on anything else.
std::optional<long long> parseNumber(const std::string& text);

}  // namespace sxpool::cli
