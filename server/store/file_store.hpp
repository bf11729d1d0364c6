#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace sxpool::store {

// Attachment bytes under DATA_DIR/attachments, named by their SHA-256 (never by the user's file name):
// written to a temporary file, fsynced, renamed into place, the folder fsynced.
class FileStore {
 public:
  explicit FileStore(std::filesystem::path root);

  // Returns the lowercase hex SHA-256 of `bytes` after they are durably on disk.
  std::string put(const std::string& bytes);
  std::optional<std::string> get(const std::string& sha256) const;
  bool has(const std::string& sha256) const;
  std::filesystem::path pathOf(const std::string& sha256) const;

  static std::string sha256Hex(const std::string& bytes);

 private:
  std::filesystem::path root_;
};

}  // namespace sxpool::store
