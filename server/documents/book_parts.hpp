#pragma once
// Pieces shared by the parts of the 申请书 (book.cpp, book_tables.cpp).
#include <optional>
#include <string>

#include "documents/layout.hpp"
#include "sxpool/application.hpp"

namespace sxpool::documents::parts {

Paragraph heading(const std::string& text);                          // 二号 宋体 bold, centred: a form's title
Paragraph subheading(const std::string& text);                       // 三号 黑体
Paragraph body(const std::string& text);                             // 小四 仿宋, first line indented
Paragraph line(const std::string& text, Align align = Align::Left);  // 小四 仿宋, no indent
Paragraph note(const std::string& text);                             // 五号 仿宋

std::string dateText(const std::optional<Date>& date);  // "2026年4月1日", or "    年    月    日"
std::string countText(const std::optional<Count>& n);
std::string moneyText(const std::optional<Money>& m);
std::string yesNo(bool value);  // 有 / 无
Cell left(const std::string& text, int colSpan = 1);
Cell label(const std::string& text, int colSpan = 1, int rowSpan = 1);

void addOverview(Document& d, const Application& doc);
void addProducts(Document& d, const Application& doc);
void addStaff(Document& d, const Application& doc);
void addEnterprises(Document& d, const Application& doc);
void addExpertsAndPartners(Document& d, const Application& doc);

}  // namespace sxpool::documents::parts
