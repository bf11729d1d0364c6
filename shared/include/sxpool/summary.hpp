#pragma once
// 附件3 推荐汇总表: one row per recommended application, columns exactly as in the seed.
#include <array>
#include <string>
#include <string_view>

#include "sxpool/application.hpp"
#include "sxpool/round.hpp"

namespace sxpool {

inline constexpr std::array<std::string_view, 10> kSummaryHeaders = {
    "序号",           "单位名称",     "机构类型", "成立时间", "上年度服务收入（万元）", "服务资产（万元）",
    "服务人员（人）", "主要服务方向", "联系人",   "联系电话"};

struct SummaryRow {
  int index = 0;                // 序号 (1-based)
  std::string name;             // 单位名称
  std::string institutionType;  // 机构类型 = 机构性质 label
  std::string founded;          // 成立时间 "2015-03-02"
  std::string lastYearRevenue;  // 上年度服务收入（万元）"123.45"
  std::string serviceAssets;    // 服务资产（万元）
  std::string staffCount;       // 服务人员（人）= 从业人数
  std::string directions;       // "数字赋能、其他（工业设计）"
  std::string contactName;
  std::string contactPhone;

  std::array<std::string, 10> cells() const;
};

SummaryRow summaryRow(const Application& app, int index, const RoundSettings& round);
// "数字赋能、融资促进", with 其他 written as "其他（text）".
std::string directionsText(const BasicInfo& basic);

}  // namespace sxpool
