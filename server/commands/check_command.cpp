#include "commands/check_command.hpp"

#include <filesystem>

#include "app/data_check.hpp"
#include "commands/args.hpp"
#include "store/sqlite_store.hpp"

namespace sxpool::commands {
namespace fs = std::filesystem;
namespace {

int report(const app::DataCheckReport& r, std::ostream& out, std::ostream& err) {
  for (const auto& p : r.problems) err << "问题：" << p << "\n";
  out << "附件记录 " << r.attachmentRows << " 条，核对文件 " << r.filesVerified << " 个（" << r.bytesVerified
      << " 字节）；未被引用的文件 " << r.unreferencedFiles << " 个，未完成的上传 " << r.temporaryFiles << " 个\n";
  if (r.ok()) {
    out << "数据目录完好：数据库完整性检查通过，每个附件都在且哈希一致" << std::endl;
    return 0;
  }
  err << "发现 " << r.problems.size() << " 个问题：请从最近的备份恢复（sxpool restore --help）" << std::endl;
  return 1;
}

template <class Parsed>
int usageError(const Parsed& args, std::ostream& err) {
  err << args.error << std::endl;
  return 2;
}

}  // namespace

int runCheckCommand(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
  static const cli::CommandSpec spec{
      "sxpool check --data-dir 目录",
      "检查数据目录：数据库完整性（SQLite integrity_check、foreign_key_check），以及每条附件记录的文件都在、\n"
      "大小与 SHA-256 都与记录一致。完好时退出码 0，发现问题时逐条列出并以 1 退出。服务器运行时也可执行。",
      {{"data-dir", "目录", "sxpool serve 使用的数据目录"}},
      {}};
  const auto args = cli::parseArgs(spec, argv);
  if (args.help) {
    cli::printHelp(spec, out);
    return 0;
  }
  if (!args.error.empty()) return usageError(args, err);
  if (!args.has("data-dir")) {
    err << "缺少 --data-dir：请指定要检查的数据目录" << std::endl;
    return 2;
  }
  try {
    return report(app::checkDataDir(args.get("data-dir")), out, err);
  } catch (const std::exception& e) {
    err << "无法检查：" << e.what() << std::endl;
    return 1;
  }
}

int runRestoreCommand(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
  static const cli::CommandSpec spec{
      "sxpool restore --data-dir 新目录 [--attachments-from 目录] FILE",
      "把 sxpool backup 生成的备份 FILE 恢复到一个新的数据目录（目录中不能已有数据库），附件从\n"
      "--attachments-from（原数据目录的 attachments 或其副本）复制，然后按 sxpool check 检查。\n"
      "之后用 sxpool serve --data-dir 新目录 启动。",
      {{"data-dir", "目录", "恢复到的新数据目录（不存在时创建）"},
       {"attachments-from", "目录", "附件目录（原数据目录下的 attachments）"}},
      {"FILE"}};
  const auto args = cli::parseArgs(spec, argv);
  if (args.help) {
    cli::printHelp(spec, out);
    return 0;
  }
  if (!args.error.empty()) return usageError(args, err);
  if (!args.has("data-dir")) {
    err << "缺少 --data-dir：请指定恢复到的新数据目录" << std::endl;
    return 2;
  }
  const fs::path dir = args.get("data-dir");
  const fs::path backup = args.positionals[0];
  const fs::path db = dir / store::SqliteStore::kFileName;
  if (!fs::is_regular_file(backup)) {
    err << "备份文件 " << backup.string() << " 不存在：请检查路径" << std::endl;
    return 1;
  }
  if (fs::exists(db)) {
    err << "目录 " << dir.string() << " 中已有数据库：为免覆盖，请恢复到一个新的目录" << std::endl;
    return 1;
  }
  try {
    fs::create_directories(dir);
    fs::copy_file(backup, db);
    if (args.has("attachments-from"))
      fs::copy(args.get("attachments-from"), dir / "attachments",
               fs::copy_options::recursive | fs::copy_options::skip_existing);
    out << "已把 " << backup.string() << " 恢复到 " << dir.string() << "\n";
    return report(app::checkDataDir(dir), out, err);
  } catch (const std::exception& e) {
    err << "恢复失败：" << e.what() << std::endl;
    return 1;
  }
}

}  // namespace sxpool::commands
