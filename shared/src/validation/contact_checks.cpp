// 联系人, 联系电话, 电子信箱.
#include "checker.hpp"
#include "sxpool/rules/formats.hpp"
#include "sxpool/text.hpp"

namespace sxpool::detail {

void checkContact(Checker& c) {
  const BasicInfo& b = c.app.basic;
  c.text("basic.contactName", b.contactName, c.round.maxShortTextChars, "请填写负责本次申报的联系人姓名");
  if (c.text("basic.contactPhone", b.contactPhone, 40, "请填写手机号（11位）或座机号（区号-号码）")) {
    if (!rules::isPhone(b.contactPhone))
      c.error("basic.contactPhone", "format.phone",
              "申请表「联系电话」格式不正确，请填写11位手机号（如13912345678）或带区号的座机号（如0351-3046285）");
  }
  if (c.text("basic.email", b.email, 254, "请填写常用电子邮箱，用于接收审核通知")) {
    if (!rules::isEmail(b.email))
      c.error("basic.email", "format.email",
              "申请表「电子信箱」格式不正确，请填写如 name@example.com 的邮箱地址，不要包含空格或中文字符");
  }
}

}  // namespace sxpool::detail
