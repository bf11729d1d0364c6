// 6-0 依法成立且注册地在山西省 (指南第六条): USCC division code in Shanxi, address in Shanxi.
#include "../validation/checker.hpp"
#include "sxpool/divisions.hpp"
#include "sxpool/rules/eligibility.hpp"
#include "sxpool/text.hpp"
#include "sxpool/uscc.hpp"

namespace sxpool::rules {
namespace {
bool addressInShanxi(std::string_view address) {
  if (address.find("山西") != std::string_view::npos) return true;
  const auto& d = Divisions::instance();
  for (const auto& city : d.cities())
    if (address.substr(0, city.name.size()) == city.name) return true;
  return address.find(kReformZoneName) != std::string_view::npos || address.find("综改区") != std::string_view::npos;
}
}  // namespace

void checkRule60(const Application& app, const RoundSettings& round, const ValidationContext& ctx, Findings& out) {
  detail::Checker c{app, round, ctx, out};
  const UsccCheck r = checkUscc(app.basic.uscc);
  if (r.wellFormed()) {
    const std::string& code = r.divisionCode;
    if (code.substr(0, 2) != "14")
      c.error("basic.uscc", "6-0.registered-in-shanxi",
              "申请表「统一社会信用代码」第3–8位登记机关行政区划代码为" + code +
                  "，不在山西省（14开头），按指南第六条须注册地在山西省，请核对代码；注册在省外的机构不能申请");
    else if (!Divisions::instance().isShanxiDivision(code))
      c.error(
          "basic.uscc", "6-0.registered-in-shanxi",
          "申请表「统一社会信用代码」第3–8位“" + code + "”不是山西省现行的县级以上行政区划代码，请对照营业执照核对");
  }
  if (!isBlank(app.basic.address) && !addressInShanxi(app.basic.address))
    c.error("basic.address", "6-0.address-in-shanxi",
            "申请表「地址」未体现在山西省境内，按指南第六条须注册地在山西省，请填写以“山西省”或所在市名开头的完整地址");
}

}  // namespace sxpool::rules
