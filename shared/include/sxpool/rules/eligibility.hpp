#pragma once
// 指南第六条: the eligibility rules 6-0 … 6-7, each runnable alone.
#include "sxpool/application.hpp"
#include "sxpool/findings.hpp"
#include "sxpool/round.hpp"
#include "sxpool/validation.hpp"

namespace sxpool::rules {

void checkRule60(const Application& app, const RoundSettings& round, const ValidationContext& ctx,
                 Findings& out);  // 注册地在山西
void checkRule61(const Application& app, const RoundSettings& round, const ValidationContext& ctx,
                 Findings& out);  // 拥护党的领导 承诺
void checkRule62(const Application& app, const RoundSettings& round, const ValidationContext& ctx,
                 Findings& out);  // 成立两年以上, 审计报表
void checkRule63(const Application& app, const RoundSettings& round, const ValidationContext& ctx,
                 Findings& out);  // 服务方向
void checkRule64(const Application& app, const RoundSettings& round, const ValidationContext& ctx,
                 Findings& out);  // 专家与合作机构
void checkRule65(const Application& app, const RoundSettings& round, const ValidationContext& ctx,
                 Findings& out);  // 固定场所
void checkRule66(const Application& app, const RoundSettings& round, const ValidationContext& ctx,
                 Findings& out);  // 服务企业 ≥ 10
void checkRule67(const Application& app, const RoundSettings& round, const ValidationContext& ctx,
                 Findings& out);  // 信用, 禁入期

// All of them in order.
Findings checkEligibility(const Application& app, const RoundSettings& round, const ValidationContext& ctx);

}  // namespace sxpool::rules
