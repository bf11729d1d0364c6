// 6-3 明确的专业服务方向 (指南第六条(三), 附件2: 最多选择两项).
#include <set>

#include "../validation/checker.hpp"
#include "sxpool/rules/eligibility.hpp"
#include "sxpool/text.hpp"

namespace sxpool::rules {

void checkRule63(const Application& app, const RoundSettings& round, const ValidationContext& ctx, Findings& out) {
  detail::Checker c{app, round, ctx, out};
  const auto& dirs = app.basic.directions;
  const std::set<ServiceDirection> unique(dirs.begin(), dirs.end());
  if (dirs.empty())
    c.error("basic.directions", "6-3.direction-count",
            "申请表「主要服务方向」未选择，指南第六条（三）要求有明确的专业服务方向，请选择1至" +
                std::to_string(round.maxDirections) + "项");
  else if (unique.size() != dirs.size())
    c.error("basic.directions", "6-3.direction-duplicate", "申请表「主要服务方向」有重复选项，请每个方向只选一次");
  else if (static_cast<int>(dirs.size()) > round.maxDirections)
    c.error("basic.directions", "6-3.direction-count",
            "申请表「主要服务方向」选了" + std::to_string(dirs.size()) + "项，最多选择" +
                std::to_string(round.maxDirections) + "项，请取消多余的选项");
  const bool other = unique.count(ServiceDirection::Other) > 0;
  if (other && isBlank(app.basic.otherDirection))
    c.error("basic.otherDirection", "6-3.other-text",
            "申请表「主要服务方向」选择了“其他”，但未填写文字描述，请写明具体服务方向（如“工业设计”）");
  if (!other && !isBlank(app.basic.otherDirection))
    c.warning("basic.otherDirection", "6-3.other-text",
              "申请表填写了“其他”服务方向的文字描述，但未勾选“其他”，请勾选“其他”或清空该描述");
}

}  // namespace sxpool::rules
