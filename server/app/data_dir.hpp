#pragma once
#include <filesystem>
#include <string>

namespace sxpool::app {

// The data directory, checked and held for the lifetime of the server: it exists (created when missing),
// is writable, and no other sxpool process uses it (an flock on DATA_DIR/sxpool.lock).
class DataDir {
 public:
  DataDir() = default;
  ~DataDir();
  DataDir(const DataDir&) = delete;
  DataDir& operator=(const DataDir&) = delete;

  // Empty string on success, otherwise a Chinese message that says what is wrong and how to fix it.
  std::string open(const std::filesystem::path& path);
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  int lockFd_ = -1;
};

}  // namespace sxpool::app
