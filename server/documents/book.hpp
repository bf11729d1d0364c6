#pragma once
// The 入库申请书 of 附件2 as a printable document: cover, 申请材料目录, 申请表, 单位情况概述, the tables
// (服务产品, 服务人员, 服务企业 with 典型案例, experts, partners) and the 真实性声明.
#include "documents/layout.hpp"
#include "sxpool/application.hpp"
#include "sxpool/round.hpp"
#include "sxpool/workflow.hpp"

namespace sxpool::documents {

// `workflow` supplies the 市级（综改区）推荐部门意见 when the document itself does not carry it.
Document applicationBook(const Application& doc, const RoundSettings& round, const WorkflowCase& workflow);

// The file name a download of this book gets, without extension: "入库申请书_单位名称".
std::string bookFileStem(const Application& doc);

}  // namespace sxpool::documents
