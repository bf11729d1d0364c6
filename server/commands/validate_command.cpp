// `sxpool validate FILE.json`: the domain model's whole-application check from the command line.
#include "commands/validate_command.hpp"

#include "commands/args.hpp"

#include <ctime>
#include <fstream>
#include <sstream>

#include "sxpool/json.hpp"
#include "sxpool/round.hpp"
#include "sxpool/validation.hpp"

namespace sxpool::commands {
namespace {

constexpr std::streamsize kMaxFileBytes = 64 * 1024 * 1024;

const cli::CommandSpec& spec() {
  static const cli::CommandSpec s{
      "sxpool validate [--date YYYY-MM-DD] FILE.json",
      "按《山西省优质中小企业服务资源库管理指南》校验一份申请书（格式 sxpool.application/1），\n"
      "每条结果输出为一行 JSON：{\"path\",\"rule\",\"severity\",\"message\"}；汇总写到标准错误。\n"
      "退出码：0 无错误（可能有提示）；1 有错误；2 文件不可读、不是有效的申请书文档或参数错误。",
      {{"date", "YYYY-MM-DD", "视为提交日期（默认今天），用于“成立两年以上”等检查"}},
      {"FILE.json"}};
  return s;
}

Date today() { return dateInShanghai(std::time(nullptr)); }

}  // namespace

int runValidateCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const cli::ParsedArgs parsed = cli::parseArgs(spec(), args);
  if (parsed.help) {
    cli::printHelp(spec(), out);
    return 0;
  }
  if (!parsed.error.empty()) {
    err << "sxpool validate：" << parsed.error << "\n";
    return 2;
  }
  Date date = today();
  if (parsed.has("date")) {
    const auto d = parseDate(parsed.get("date"));
    if (!d) {
      err << "sxpool validate：--date 的值“" << parsed.get("date") << "”不是 YYYY-MM-DD 格式的日期\n";
      return 2;
    }
    date = *d;
  }
  const std::string& file = parsed.positionals[0];

  std::ifstream in(file, std::ios::binary);
  if (!in) {
    err << "sxpool validate：无法打开文件“" << file << "”，请检查路径和读取权限\n";
    return 2;
  }
  in.seekg(0, std::ios::end);
  if (in.tellg() > kMaxFileBytes) {
    err << "sxpool validate：文件“" << file << "”超过64MB，不是申请书文档\n";
    return 2;
  }
  in.seekg(0, std::ios::beg);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();

  const DecodeResult decoded = decodeApplication(text);
  if (!decoded.ok()) {
    err << "sxpool validate：“" << file << "”不是可读取的申请书文档（" << decoded.errors.size() << "处问题）：\n";
    for (const auto& e : decoded.errors)
      err << "  " << (e.path.empty() ? "（文档）" : e.path) << "：" << e.message << "\n";
    return 2;
  }

  const RoundSettings round = round2026();
  const Findings findings = validateApplication(decoded.value, round, date);
  for (const auto& f : findings)
    out << findingToJson(f).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  err << "sxpool validate：" << file << "（提交日期 " << formatDate(date) << "）共" << findings.size() << "条结果：错误"
      << countSeverity(findings, Severity::Error) << "条，提示" << countSeverity(findings, Severity::Warning)
      << "条，需人工复核" << countSeverity(findings, Severity::NeedsManualReview) << "条\n";
  return hasErrors(findings) ? 1 : 0;
}

}  // namespace sxpool::commands
