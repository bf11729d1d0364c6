#include "store/file_store.hpp"

#include <fstream>
#include <vector>

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

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

std::string hexOf(const unsigned char* digest) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (size_t i = 0; i < crypto_hash_sha256_BYTES; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

}  // namespace

FileStore::FileStore(fs::path root) : root_(std::move(root)) {
  if (sodium_init() < 0) throw StoreError("libsodium 初始化失败");
  fs::create_directories(root_ / "tmp");
}

std::string FileStore::sha256Hex(const std::string& bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return hexOf(digest);
}

std::string FileStore::sha256OfFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  std::vector<char> buffer(1 << 16);
  while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0)
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(buffer.data()),
                              static_cast<unsigned long long>(in.gcount()));
  if (in.bad()) return {};
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state, digest);
  return hexOf(digest);
}

fs::path FileStore::pathOf(const std::string& sha256) const { return root_ / sha256.substr(0, 2) / sha256; }

bool FileStore::has(const std::string& sha256) const {
  std::error_code ec;
  return isHex64(sha256) && fs::is_regular_file(pathOf(sha256), ec);
}

FileStore::Pending::Pending(const FileStore& store) : store_(store) {
  crypto_hash_sha256_init(&hash_);
  unsigned char raw[16];
  randombytes_buf(raw, sizeof raw);
  char name[sizeof raw * 2 + 1];
  sodium_bin2hex(name, sizeof name, raw, sizeof raw);
  tmp_ = store.tmpDir() / (std::string(name) + ".part");
  fd_ = ::open(tmp_.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd_ < 0) {
    const int error = errno;
    const std::string message = "无法写入附件临时文件：" + std::string(std::strerror(error));
    if (isNoSpace(error)) throw StorageFull(message);
    throw StoreError(message);
  }
}

FileStore::Pending::~Pending() { discard(); }

void FileStore::Pending::discard() {
  if (fd_ < 0) return;
  ::close(fd_);
  fd_ = -1;
  ::unlink(tmp_.c_str());
}

void FileStore::Pending::append(const char* data, size_t n) {
  if (fd_ < 0) throw StoreError("附件临时文件已关闭");
  crypto_hash_sha256_update(&hash_, reinterpret_cast<const unsigned char*>(data), n);
  size_t written = 0;
  while (written < n) {
    ssize_t w = ::write(fd_, data + written, n - written);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) {
      const int error = w < 0 ? errno : ENOSPC;  // a write of 0 bytes: no room left
      discard();
      if (isNoSpace(error)) throw StorageFull("写入附件失败：" + std::string(std::strerror(error)));
      throw StoreError("写入附件失败：" + std::string(std::strerror(error)));
    }
    written += static_cast<size_t>(w);
  }
  size_ += n;
}

std::string FileStore::Pending::commit() {
  if (fd_ < 0) throw StoreError("附件临时文件已关闭");
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&hash_, digest);
  const std::string sha = hexOf(digest);
  if (store_.has(sha)) {  // same content, same name: nothing more to keep
    discard();
    return sha;
  }
  if (::fsync(fd_) != 0) {
    const int error = errno;
    discard();
    if (isNoSpace(error)) throw StorageFull("附件落盘失败：" + std::string(std::strerror(error)));
    throw StoreError("附件落盘失败：" + std::string(std::strerror(error)));
  }
  const fs::path dir = store_.pathOf(sha).parent_path();
  std::error_code ec;
  const bool newDir = fs::create_directories(dir, ec);
  if (::rename(tmp_.c_str(), store_.pathOf(sha).c_str()) != 0) {
    const int error = errno;
    discard();
    if (isNoSpace(error)) throw StorageFull("附件改名失败：" + std::string(std::strerror(error)));
    throw StoreError("附件改名失败：" + std::string(std::strerror(error)));
  }
  ::close(fd_);
  fd_ = -1;
  fsyncPath(dir, O_RDONLY | O_DIRECTORY);
  if (newDir) fsyncPath(store_.root_, O_RDONLY | O_DIRECTORY);  // the new folder's own entry
  return sha;
}

std::string FileStore::put(const std::string& bytes) {
  Pending file(*this);
  file.append(bytes.data(), bytes.size());
  return file.commit();
}

}  // namespace sxpool::store
