#pragma once
// Format predicates shared by validation and the UI (input masks, hints).
#include <string_view>

namespace sxpool::rules {

// 11 digits "1[3-9]…", optionally prefixed +86 / 0086 / 86; spaces and dashes between groups are allowed.
bool isMobilePhone(std::string_view text);
// Area code (0 + 2–3 digits) then a 7- or 8-digit number, optional "-" between, optional extension
// ("转123", "-123", "ext123"); e.g. "0351-3046285".
bool isLandline(std::string_view text);
// Shanxi landline: area code 0349–0359 (see shanxi_phone_area_codes.csv).
bool isShanxiLandline(std::string_view text);
bool isPhone(std::string_view text);  // mobile or landline
bool isEmail(std::string_view text);
bool isPostalCode(std::string_view text);                  // 6 digits
bool isShanxiPostalCode(std::string_view text);            // 030000–048999
bool isSha256Hex(std::string_view text);                   // 64 lowercase hex digits
bool isAllowedMaterialType(std::string_view contentType);  // PDF or image scan

}  // namespace sxpool::rules
