#pragma once
// One application round: the year and every threshold the rules use, in one configurable place
// (requirements.md marks several as [interpretation]).
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "sxpool/date.hpp"
#include "sxpool/directions.hpp"

namespace sxpool {

struct RoundSettings {
  int year = 2026;              // Y: 近两年 = Y−2, Y−1; 上年度 = Y−1 [interpretation]
  Date opensOn{2026, 1, 1};     // 开始受理申报 (the notice's date) [interpretation], inclusive
  Date deadline{2026, 4, 30};   // 推荐材料报送截止 (notice), inclusive
  bool enforceDeadline = true;  // refuse submission / recommendation after the deadline

  // 第六条
  int minYearsSinceFounding = 2;        // 6-2 成立并运营两年以上
  int maxDirections = 2;                // 6-3 最多选择两项
  int minSeniorExperts = 10;            // 6-4 副高级以上或同等水平专家 10 人以上
  int minExperts = 20;                  // 6-4 相关专家 20 人以上
  bool seniorCountTowardsTotal = true;  // 6-4 [interpretation] the 20 include the 10
  int minPartners = 5;                  // 6-4 合作机构 5 个（含）以上
  int minServedEnterprises = 10;        // 6-6 近一年点对点服务企业不少于 10 家

  // 第七条 / 附件2
  int minTypicalCases = 2;  // 典型案例 2–3 例
  int maxTypicalCases = 3;
  int activitiesTargetChars = 400;  // “400字左右”
  int activitiesMaxChars = 600;     // above: warning
  int activitiesMinChars = 50;      // below: warning
  int maxShortTextChars = 100;      // names, positions, addresses …
  int maxLongTextChars = 5000;      // 单位情况概述 sections, case texts
  std::int64_t maxMaterialBytes = 50LL * 1024 * 1024;

  // 第八条
  int publicityWorkingDays = 5;  // 公示五个工作日

  // 第十–十二条
  int missesForNotice = 2;     // 连续 2 个周期未报送 → 通报
  int missesForRemoval = 3;    // 连续 3 个周期未报送 → 移出
  int changeReportMonths = 3;  // 重大变化 3 个月内报告
  int reentryBanYears = 2;     // 至少 2 年内不得再次入库

  // 第九条 [interpretation]: 知识产权 and 出海服务 → 其他类 unless the province decides otherwise.
  std::map<ServiceDirection, ServiceClass> directionClass = defaultDirectionClasses();

  int previousYear() const { return year - 1; }  // 上年度
  int twoYearsAgo() const { return year - 2; }   // 近两年的第一年
  ServiceClass classOf(ServiceDirection d) const;

  static std::map<ServiceDirection, ServiceClass> defaultDirectionClasses();
};

// The 2026 round as published (defaults above).
RoundSettings round2026();

// What is wrong with a round an admin entered (Chinese, one line each; empty when it can be saved).
std::vector<std::string> roundSettingsProblems(const RoundSettings& round);

}  // namespace sxpool
