// docs/application-format.md lists exactly the fields of the field tables (sxpool/fields/application_fields.hpp):
// a field added to a table and not to the page, or to the page and not to a table, fails here.
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "sxpool/fields/application_fields.hpp"

using namespace sxpool;

namespace {

using KeysBySection = std::map<std::string, std::set<std::string>>;  // "" = the document's top level

KeysBySection tableKeys() {
  KeysBySection keys;
  keys[""].insert("format");
  fields::forEach<Application>([&](const auto& section) {
    keys[""].insert(std::string(section.key));
    using E = fields::Element<fields::Member<decltype(section)>>;
    if constexpr (fields::isDescribed<E>)
      fields::forEach<E>([&](const auto& f) { keys[std::string(section.key)].insert(std::string(f.key)); });
  });
  return keys;
}

// The page's field tables: a section starts at "## Top level", "## `basic` — …" or a line "`staff` — …"; its rows
// are "| `key` | …", or "| `section.key` | …" anywhere; the field tables end at "## Enum codes".
KeysBySection documentedKeys(std::istream& page) {
  static const std::regex heading("^## `([A-Za-z0-9]+)`.*"), lead("^`([A-Za-z0-9]+)` — .*"),
      row("^\\| `([A-Za-z0-9]+)` \\|.*"), dotted("^\\| `([A-Za-z0-9]+)\\.([A-Za-z0-9]+)` \\|.*");
  KeysBySection keys;
  std::optional<std::string> section;
  std::string line;
  std::smatch m;
  while (std::getline(page, line)) {
    if (line.rfind("## Enum codes", 0) == 0) break;
    if (line == "## Top level")
      section = "";
    else if (std::regex_match(line, m, heading) || std::regex_match(line, m, lead))
      section = m[1].str();
    else if (line.rfind("## ", 0) == 0)
      section.reset();
    else if (std::regex_match(line, m, dotted))
      keys[m[1].str()].insert(m[2].str());
    else if (section && std::regex_match(line, m, row))
      keys[*section].insert(m[1].str());
  }
  return keys;
}

}  // namespace

TEST_CASE("字段表：格式文档列出的字段与字段表完全一致") {
  std::ifstream page(SXPOOL_FORMAT_DOC);
  REQUIRE(page);
  const KeysBySection documented = documentedKeys(page);
  const KeysBySection tables = tableKeys();
  for (const auto& [section, keys] : tables) {
    INFO("section “" << section << "”");
    const auto it = documented.find(section);
    REQUIRE(it != documented.end());
    for (const auto& k : keys) {
      INFO("field in the table but not on the page: " << k);
      CHECK(it->second.count(k) == 1);
    }
    for (const auto& k : it->second) {
      INFO("field on the page but not in the table: " << k);
      CHECK(keys.count(k) == 1);
    }
  }
  for (const auto& [section, keys] : documented) {
    INFO("section on the page without a table: " << section);
    CHECK(tables.count(section) == 1);
  }
}

TEST_CASE("字段表：成员查得到标签与单位") {
  CHECK(std::string(fields::label(&BasicInfo::registeredCapital)) == "注册资本");
  CHECK(std::string(fields::unit(&BasicInfo::registeredCapital)) == "万元");
  CHECK(std::string(fields::label(&Expert::hasAgreement)) == "有合作协议或佐证");
  static_assert(fields::count<BasicInfo> == 22);
}
