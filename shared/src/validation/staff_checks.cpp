// 服务人员基本情况表.
#include "checker.hpp"

namespace sxpool::detail {

void checkStaff(Checker& c, Row row) {
  const auto& rows = c.app.staff;
  if (!row && rows.empty())
    c.error("staff", "format.required", "服务人员基本情况表为空，请至少填写机构主要服务人员的姓名、职务、职称和学历");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!inRow(row, i)) continue;
    const StaffMember& s = rows[i];
    c.text(FieldPath("staff", i, "name"), s.name, c.round.maxShortTextChars, "请填写人员姓名，或删除这一空行");
    c.text(FieldPath("staff", i, "position"), s.position, c.round.maxShortTextChars, "请填写该人员在本单位的职务");
    if (s.title == TitleLevel::Unset) c.missing(FieldPath("staff", i, "title"), "请选择职称级别，无职称请选“无职称”");
    c.optionalText(FieldPath("staff", i, "titleName"), s.titleName, c.round.maxShortTextChars);
    if (s.education == Education::Unset) c.missing(FieldPath("staff", i, "education"), "请选择最高学历");
  }
}

}  // namespace sxpool::detail
