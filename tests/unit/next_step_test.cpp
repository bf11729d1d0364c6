#include <catch2/catch.hpp>

#include "sxpool/next_step.hpp"

using namespace sxpool;

TEST_CASE("下一步提示：审核中说明所在单位与环节，公示中给出截止日") {
  WorkflowCase c;
  c.state = WorkflowState::AtCounty;
  CHECK(nextStepText(c, "小店区工业和信息化局") == "已提交至小店区工业和信息化局（" +
                                                       std::string(labelOf(WorkflowState::AtCounty)) +
                                                       "），请留意站内消息中的审核结果");
  c.state = WorkflowState::Returned;
  CHECK(nextStepText(c, "") == "申请被退回修改：请按审核意见修改后重新提交");
  c.state = WorkflowState::InPublicity;
  CHECK(nextStepText(c, "") == "公示中");
  c.publicityEnd = Date{2026, 5, 15};
  CHECK(nextStepText(c, "") == "公示中，公示期至2026年5月15日");
  c.state = WorkflowState::Admitted;
  CHECK(nextStepText(c, "") == "已纳入山西省优质中小企业服务资源库");
  c.state = WorkflowState::Draft;
  // A draft is told what to do, not its state again (issue 16: "下一步：草稿").
  CHECK(nextStepText(c, "").find("提交") != std::string::npos);
  CHECK(nextStepText(c, "") != std::string(labelOf(WorkflowState::Draft)));
}
