// Chinese labels of field paths: every message starts with the label, so the user knows where to look.
#include <string>
#include <string_view>

#include "sxpool/fields/application_fields.hpp"
#include "sxpool/validation.hpp"

namespace sxpool {
namespace {

// The label of `key` in S's table as messages print it: money and areas with their unit, 注册资本（万元）.
template <class S>
std::string labelIn(std::string_view key) {
  std::string out;
  fields::forEach<S>([&](const auto& f) {
    if (f.key != key) return;
    out = f.label;
    if constexpr (std::is_same_v<fields::Member<decltype(f)>, std::optional<Decimal2>>)
      out += std::string("（") + f.unit + "）";
  });
  return out;
}

struct Section {
  std::string label;
  std::string (*field)(std::string_view key) = nullptr;  // labels of the section's members or rows' columns
};

Section sectionOf(std::string_view key) {
  Section s;
  fields::forEach<Application>([&](const auto& f) {
    if (f.key != key) return;
    s.label = *f.within ? std::string(f.within) + "「" + f.label + "」" : std::string(f.label);
    using E = fields::Element<fields::Member<decltype(f)>>;
    if constexpr (fields::isDescribed<E>) s.field = &labelIn<E>;
  });
  return s;
}

}  // namespace

std::string fieldLabel(std::string_view path) {
  // section[index].field
  const auto stop = path.find_first_of(".[");
  const std::string_view section = path.substr(0, stop);
  std::string_view rest = stop == std::string_view::npos ? std::string_view{} : path.substr(stop);
  const Section sec = sectionOf(section);
  const std::string& label = sec.label;
  if (label.empty()) return "「" + std::string(path) + "」";
  std::string row;
  if (!rest.empty() && rest.front() == '[') {
    const auto close = rest.find(']');
    if (close == std::string_view::npos) return label;
    const std::string_view digits = rest.substr(1, close - 1);
    std::size_t index = 0;
    for (char c : digits) index = index * 10 + static_cast<std::size_t>(c >= '0' && c <= '9' ? c - '0' : 0);
    if (section == "operations")
      row = index == 0   ? "（第一年）"
            : index == 1 ? "（第二年，即上年度）"
                         : "（第" + std::to_string(index + 1) + "列）";
    else
      row = "第" + std::to_string(index + 1) + "行";
    rest = rest.substr(close + 1);
  }
  std::string field;
  if (!rest.empty() && rest.front() == '.') {
    if (sec.field) field = sec.field(rest.substr(1));
    if (field.empty()) field = std::string(rest.substr(1));
  }
  return label + row + (field.empty() ? "" : "「" + field + "」");
}

}  // namespace sxpool
