// 指南第十条: the province (or the admin) loads the institutions admitted in 2025 from a CSV: each becomes an
// admitted application (a minimal row with its classification and admission date), so that its quarterly periods
// count from its own admission. All rows or none; every problem with its line number.
#include <sodium.h>

#include <algorithm>

#include "services/pool_service.hpp"
#include "services/queue_columns.hpp"
#include "services/service_error.hpp"
#include "services/units.hpp"
#include "sxpool/divisions.hpp"
#include "sxpool/json.hpp"
#include "sxpool/pool_import.hpp"
#include "sxpool/workflow_json.hpp"

namespace sxpool::services {
namespace {

constexpr int kImportYear = 2025;

// The case an import stands for: routed by its county (or city), passed by both, admitted by the province.
WorkflowCase importedCase(const ImportedInstitution& row) {
  WorkflowCase c;
  c.state = WorkflowState::Admitted;
  const bool county = !row.countyCode.empty();
  c.routing.kind = county ? RoutingKind::County : RoutingKind::City;
  c.routing.unitCode = county ? row.countyCode : row.cityCode;
  c.routing.unitName = Divisions::instance().nameOf(c.routing.unitCode);
  c.submittedOn = row.admittedOn;
  c.admittedOn = row.admittedOn;
  const std::string note = std::to_string(kImportYear) + "年已入库机构（导入）";
  if (county)
    c.history.push_back({row.admittedOn,
                         Action::Pass,
                         {Role::CountyReviewer, row.countyCode, ""},
                         WorkflowState::AtCounty,
                         WorkflowState::AtCity,
                         note,
                         {}});
  c.history.push_back({row.admittedOn,
                       Action::Pass,
                       {Role::CityReviewer, row.cityCode, ""},
                       WorkflowState::AtCity,
                       WorkflowState::AtProvince,
                       note,
                       {}});
  c.history.push_back({row.admittedOn,
                       Action::Admit,
                       {Role::ProvinceReviewer, std::string(kProvinceUnitCode), ""},
                       WorkflowState::InPublicity,
                       WorkflowState::Admitted,
                       note,
                       {}});
  return c;
}

std::string unusablePasswordHash() {
  unsigned char random[32];
  randombytes_buf(random, sizeof random);
  std::string token;
  for (unsigned char b : random) token += "0123456789abcdef"[b & 15];
  return AuthService::hashPassword(token + "Aa1!");
}

}  // namespace

api::ImportResult PoolService::importAdmitted(const CurrentUser& user, const api::ImportRequest& request) {
  if (user.role != Role::ProvinceReviewer && user.role != Role::Admin)
    throw forbidden("2025年入库机构名单由省工信厅或系统管理员导入：您的账号不能导入");
  auto parsed = parseAdmittedImport(request.csv, kImportYear);
  api::ImportResult result;
  // 第十二条 and the pool itself: a code under the ban or already in the pool is refused on its line.
  for (const auto& row : parsed.rows) {
    if (const auto ban = reentryBanToday(ctx_, row.uscc); ban.banned)
      parsed.problems.push_back({row.line, ban.message});
    for (const auto& app : ctx_.store.applicationsByUscc(row.uscc))
      if (app.state == "admitted" || app.roundYear == kImportYear)
        parsed.problems.push_back({row.line, "统一社会信用代码“" + row.uscc + "”已有" + std::to_string(app.roundYear) +
                                                 "年度的申请（编号 " + std::to_string(app.id) + "），不能重复导入"});
    if (const auto owner = ctx_.store.userByAccount(row.uscc); owner && owner->role != "applicant")
      parsed.problems.push_back({row.line, "账号“" + row.uscc + "”已被审核人员占用，请联系系统管理员"});
  }
  std::sort(parsed.problems.begin(), parsed.problems.end(),
            [](const auto& a, const auto& b) { return a.line < b.line; });
  for (const auto& p : parsed.problems)
    result.errors.push_back({p.line, "第" + std::to_string(p.line) + "行：" + p.message});
  if (!result.errors.empty()) {
    result.message = "导入文件有 " + std::to_string(result.errors.size()) + " 处错误，未导入任何机构：" +
                     result.errors.front().message + (result.errors.size() > 1 ? "……请逐行修改后重新导入" : "");
    return result;
  }

  const std::string passwordHash = parsed.rows.empty() ? std::string() : unusablePasswordHash();
  ctx_.commits.run([&] {
    result.ids.clear();
    const auto now = ctx_.clock.now();
    for (const auto& row : parsed.rows) {
      std::int64_t ownerId = 0;
      if (auto owner = ctx_.store.userByAccount(row.uscc)) {
        ownerId = owner->id;
      } else {
        // An account the institution receives from the admin (a password reset), for its reports.
        store::UserRow u;
        u.account = row.uscc;
        u.passwordHash = passwordHash;
        u.role = "applicant";
        u.displayName = row.name;
        u.uscc = row.uscc;
        u.contactName = row.contactName;
        u.contactPhone = row.contactPhone;
        u.createdAt = now;
        u.mustChangePassword = true;
        ownerId = ctx_.store.insertUser(u);
      }
      Application doc;
      doc.basic.name = row.name;
      doc.basic.uscc = row.uscc;
      doc.basic.contactName = row.contactName;
      doc.basic.contactPhone = row.contactPhone;
      const auto workflow = importedCase(row);
      store::ApplicationRow app;
      app.ownerId = ownerId;
      app.roundYear = kImportYear;
      app.uscc = row.uscc;
      app.name = row.name;
      app.state = "admitted";
      app.routingKind = std::string(codeOf(workflow.routing.kind));
      app.routingUnit = workflow.routing.unitCode;
      app.countyCode = row.countyCode;
      app.cityCode = row.cityCode;
      app.draft = encodeApplication(doc);
      app.workflow = encodeWorkflowCase(workflow);
      app.updatedAt = now;
      const auto id = ctx_.store.insertApplication(app);
      ctx_.store.setViewers(id, viewerUnits(workflow), app.state, now);
      ctx_.store.upsertClassification({id, std::string(codeOf(row.character)), std::string(codeOf(row.serviceClass)),
                                       formatDate(row.admittedOn), "import", now, user.user.id});
      ctx_.store.upsertPoolProfile({id, "[]", "[]", 1, now});
      audit(user, id, "institution_imported",
            row.name + "（" + row.uscc + "）" + formatDate(row.admittedOn) + "入库；" +
                classificationText({row.character, row.serviceClass}) + "；导入文件第" + std::to_string(row.line) +
                "行",
            "{\"line\":" + std::to_string(row.line) + "}");
      result.ids.push_back(id);
    }
  });
  result.created = static_cast<int>(result.ids.size());
  result.message = "已导入 " + std::to_string(result.created) + " 家" + std::to_string(kImportYear) + "年入库机构";
  ctx_.generation++;
  ctx_.poolGeneration++;
  return result;
}

}  // namespace sxpool::services
