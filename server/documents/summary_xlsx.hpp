#pragma once
// 附件3: XX部门/市（山西综改区管委会）优质中小企业服务资源库入库机构推荐汇总表, as .xlsx (libxlsxwriter).
#include <optional>
#include <string>
#include <vector>

#include "sxpool/application.hpp"

namespace sxpool::documents {

// One recommended institution: a row of the 汇总表.
struct SummaryRow {
  std::string name;                      // 单位名称
  std::string kind;                      // 机构类型 (机构性质)
  std::optional<Date> foundedOn;         // 成立时间
  std::optional<Money> lastYearRevenue;  // 上年度服务收入（万元）
  std::optional<Money> serviceAssets;    // 服务资产（万元）
  std::optional<Count> serviceStaff;     // 服务人员（人）
  std::string directions;                // 主要服务方向, "数字赋能、其他（…）"
  std::string contactName;               // 联系人
  std::string contactPhone;              // 联系电话
};

// The row of an application: 服务人员 = the rows of its 服务人员基本情况表, 上年度 = operations[1].
SummaryRow summaryRowOf(const Application& doc);
// "数字赋能、政策咨询", with 其他 as "其他（文字）".
std::string directionsText(const Application& doc);

extern const std::vector<std::string> kSummaryColumns;  // the ten column titles of 附件3
std::string summaryTitle(const std::string& unitName);

std::string writeSummaryXlsx(const std::string& unitName, const std::vector<SummaryRow>& rows);  // the file's bytes

}  // namespace sxpool::documents
