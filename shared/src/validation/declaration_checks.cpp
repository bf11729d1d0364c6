// 申报材料真实性声明 (第七条(十一)).
#include "checker.hpp"
#include "sxpool/text.hpp"

namespace sxpool::detail {

void checkDeclaration(Checker& c) {
  const Declaration& d = c.app.declaration;
  if (!d.confirmed)
    c.error("declaration.confirmed", "declaration.confirmed",
            "申报材料真实性声明尚未确认，请阅读声明内容后勾选“本单位保证所提供材料真实、完整、准确”");
  if (c.text("declaration.legalRepresentative", d.legalRepresentative, c.round.maxShortTextChars,
             "请填写法定代表人姓名") &&
      !isBlank(c.app.basic.legalRepresentative) &&
      trimmed(d.legalRepresentative) != trimmed(c.app.basic.legalRepresentative))
    c.warning("declaration.legalRepresentative", "consistency.declaration-name",
              "申报材料真实性声明「法定代表人（签字）」“" + d.legalRepresentative + "”与申请表「法定代表人」“" +
                  c.app.basic.legalRepresentative + "”不一致，请核对");
  c.pastDate("declaration.date", d.date);
}

}  // namespace sxpool::detail
