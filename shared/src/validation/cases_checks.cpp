// 服务典型案例 2–3 例 (第七条(九)).
#include "checker.hpp"

namespace sxpool::detail {

void checkCases(Checker& c, Row row) {
  const auto& rows = c.app.cases;
  const auto n = static_cast<int>(rows.size());
  if (!row && n < c.round.minTypicalCases)
    c.error("cases", "cases.count",
            "服务典型案例只有" + std::to_string(n) + "例，指南第七条（九）要求附" +
                std::to_string(c.round.minTypicalCases) + "–" + std::to_string(c.round.maxTypicalCases) +
                "例，请补充典型案例");
  if (!row && n > c.round.maxTypicalCases)
    c.warning("cases", "cases.count",
              "服务典型案例有" + std::to_string(n) + "例，指南要求" + std::to_string(c.round.minTypicalCases) + "–" +
                  std::to_string(c.round.maxTypicalCases) + "例，请保留最有代表性的" +
                  std::to_string(c.round.maxTypicalCases) + "例");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!inRow(row, i)) continue;
    const TypicalCase& t = rows[i];
    const int max = c.round.maxLongTextChars;
    c.text(FieldPath("cases", i, "title"), t.title, c.round.maxShortTextChars, "请填写案例名称");
    c.text(FieldPath("cases", i, "enterprise"), t.enterprise, c.round.maxShortTextChars, "请填写服务对象（企业名称）");
    c.text(FieldPath("cases", i, "content"), t.content, max, "请说明主要服务内容、规模及收费情况");
    c.text(FieldPath("cases", i, "effect"), t.effect, max, "请说明取得的经济效益和社会效益");
  }
}

}  // namespace sxpool::detail
