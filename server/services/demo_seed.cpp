#include "services/demo_seed.hpp"

#include "services/case_records.hpp"
#include "services/service_error.hpp"
#include "services/units.hpp"
#include "sxpool/divisions.hpp"
#include "sxpool/json.hpp"
#include "sxpool/routing.hpp"
#include "sxpool/sample.hpp"
#include "sxpool/uscc.hpp"
#include "sxpool/workflow_json.hpp"

namespace sxpool::services {
namespace {

struct DemoAccount {
  const char* account;
  const char* role;
  std::string unit;
  std::string name;
};

// A small but real PDF, so that downloads of demo materials open.
std::string demoPdf(const std::string& title) {
  const std::string text = "(sxpool demo material) Tj";
  std::string pdf = "%PDF-1.4\n% " + title + "\n";
  pdf += "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n";
  pdf +=
      "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n";
  const std::string stream = "BT /F1 18 Tf 72 760 Td " + text + " ET";
  pdf += "4 0 obj<</Length " + std::to_string(stream.size()) + ">>stream\n" + stream + "\nendstream endobj\n";
  pdf += "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
  return pdf;
}

Routing countyRouting(const std::string& code) {
  return Routing{RoutingKind::County, code, Divisions::instance().nameOf(code)};
}

CurrentUser asUser(AuthService& auth, const store::UserRow& row) { return *auth.userFor(row.id); }

}  // namespace

void seedDemo(Services& s, std::ostream& out) {
  AppContext& ctx = s.ctx;
  const RoundSettings round = ctx.rounds.current();
  const std::string firstDept =
      ctx.config.provincialDepartments.empty() ? "" : ctx.config.provincialDepartments[0].code;
  const std::vector<DemoAccount> reviewers = {
      {"admin", "admin", "", "系统管理员"},
      {"province", "province", std::string(kProvinceUnitCode), "省工信厅中小企业处"},
      {"taiyuan", "city", "140100", "太原市工信局"},
      {"xiaodian", "county", "140105", "小店区中小企业主管部门"},
      {"yingze", "county", "140106", "迎泽区中小企业主管部门"},
      {"zonggai", "reform_zone", std::string(kReformZoneUnitCode), "山西综改区管委会"},
      {"department", "department", firstDept, unitName(ctx, firstDept)},
  };
  const int kApplications = 32;
  // The browser applicant: sample kApplications, registered in 小店区.
  const std::string applicantAccount = *makeUscc('9', '1', "140105", sampleUscc(kApplications).substr(8, 8));

  if (!ctx.store.meta("demo_seeded")) {
    out << "正在写入演示数据……" << std::endl;
    // One Argon2id hash for every demo account (same password): seeding stays quick.
    const std::string hash = AuthService::hashPassword(kDemoPassword);
    std::map<std::string, store::UserRow> byAccount;
    auto addUser = [&](store::UserRow row) {
      row.passwordHash = hash;
      row.createdAt = ctx.clock.now();
      if (auto existing = ctx.store.userByAccount(row.account)) return *existing;
      row.id = ctx.store.insertUser(row);
      return row;
    };
    for (const auto& r : reviewers) {
      store::UserRow row;
      row.account = r.account;
      row.role = r.role;
      row.unitCode = r.unit;
      row.displayName = r.name;
      byAccount[r.account] = addUser(row);
    }
    auto reviewer = [&](const std::string& account) { return asUser(s.auth, byAccount.at(account)); };

    // Target states, in order of the sample index; routing variants for 综改区 and 省级主管部门.
    enum class Route { Xiaodian, Yingze, CityLevel, ReformZone, Department };
    struct Plan {
      WorkflowState target;
      Route route;
    };
    using S = WorkflowState;
    const std::vector<Plan> plans = {
        {S::AtCounty, Route::Xiaodian},
        {S::AtCounty, Route::Xiaodian},
        {S::AtCounty, Route::Yingze},
        {S::AtCounty, Route::Xiaodian},
        {S::AtCity, Route::Xiaodian},
        {S::AtCity, Route::Yingze},
        {S::AtCity, Route::CityLevel},
        {S::AtCity, Route::Xiaodian},
        {S::AtReformZone, Route::ReformZone},
        {S::AtReformZone, Route::ReformZone},
        {S::AtDepartment, Route::Department},
        {S::AtDepartment, Route::Department},
        {S::AtProvince, Route::Xiaodian},
        {S::AtProvince, Route::CityLevel},
        {S::AtProvince, Route::ReformZone},
        {S::AtProvince, Route::Department},
        {S::ProvinceApproved, Route::Xiaodian},
        {S::ProvinceApproved, Route::Yingze},
        {S::InPublicity, Route::Xiaodian},
        {S::InPublicity, Route::CityLevel},
        {S::ObjectionPending, Route::Yingze},
        {S::Admitted, Route::Xiaodian},
        {S::Admitted, Route::ReformZone},
        {S::Admitted, Route::Department},
        {S::Rejected, Route::Xiaodian},
        {S::Rejected, Route::CityLevel},
        {S::Returned, Route::Xiaodian},
        {S::Returned, Route::Yingze},
        {S::Withdrawn, Route::Xiaodian},
        {S::Removed, Route::Yingze},
        {S::Draft, Route::Xiaodian},
        {S::Draft, Route::CityLevel},
    };
    // The days each step happens on, before the round's deadline; publication late enough to still run today.
    const Date today = ctx.clock.today();
    const Date submitted{round.year, 3, 2}, countyDay{round.year, 3, 9}, cityDay{round.year, 3, 16},
        provinceDay{round.year, 3, 23};
    const Date earlyPublication{round.year, 3, 30}, admitDay{round.year, 4, 10};
    const Date recentPublication = today < Date{round.year, 4, 1} ? provinceDay.addDays(2) : today.addDays(-1);

    for (int i = 0; i <= kApplications; ++i) {
      const bool browserApplicant = i == kApplications;  // the one the demo user signs in as: a ready draft
      const Plan plan =
          browserApplicant ? Plan{S::Draft, Route::Xiaodian} : plans[static_cast<size_t>(i) % plans.size()];
      Application doc = makeSampleApplication(i, round);
      const std::string org = doc.basic.uscc.substr(8, 8);
      switch (plan.route) {
        case Route::Xiaodian: doc.routing = countyRouting("140105"); break;
        case Route::Yingze: doc.routing = countyRouting("140106"); break;
        case Route::CityLevel: doc.routing = *defaultRoutingForUscc(*makeUscc('9', '1', "140100", org)); break;
        case Route::ReformZone: doc.routing = reformZoneRouting(); break;
        case Route::Department: doc.routing = departmentRouting(firstDept, unitName(ctx, firstDept)); break;
      }
      const std::string division = plan.route == Route::Yingze     ? "140106"
                                   : plan.route == Route::Xiaodian ? "140105"
                                                                   : "140100";
      doc.basic.uscc = *makeUscc('9', '1', division, org);

      store::UserRow owner;
      owner.account = doc.basic.uscc;
      owner.role = "applicant";
      owner.displayName = doc.basic.name;
      owner.uscc = doc.basic.uscc;
      owner.contactName = doc.basic.contactName;
      owner.contactPhone = doc.basic.contactPhone;
      owner.email = doc.basic.email;
      owner = addUser(owner);
      const CurrentUser applicant = asUser(s.auth, owner);

      store::ApplicationRow row;
      row.ownerId = owner.id;
      row.roundYear = round.year;
      row.state = std::string(codeOf(S::Draft));
      auto materials = doc.materials;
      doc.materials.clear();
      row.draft = canonicalDraft(doc);
      row.draftHash = store::FileStore::sha256Hex(row.draft);
      row.draftRevision = 1;
      row.workflow = workflowCaseToJson(WorkflowCase{}).dump();
      row.updatedAt = ctx.clock.now();
      copyQueueColumns(row, doc);
      row.id = ctx.store.insertApplication(row);
      for (const auto& m : materials) {
        store::AttachmentRow a;
        a.applicationId = row.id;
        a.material = std::string(codeOf(m.kind));
        a.fileName = m.fileName.empty() ? "材料" + a.material + ".pdf" : m.fileName;
        const std::string bytes = demoPdf(a.fileName);
        a.sha256 = ctx.files.put(bytes);
        a.size = static_cast<std::int64_t>(bytes.size());
        a.contentType = "application/pdf";
        a.uploadedAt = row.updatedAt;
        a.uploadedBy = owner.id;
        ctx.store.insertAttachment(a);
      }
      if (plan.target == S::Draft) continue;

      try {
        ctx.store.transaction([&] {
          auto rec = loadCase(ctx, row.id);
          s.applications.submitRecord(rec, applicant, submitted);
        });
        auto step = [&](const std::string& account, Action action, Date date, auto&& fill) {
          ActionRequest r;
          r.action = action;
          r.date = date;
          fill(r);
          s.review.actWith(row.id, reviewer(account), r);
        };
        auto none = [](ActionRequest&) {};
        auto recommend = [](ActionRequest& r) { r.recommendation = "该机构服务能力突出，符合入库条件，同意推荐。"; };
        auto state = [&] { return loadCase(ctx, row.id).workflow.state; };
        auto firstHolderAccount = [&]() -> std::string {
          switch (plan.route) {
            case Route::Xiaodian: return "xiaodian";
            case Route::Yingze: return "yingze";
            case Route::CityLevel: return "taiyuan";
            case Route::ReformZone: return "zonggai";
            case Route::Department: return "department";
          }
          return "";
        };
        // Returned / rejected / withdrawn happen at the first step; everything else moves up the chain.
        if (plan.target == S::Returned) {
          step(firstHolderAccount(), Action::Return, countyDay, [](ActionRequest& r) {
            r.comments = {{"basic.activities", "请补充“一起益企”活动的具体场次和参与企业数量"},
                          {"materials", "审计报告缺少盖章页，请重新上传材料8"}};
          });
          continue;
        }
        if (plan.target == S::Withdrawn) {
          ActionRequest r;
          r.action = Action::Withdraw;
          r.date = countyDay;
          r.reason = "机构决定参加下一年度申报";
          s.review.actWith(row.id, applicant, r);
          continue;
        }
        if (plan.target == S::Rejected) {
          step(firstHolderAccount(), Action::Reject, countyDay, [](ActionRequest& r) {
            r.reason = "经核查，合作专家名单中有8人无法提供合作协议，不符合指南第六条（四）";
          });
          continue;
        }
        if (state() == S::AtCounty) {
          if (plan.target == S::AtCounty) continue;
          step(firstHolderAccount(), Action::Pass, countyDay, none);
        }
        if (state() == S::AtCity || state() == S::AtReformZone || state() == S::AtDepartment) {
          if (plan.target == state()) continue;
          const std::string account = state() == S::AtCity         ? "taiyuan"
                                      : state() == S::AtReformZone ? "zonggai"
                                                                   : "department";
          step(account, Action::Pass, cityDay, recommend);
        }
        if (plan.target == S::AtProvince) continue;
        step("province", Action::RecordSpotCheck, provinceDay, [&](ActionRequest& r) {
          r.spotCheck = SpotCheck{provinceDay, "王建国、李丽华", "现场核查服务场地与人员社保记录，与申报一致", true};
        });
        step("province", Action::Pass, provinceDay, none);
        if (plan.target == S::ProvinceApproved) continue;
        const bool recent = plan.target == S::InPublicity || plan.target == S::ObjectionPending;
        const Date published = recent ? recentPublication : earlyPublication;
        step("province", Action::Publish, published, none);
        if (plan.target == S::InPublicity) continue;
        if (plan.target == S::ObjectionPending) {
          step("province", Action::RaiseObjection, published.addDays(1),
               [](ActionRequest& r) { r.reason = "有群众反映该机构服务场地面积与申报不符"; });
          continue;
        }
        step("province", Action::Admit, admitDay, none);
        if (plan.target == S::Removed)
          step("province", Action::Remove, admitDay.addDays(20), [](ActionRequest& r) {
            r.removalReason = RemovalReason::AbnormalOperation;
            r.reason = "被列入经营异常名录";
          });
      } catch (const ServiceError& e) {
        out << "演示申请 " << i << "（" << doc.basic.name << "）停在了中途：" << e.message << std::endl;
      }
    }
    ctx.store.setMeta("demo_seeded", "1");
    ctx.generation++;
    ctx.poolGeneration++;
  }

  out << "演示账号（密码均为 " << kDemoPassword << "）：\n";
  for (const auto& r : reviewers)
    out << "  " << r.account << std::string(12 - std::min<size_t>(11, std::strlen(r.account)), ' ')
        << labelOf(fromCode<Role>(r.role).value_or(Role::Admin))
        << (r.unit.empty() ? "" : "（" + unitName(ctx, r.unit) + "）") << "\n";
  out << "  " << applicantAccount << "  申请机构（已填好、可直接提交的草稿）\n";
  out << "  其余申请机构的账号为各自的统一社会信用代码，密码相同" << std::endl;
}

}  // namespace sxpool::services
