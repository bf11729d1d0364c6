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

TEST_CASE("下一步提示：公示开始日在今天之后时说明“公示将于…开始”，并给出起止两个日期") {
  WorkflowCase c;
  c.state = WorkflowState::InPublicity;
  c.publicityStart = Date{2026, 2, 12};
  c.publicityEnd = Date{2026, 2, 25};
  CHECK(nextStepText(c, "", Date{2026, 2, 10}) == "公示将于2026年2月12日开始，至2026年2月25日结束");
  CHECK(nextStepText(c, "", Date{2026, 2, 12}) == "公示中（2026年2月12日至2026年2月25日）");
  CHECK(nextStepText(c, "") == "公示中（2026年2月12日至2026年2月25日）");
  CHECK(publicityText(c, Date{2026, 2, 11}) == "公示将于2026年2月12日开始，至2026年2月25日结束");
}
