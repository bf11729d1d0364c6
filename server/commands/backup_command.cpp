#include "commands/backup_command.hpp"

#include <filesystem>

#include "commands/args.hpp"
#include "store/sqlite_store.hpp"

namespace sxpool::commands {

int runBackupCommand(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
  static const cli::CommandSpec spec{
      "sxpool backup --data-dir 目录 FILE",
      "用 SQLite 在线备份接口把数据库完整复制到 FILE（服务器运行时执行也安全，不会停服）。\n"
      "附件文件按内容哈希存放在 目录/attachments 下，只增不改，可直接用 cp -a 或 rsync 复制。\n"
      "恢复：停止服务器，把 FILE 复制为 目录/sxpool.db（并删除旧的 sxpool.db-wal、sxpool.db-shm），再启动。",
      {{"data-dir", "目录", "sxpool serve 使用的数据目录"}},
      {"FILE"}};
  const auto args = cli::parseArgs(spec, argv);
  if (args.help) {
    cli::printHelp(spec, out);
    return 0;
  }
  if (!args.error.empty()) {
    err << args.error << std::endl;
    return 2;
  }
  if (!args.has("data-dir")) {
    err << "缺少 --data-dir：请指定 sxpool serve 使用的数据目录" << std::endl;
    return 2;
  }
  namespace fs = std::filesystem;
  const fs::path db = fs::path(args.get("data-dir")) / store::SqliteStore::kFileName;
  if (!fs::exists(db)) {
    err << "数据目录中没有数据库 " << db.string() << "：请检查 --data-dir" << std::endl;
    return 1;
  }
  const fs::path target = args.positionals[0];
  if (fs::exists(target)) {
    err << "备份文件 " << target.string() << " 已存在：为免覆盖，请换一个文件名" << std::endl;
    return 1;
  }
  try {
    store::SqliteStore store(db.string());
    store.backupTo(target.string());
    out << "已备份到 " << target.string() << "（" << fs::file_size(target) << " 字节）" << std::endl;
    return 0;
  } catch (const std::exception& e) {
    err << "备份失败：" << e.what() << std::endl;
    std::error_code ec;
    fs::remove(target, ec);
    return 1;
  }
}

}  // namespace sxpool::commands
