#include "app/data_dir.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace sxpool::app {
namespace fs = std::filesystem;

DataDir::~DataDir() {
  if (lockFd_ >= 0) close(lockFd_);
}

std::string DataDir::open(const fs::path& requested) {
  if (requested.empty()) return "未指定数据目录：请用 --data-dir 目录 指定存放数据库与附件的目录";
  std::error_code ec;
  fs::path path = fs::absolute(requested, ec);
  if (ec) path = requested;
  if (fs::exists(path, ec) && !fs::is_directory(path, ec))
    return "数据目录不可用：" + path.string() + " 已存在但不是目录，请换一个目录";
  fs::create_directories(path, ec);
  if (ec) return "数据目录不可用：无法创建 " + path.string() + "（" + ec.message() + "），请检查路径与权限";

  const fs::path probe = path / ".sxpool-write-test";
  int fd = ::open(probe.c_str(), O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0 || ::write(fd, "ok", 2) != 2 || ::fsync(fd) != 0) {
    std::string why = std::strerror(errno);
    if (fd >= 0) ::close(fd);
    return "数据目录不可用：无法在 " + path.string() + " 中写入文件（" + why + "），请检查目录权限与磁盘空间";
  }
  ::close(fd);
  fs::remove(probe, ec);

  const fs::path lock = path / "sxpool.lock";
  lockFd_ = ::open(lock.c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0600);
  if (lockFd_ < 0) return "数据目录不可用：无法创建锁文件 " + lock.string() + "（" + std::strerror(errno) + "）";
  if (::flock(lockFd_, LOCK_EX | LOCK_NB) != 0) {
    ::close(lockFd_);
    lockFd_ = -1;
    return "数据目录 " + path.string() + " 正被另一个 sxpool 进程使用：请先停止它，或用 --data-dir 指定其他目录";
  }
  path_ = path;
  return {};
}

}  // namespace sxpool::app
