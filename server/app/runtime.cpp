#include "app/runtime.hpp"

#include <fstream>
#include <nlohmann/json.hpp>

#include "services/units.hpp"

namespace sxpool::app {
namespace fs = std::filesystem;

std::string loadConfigFile(settings::ServerConfig& config) {
  const fs::path file = config.dataDir / "sxpool.json";
  std::error_code ec;
  if (!fs::exists(file, ec)) return {};
  std::ifstream in(file);
  auto json = nlohmann::json::parse(in, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return "配置文件 " + file.string() + " 不是有效的 JSON 对象，请修正";
  try {
    if (json.contains("provincialDepartments")) {
      config.provincialDepartments.clear();
      for (const auto& d : json["provincialDepartments"]) {
        const std::string code = d.at("code").get<std::string>();
        if (code.rfind("dept-", 0) != 0) return "配置文件中省级主管部门代码 " + code + " 应以 dept- 开头";
        config.provincialDepartments.push_back({code, d.at("name").get<std::string>()});
      }
    }
    if (json.contains("attachmentFileBytes")) config.attachmentFileLimit = json["attachmentFileBytes"].get<size_t>();
    if (json.contains("attachmentApplicationBytes"))
      config.attachmentApplicationLimit = json["attachmentApplicationBytes"].get<size_t>();
    if (json.contains("jsonBodyBytes")) config.jsonBodyLimit = json["jsonBodyBytes"].get<size_t>();
    if (json.contains("passwordMinLength")) config.passwordPolicy.minLength = json["passwordMinLength"].get<size_t>();
    if (json.contains("passwordRequiredClasses")) {
      config.passwordPolicy.requiredClasses = json["passwordRequiredClasses"].get<int>();
      if (config.passwordPolicy.requiredClasses < 0 || config.passwordPolicy.requiredClasses > 4)
        return "配置文件中 passwordRequiredClasses 应为 0–4（小写字母、大写字母、数字、其他字符中须包含的类数）";
    }
  } catch (const nlohmann::json::exception& e) {
    return "配置文件 " + file.string() + " 有误：" + e.what();
  }
  return {};
}

std::string Runtime::open(settings::ServerConfig& config, bool exclusive) {
  if (exclusive) {
    if (auto error = dataDir_.open(config.dataDir); !error.empty()) return error;
    config.dataDir = dataDir_.path();
  } else if (!fs::is_directory(config.dataDir)) {
    return "数据目录 " + config.dataDir.string() + " 不存在：请用 --data-dir 指定 sxpool serve 使用的数据目录";
  }
  if (auto error = loadConfigFile(config); !error.empty()) return error;
  std::optional<Date> today;
  if (!config.today.empty()) {
    today = parseDate(config.today);
    if (!today) return "--today 的值 " + config.today + " 无效：请写成 YYYY-MM-DD";
  }
  const std::string dbPath = (config.dataDir / store::SqliteStore::kFileName).string();
  if (exclusive)  // the server: refuse at once, with the reason, rather than fail on its first write
    if (auto problem = store::databaseWriteProblem(dbPath, 3000); !problem.empty()) return problem;
  try {
    store_ = std::make_unique<store::SqliteStore>((config.dataDir / store::SqliteStore::kFileName).string());
    files_ = std::make_unique<store::FileStore>(config.dataDir / "attachments");
    if (exclusive) {  // no upload can be under way: what attachments/ holds beyond the rows is a crash's leftover
      std::vector<std::string> named;
      for (const auto& row : store_->allAttachments()) named.push_back(row.sha256);
      sweep_ = sweepAttachments(named, config.dataDir / "attachments");
    }
  } catch (const std::exception& e) {
    return std::string("数据目录不可用：") + e.what();
  }
  clock_ = std::make_unique<services::Clock>(today);
  context_ = std::unique_ptr<services::AppContext>(new services::AppContext{config, *store_, *files_, *clock_});
  services_ = std::make_unique<services::Services>(*context_);
  services::seedUnits(*context_);
  return {};
}

}  // namespace sxpool::app
