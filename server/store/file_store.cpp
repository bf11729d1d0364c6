#include "store/file_store.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

#include "store/sqlite_db.hpp"

namespace sxpool::store {
namespace fs = std::filesystem;
namespace {

void fsyncPath(const fs::path& path, int flags) {
  int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) throw StoreError("无法打开 " + path.string() + "：" + std::strerror(errno));
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) throw StoreError("fsync " + path.string() + " 失败：" + std::strerror(errno));
}

bool isHex64(const std::string& s) {
  if (s.size() != 64) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

}  // namespace

FileStore::FileStore(fs::path root) : root_(std::move(root)) {
  fs::create_directories(root_ / "tmp");
}

std::string FileStore::sha256Hex(const std::string& bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : digest) {
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  return out;
}

fs::path FileStore::pathOf(const std::string& sha256) const {
  return root_ / sha256.substr(0, 2) / sha256;
}

bool FileStore::has(const std::string& sha256) const {
  std::error_code ec;
  return isHex64(sha256) && fs::is_regular_file(pathOf(sha256), ec);
}

std::string FileStore::put(const std::string& bytes) {
  const std::string sha = sha256Hex(bytes);
  if (has(sha)) return sha;  // same content, same name: nothing to write
  const fs::path dir = root_ / sha.substr(0, 2);
  fs::create_directories(dir);
  std::random_device rd;
  const fs::path tmp = root_ / "tmp" / (sha + "." + std::to_string(rd()));
  int fd = ::open(tmp.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0) throw StoreError("无法写入附件临时文件：" + std::string(std::strerror(errno)));
  size_t written = 0;
  while (written < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(fd);
      ::unlink(tmp.c_str());
      throw StoreError("写入附件失败：" + std::string(std::strerror(errno)));
    }
    written += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0) {
    ::close(fd);
    ::unlink(tmp.c_str());
    throw StoreError("附件落盘失败：" + std::string(std::strerror(errno)));
  }
  ::close(fd);
  if (::rename(tmp.c_str(), pathOf(sha).c_str()) != 0) {
    ::unlink(tmp.c_str());
    throw StoreError("附件改名失败：" + std::string(std::strerror(errno)));
  }
  fsyncPath(dir, O_RDONLY | O_DIRECTORY);
  return sha;
}

std::optional<std::string> FileStore::get(const std::string& sha256) const {
  if (!has(sha256)) return std::nullopt;
  std::ifstream in(pathOf(sha256), std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace sxpool::store
