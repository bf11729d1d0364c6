// 附件3 推荐汇总表.
#include <catch2/catch.hpp>

#include "sxpool/summary.hpp"
#include "test_support.hpp"

using namespace sxpool;
using namespace sxpool::test;

TEST_CASE("附件3 推荐汇总表：列名与种子文件一致") {
  CHECK(kSummaryHeaders[0] == "序号");
  CHECK(kSummaryHeaders[4] == "上年度服务收入（万元）");
  CHECK(kSummaryHeaders[6] == "服务人员（人）");
  CHECK(kSummaryHeaders[9] == "联系电话");
}

TEST_CASE("附件3 推荐汇总表：由申请书生成一行") {
  Application a = validSample(1);
  a.basic.directions = {ServiceDirection::DigitalEmpowerment, ServiceDirection::Other};
  a.basic.otherDirection = "工业设计";
  a.operations[1].revenue = Money::fromHundredths(123456);
  const SummaryRow r = summaryRow(a, 3, round());
  const auto cells = r.cells();
  CHECK(cells[0] == "3");
  CHECK(cells[1] == a.basic.name);
  CHECK(cells[2] == "企业");
  CHECK(cells[3] == formatDate(*a.basic.foundedOn));
  CHECK(cells[4] == "1234.56");
  CHECK(cells[5] == formatMoney(*a.basic.serviceAssets));
  CHECK(cells[6] == std::to_string(*a.basic.employeeCount));
  CHECK(cells[7] == "数字赋能、其他（工业设计）");
  CHECK(cells[8] == a.basic.contactName);
  CHECK(cells[9] == a.basic.contactPhone);
  const SummaryRow empty = summaryRow(Application{}, 1, round());
  CHECK(empty.lastYearRevenue.empty());
  CHECK(empty.institutionType.empty());
}
