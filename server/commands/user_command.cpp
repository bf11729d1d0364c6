#include "commands/user_command.hpp"

#include <iostream>

#include "app/runtime.hpp"
#include "commands/args.hpp"
#include "services/service_error.hpp"

namespace sxpool::commands {
namespace {

const cli::CommandSpec& userAddSpec() {
  static const cli::CommandSpec spec{
      "sxpool user add --data-dir 目录 --account 账号 --role 角色 [--unit 单位代码] --name 名称 [--password 密码]",
      "新建一个账号（审核人员或管理员；服务器运行时也可执行）。未给 --password 时从标准输入读取一行作为密码。\n"
      "角色：admin（系统管理员）、province（省工信厅，单位 140000）、city（市工信局，单位为市代码）、\n"
      "county（县级主管部门，单位为县代码）、reform_zone（综改区，单位 140171）、department（省级主管部门，单位 "
      "dept-…）。",
      {
          {"data-dir", "目录", "sxpool serve 使用的数据目录"},
          {"account", "账号", "登录账号"},
          {"role", "角色", "admin | province | city | county | reform_zone | department"},
          {"unit", "单位代码", "所属单位（admin 可省略）"},
          {"name", "名称", "显示名称，例如 太原市工信局中小企业科"},
          {"password", "密码", "初始密码（省略时从标准输入读取）"},
      },
      {}};
  return spec;
}

}  // namespace

int runUserCommand(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
  if (argv.empty() || argv[0] == "--help" || argv[0] == "-h") {
    out << "用法：sxpool user add [选项]\n\n子命令：\n  add    新建账号（sxpool user add --help 查看选项）\n";
    return argv.empty() ? 2 : 0;
  }
  if (argv[0] != "add") {
    err << "未知子命令 user " << argv[0] << "：可用的只有 sxpool user add" << std::endl;
    return 2;
  }
  const auto args = cli::parseArgs(userAddSpec(), std::vector<std::string>(argv.begin() + 1, argv.end()));
  if (args.help) {
    cli::printHelp(userAddSpec(), out);
    return 0;
  }
  if (!args.error.empty()) {
    err << args.error << std::endl;
    return 2;
  }
  for (const char* required : {"data-dir", "account", "role", "name"})
    if (!args.has(required)) {
      err << "缺少 --" << required << "：用 sxpool user add --help 查看用法" << std::endl;
      return 2;
    }
  settings::ServerConfig config;
  config.dataDir = args.get("data-dir");
  app::Runtime runtime;
  if (auto error = runtime.open(config, false); !error.empty()) {
    err << error << std::endl;
    return 1;
  }
  services::NewAccount account;
  account.account = args.get("account");
  account.role = args.get("role");
  account.unitCode = args.get("unit");
  account.displayName = args.get("name");
  account.password = args.get("password");
  if (!args.has("password")) std::getline(std::cin, account.password);
  try {
    auto row = runtime.services().auth.createAccount(account, std::nullopt);
    out << "已新建账号 " << row.account << "（" << row.role << (row.unitCode.empty() ? "" : "，单位 " + row.unitCode)
        << "）" << std::endl;
    return 0;
  } catch (const services::ServiceError& e) {
    err << e.message << std::endl;
    for (const auto& f : e.fields) err << "  " << f.path << "：" << f.message << std::endl;
    return 1;
  }
}

}  // namespace sxpool::commands
