// sxpool: the server of 山西省优质中小企业服务资源库 — serve, user add, backup, restore, check, validate.
#include <iostream>
#include <string>
#include <vector>

#include "commands/serve_command.hpp"
#include "sxpool/version.hpp"
#include "commands/backup_command.hpp"
#include "commands/check_command.hpp"
#include "commands/user_command.hpp"
#include "commands/validate_command.hpp"

namespace {

void printUsage(std::ostream& out) {
  out << sxpool::kSystemName << " " << sxpool::kVersion << "\n\n"
      << "用法：sxpool <命令> [选项]\n\n"
      << "命令：\n"
      << "  serve          启动服务器（浏览器应用与 /api/v1 接口）\n"
      << "  user add       新建账号（审核人员、管理员）\n"
      << "  backup FILE    在线备份数据库到 FILE（服务器运行时也安全）\n"
      << "  restore FILE   把备份恢复到新的数据目录并检查\n"
      << "  check          检查数据目录：数据库完整性、每个附件的哈希\n"
      << "  validate FILE  按申报规则检查一份申请书 JSON 文件\n"
      << "\n每个命令都可加 --help 查看其选项，例如 sxpool serve --help\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    printUsage(std::cout);
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::cout << sxpool::kVersion << std::endl;
    return 0;
  }
  const std::string command = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "serve") return sxpool::commands::runServeCommand(rest, std::cout, std::cerr);
  if (command == "user") return sxpool::commands::runUserCommand(rest, std::cout, std::cerr);
  if (command == "backup") return sxpool::commands::runBackupCommand(rest, std::cout, std::cerr);
  if (command == "check") return sxpool::commands::runCheckCommand(rest, std::cout, std::cerr);
  if (command == "restore") return sxpool::commands::runRestoreCommand(rest, std::cout, std::cerr);
  if (command == "validate") return sxpool::commands::runValidateCommand(rest, std::cout, std::cerr);
  std::cerr << "未知命令 " << command << "：用 sxpool --help 查看可用命令" << std::endl;
  return 2;
}
