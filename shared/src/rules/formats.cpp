#include "sxpool/rules/formats.hpp"

#include <optional>
#include <string>

#include "sxpool/text.hpp"

namespace sxpool::rules {
namespace {

bool allDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Digits only, after dropping spaces and dashes.
std::string compact(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '-') out += c;
  return out;
}

struct Landline {
  std::string area;
  std::string local;
};

// "0351-3046285", "0351 3046285", "03513046285", "(0351)3046285", "0351-3046285-8001", "0351-3046285转8001".
std::optional<Landline> parseLandline(std::string_view text) {
  std::string s(trimmed(text));
  // Extension: "转", "ext", "#", or a third dash-group.
  for (std::string_view marker : {std::string_view("转"), std::string_view("ext"), std::string_view("#")}) {
    const auto pos = s.find(marker);
    if (pos != std::string::npos) {
      const std::string ext = compact(s.substr(pos + marker.size()));
      if (ext.empty() || ext.size() > 6 || !allDigits(ext)) return std::nullopt;
      s = s.substr(0, pos);
    }
  }
  if (!s.empty() && s.front() == '(') {
    const auto close = s.find(')');
    if (close == std::string::npos) return std::nullopt;
    s = s.substr(1, close - 1) + "-" + s.substr(close + 1);
  }
  std::string area;
  std::string local;
  const auto dash = s.find_first_of("- ");
  if (dash != std::string::npos) {
    area = s.substr(0, dash);
    std::string rest = s.substr(dash + 1);
    const auto dash2 = rest.find_first_of("- ");
    if (dash2 != std::string::npos) {  // extension as a third group
      const std::string ext = rest.substr(dash2 + 1);
      if (ext.empty() || ext.size() > 6 || !allDigits(ext)) return std::nullopt;
      rest = rest.substr(0, dash2);
    }
    local = rest;
  } else {
    if (!allDigits(s) || s.size() < 10 || s.size() > 12 || s[0] != '0') return std::nullopt;
    // Area codes: 010, 02x are three digits; the others four.
    const std::size_t areaLen = (s[1] == '1' || s[1] == '2') ? 3 : 4;
    area = s.substr(0, areaLen);
    local = s.substr(areaLen);
  }
  if (!allDigits(area) || area.size() < 3 || area.size() > 4 || area[0] != '0') return std::nullopt;
  if (!allDigits(local) || local.size() < 7 || local.size() > 8 || local[0] == '0') return std::nullopt;
  return Landline{area, local};
}

}  // namespace

bool isMobilePhone(std::string_view text) {
  std::string s = compact(trimmed(text));
  if (s.rfind("+86", 0) == 0)
    s = s.substr(3);
  else if (s.rfind("0086", 0) == 0)
    s = s.substr(4);
  else if (s.size() == 13 && s.rfind("86", 0) == 0)
    s = s.substr(2);
  return s.size() == 11 && allDigits(s) && s[0] == '1' && s[1] >= '3' && s[1] <= '9';
}

bool isLandline(std::string_view text) { return parseLandline(text).has_value(); }

bool isShanxiLandline(std::string_view text) {
  const auto l = parseLandline(text);
  if (!l || l->area.size() != 4) return false;
  return l->area >= "0349" && l->area <= "0359";
}

bool isPhone(std::string_view text) { return isMobilePhone(text) || isLandline(text); }

bool isEmail(std::string_view text) {
  const std::string_view s = trimmed(text);
  if (s.size() != text.size() || s.size() > 254) return false;
  const auto at = s.find('@');
  if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos) return false;
  const std::string_view local = s.substr(0, at);
  const std::string_view domain = s.substr(at + 1);
  if (local.size() > 64 || local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos)
    return false;
  for (char c : local) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    std::string_view("._%+-").find(c) != std::string_view::npos;
    if (!ok) return false;
  }
  const auto lastDot = domain.rfind('.');
  if (domain.empty() || lastDot == std::string_view::npos || lastDot == 0 || lastDot + 3 > domain.size()) return false;
  std::size_t labelLen = 0;
  char prev = '.';
  for (char c : domain) {
    if (c == '.') {
      if (labelLen == 0 || prev == '-') return false;
      labelLen = 0;
    } else {
      const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
      if (!ok || (labelLen == 0 && c == '-') || ++labelLen > 63) return false;
    }
    prev = c;
  }
  if (prev == '-') return false;
  for (char c : domain.substr(lastDot + 1))
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  return true;
}

bool isPostalCode(std::string_view text) { return text.size() == 6 && allDigits(text); }

bool isShanxiPostalCode(std::string_view text) {
  return isPostalCode(text) && text >= std::string_view("030000") && text <= std::string_view("048999");
}

bool isSha256Hex(std::string_view text) {
  if (text.size() != 64) return false;
  for (char c : text)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

bool isAllowedMaterialType(std::string_view t) {
  return t == "application/pdf" || t == "image/jpeg" || t == "image/png";
}

}  // namespace sxpool::rules
