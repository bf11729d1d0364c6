#include "commands/args.hpp"

#include "sxpool/text.hpp"

namespace sxpool::cli {

std::string ParsedArgs::get(const std::string& name, const std::string& fallback) const {
  auto it = values.find(name);
  return it == values.end() ? fallback : it->second;
}

ParsedArgs parseArgs(const CommandSpec& spec, const std::vector<std::string>& args) {
  ParsedArgs parsed;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      parsed.help = true;
      return parsed;
    }
    if (arg.rfind("--", 0) != 0) {
      parsed.positionals.push_back(arg);
      continue;
    }
    std::string name = arg.substr(2);
    std::string inlineValue;
    bool hasInline = false;
    if (auto eq = name.find('='); eq != std::string::npos) {
      inlineValue = name.substr(eq + 1);
      name = name.substr(0, eq);
      hasInline = true;
    }
    const OptionSpec* option = nullptr;
    for (const auto& o : spec.options)
      if (o.name == name) option = &o;
    if (!option) {
      parsed.error = "未知选项 --" + name + "：用 --help 查看可用选项";
      return parsed;
    }
    if (option->valueName.empty()) {
      parsed.values[name] = "1";
    } else if (hasInline) {
      parsed.values[name] = inlineValue;
    } else if (i + 1 < args.size()) {
      parsed.values[name] = args[++i];
    } else {
      parsed.error = "选项 --" + name + " 需要一个值（" + option->valueName + "）";
      return parsed;
    }
  }
  if (parsed.positionals.size() < spec.positionals.size()) {
    parsed.error = "缺少参数 " + spec.positionals[parsed.positionals.size()] + "：用 --help 查看用法";
  } else if (parsed.positionals.size() > spec.positionals.size()) {
    parsed.error = "多余的参数 " + parsed.positionals[spec.positionals.size()] + "：用 --help 查看用法";
  }
  return parsed;
}

void printHelp(const CommandSpec& spec, std::ostream& out) {
  out << "用法：" << spec.usage << "\n\n" << spec.description << "\n";
  if (!spec.options.empty()) {
    out << "\n选项：\n";
    for (const auto& o : spec.options) {
      std::string left = "  --" + o.name + (o.valueName.empty() ? "" : " " + o.valueName);
      out << left;
      // pad by bytes is fine: option names are ASCII
      for (size_t n = left.size(); n < 28; ++n) out << ' ';
      out << " " << o.help << "\n";
    }
  }
  out << "  --help                       显示本帮助\n";
}

std::optional<long long> parseNumber(const std::string& text) {
  const auto value = parseInteger(text);
  if (!value || *value < 0) return std::nullopt;
  return *value;
}

}  // namespace sxpool::cli
