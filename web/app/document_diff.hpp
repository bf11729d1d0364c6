#pragma once
#include <string>
#include <vector>

#include "sxpool/application.hpp"

namespace sxpool::web {

// One field whose value differs between two copies of an application (for the conflict view).
struct FieldDifference {
  std::string path;          // domain field path, e.g. "basic.name", "staff[2].title"
  std::string label;         // Chinese label of the path
  std::string mine, theirs;  // values as text; empty = not filled in
};

std::vector<FieldDifference> differences(const Application& mine, const Application& theirs);

}  // namespace sxpool::web
