#pragma once
#include <sodium.h>

#include <cstdint>
#include <filesystem>
#include <string>

namespace sxpool::store {

// Attachment bytes under DATA_DIR/attachments, named by their SHA-256 (never by the user's file name):
// written to a temporary file under attachments/tmp, fsynced, renamed into place, the folder fsynced.
class FileStore {
 public:
  explicit FileStore(std::filesystem::path root);

  // A file being written chunk by chunk: SHA-256 computed as the bytes arrive. Removed unless committed.
  class Pending {
   public:
    explicit Pending(const FileStore& store);
    ~Pending();
    Pending(const Pending&) = delete;
    Pending& operator=(const Pending&) = delete;

    void append(const char* data, size_t n);  // throws StoreError (disk full, …); the file is then gone
    std::uint64_t size() const { return size_; }
    // fsync, rename to the content hash (or drop it when that content is already stored), fsync the folder.
    // Returns the lowercase hex SHA-256.
    std::string commit();
    void discard();  // deletes the temporary file now

   private:
    const FileStore& store_;
    std::filesystem::path tmp_;
    int fd_ = -1;
    std::uint64_t size_ = 0;
    crypto_hash_sha256_state hash_;
  };

  // Returns the lowercase hex SHA-256 of `bytes` after they are durably on disk.
  std::string put(const std::string& bytes);
  bool has(const std::string& sha256) const;
  std::filesystem::path pathOf(const std::string& sha256) const;
  std::filesystem::path tmpDir() const { return root_ / "tmp"; }

  static std::string sha256Hex(const std::string& bytes);
  // The SHA-256 of a stored file, read in chunks; empty when it cannot be read.
  static std::string sha256OfFile(const std::filesystem::path& path);

 private:
  std::filesystem::path root_;
};

}  // namespace sxpool::store
