#pragma once
#include <string_view>
#include <vector>

namespace sxpool::store {
// One numbered SQL migration (store/migrations/NNN_name.sql), embedded at build time in file-name order.
struct Migration {
  int number;
  std::string_view name;
  std::string_view sql;
};
const std::vector<Migration>& migrations();
}  // namespace sxpool::store
