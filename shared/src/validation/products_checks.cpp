// 服务产品情况表 (optional table; a row that exists must be complete).
#include "checker.hpp"

namespace sxpool::detail {

void checkProducts(Checker& c, Row row) {
  const auto& rows = c.app.products;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!inRow(row, i)) continue;
    c.text(FieldPath("products", i, "name"), rows[i].name, c.round.maxShortTextChars, "请填写产品名称，或删除这一空行");
    c.text(FieldPath("products", i, "content"), rows[i].content, c.round.maxLongTextChars, "请简述该产品的服务内容");
    c.optionalText(FieldPath("products", i, "application"), rows[i].application, c.round.maxLongTextChars);
  }
}

}  // namespace sxpool::detail
