#include "services/document_service.hpp"

#include <algorithm>
#include <tuple>

#include "documents/book.hpp"
#include "documents/csv.hpp"
#include "documents/docx_writer.hpp"
#include "documents/pdf_writer.hpp"
#include "documents/summary_xlsx.hpp"
#include "services/case_records.hpp"
#include "services/review_service.hpp"
#include "services/service_error.hpp"
#include "services/units.hpp"
#include "sxpool/routing.hpp"

namespace sxpool::services {
namespace {

using documents::CsvRow;

std::string timeText(std::optional<std::int64_t> unixSeconds) {
  if (!unixSeconds) return "";
  const std::int64_t local = *unixSeconds + 8 * 3600;  // Asia/Shanghai
  const std::int64_t secondsOfDay = ((local % 86400) + 86400) % 86400;
  char hm[8];
  std::snprintf(hm, sizeof hm, "%02d:%02d", static_cast<int>(secondsOfDay / 3600),
                static_cast<int>(secondsOfDay / 60 % 60));
  return formatDate(dateInShanghai(*unixSeconds)) + " " + hm;
}

std::string workflowStateLabel(const std::string& code) {
  auto s = fromCode<WorkflowState>(code);
  return s ? std::string(labelOf(*s)) : code;
}

std::string natureText(const Application& doc) {
  return doc.basic.nature == InstitutionNature::Unset ? "" : std::string(labelOf(doc.basic.nature));
}

std::string classesText(const Application& doc, const RoundSettings& round) {
  std::vector<std::string> out;
  for (auto d : doc.basic.directions) {
    const std::string c(labelOf(round.classOf(d)));
    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  }
  std::string text;
  for (const auto& c : out) text += (text.empty() ? "" : "、") + c;
  return text;
}

bool isReviewer(const CurrentUser& user) { return user.role != Role::Applicant; }

std::string extensionOf(const std::string& contentType) {
  if (contentType == "application/pdf") return ".pdf";
  if (contentType == "image/jpeg") return ".jpg";
  if (contentType == "image/png") return ".png";
  return "";
}

}  // namespace

void DocumentService::audit(const CurrentUser& user, std::optional<std::int64_t> applicationId,
                            const std::string& what) {
  store::AuditRow row;
  row.at = ctx_.clock.now();
  row.userId = user.user.id;
  row.account = user.user.account;
  row.unitCode = user.user.unitCode;
  row.event = "document_exported";
  row.applicationId = applicationId;
  row.comment = what;
  ctx_.commits.run([&] { ctx_.store.appendAudit(row); });
}

DocumentFile DocumentService::applicationBook(std::int64_t id, const CurrentUser& user, std::optional<int> version,
                                              BookFormat format) {
  auto rec = loadCase(ctx_, id);
  requireView(rec, user);
  const bool owner = user.role == Role::Applicant;
  if (!version && !owner && rec.row.currentVersion > 0) version = rec.row.currentVersion;
  Application doc;
  std::string suffix = "_草稿";
  if (version) {
    auto v = ctx_.store.version(id, *version);
    if (!v) throw notFound("申请 " + std::to_string(id) + " 没有第 " + std::to_string(*version) + " 版提交记录");
    doc = decodeStoredDocument(v->document);
    suffix = "_" + v->receiptNo + "_第" + std::to_string(*version) + "版";
  } else {
    doc = rec.draft;
    doc.materials = currentMaterials(ctx_, id);
  }
  doc.recommendation = rec.draft.recommendation;  // written by reviewers only, after the submission
  if (doc.recommendation.opinion.empty() && !rec.workflow.recommendation.empty())
    for (const auto& h : rec.workflow.history)
      if (h.action == Action::Pass && (h.from == WorkflowState::AtCity || h.from == WorkflowState::AtReformZone ||
                                       h.from == WorkflowState::AtDepartment))
        doc.recommendation = {rec.workflow.recommendation, unitName(ctx_, h.actor.unitCode), h.date};
  const auto book = documents::applicationBook(doc, ctx_.rounds.settingsFor(rec.row.roundYear), rec.workflow);
  DocumentFile file;
  file.fileName = documents::bookFileStem(doc) + suffix + (format == BookFormat::Docx ? ".docx" : ".pdf");
  if (format == BookFormat::Docx) {
    file.contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    file.bytes = documents::writeDocx(book);
  } else {
    file.contentType = "application/pdf";
    file.bytes = documents::writePdf(book);
  }
  audit(user, id, file.fileName);
  return file;
}

std::vector<std::int64_t> DocumentService::idsInView(const CurrentUser& user, const std::vector<std::string>& states,
                                                     std::optional<std::string> viewerUnit, std::optional<int> year) {
  store::QueueQuery q;
  q.viewerUnit = viewerUnit
                     ? viewerUnit
                     : (user.role == Role::Admin ? std::nullopt : std::optional<std::string>(user.user.unitCode));
  q.states = states;
  q.roundYear = year;
  q.sort = "receipt";
  q.descending = false;
  q.pageSize = 500;
  q.countTotal = false;
  std::vector<std::int64_t> ids;
  for (q.page = 1;; ++q.page) {
    const auto page = ctx_.store.queue(q);
    for (const auto& item : page.items) ids.push_back(item.id);
    if (page.items.size() < static_cast<size_t>(q.pageSize)) break;
  }
  return ids;
}

DocumentFile DocumentService::recommendationSummary(const CurrentUser& user, const std::string& unitCode,
                                                    std::optional<int> year) {
  if (user.role != Role::Admin && user.role != Role::ProvinceReviewer && user.user.unitCode != unitCode)
    throw forbidden("推荐汇总表只对推荐单位本身、省工信厅和管理员开放");
  if (user.role == Role::Applicant) throw forbidden("推荐汇总表只对推荐单位本身、省工信厅和管理员开放");
  const auto unit = ctx_.store.unit(unitCode);
  if (!unit || (unit->level != "city" && unit->level != "reform_zone" && unit->level != "department"))
    throw badRequest("「unit」应为推荐单位（市工信局、山西综改区管委会或省级主管部门）的代码，见 GET /api/v1/units",
                     {fieldError("unit", "不是推荐单位")});
  const int round = year.value_or(ctx_.rounds.current().year);
  std::vector<documents::SummaryRow> rows;
  for (auto id : idsInView(user, {}, unitCode, round)) {
    auto rec = loadCase(ctx_, id);
    const bool recommended = std::any_of(rec.workflow.history.begin(), rec.workflow.history.end(), [&](auto& h) {
      return h.action == Action::Pass && h.actor.unitCode == unitCode &&
             (h.from == WorkflowState::AtCity || h.from == WorkflowState::AtReformZone ||
              h.from == WorkflowState::AtDepartment);
    });
    if (!recommended || rec.row.currentVersion == 0) continue;
    auto v = ctx_.store.version(id, rec.row.currentVersion);
    rows.push_back(documents::summaryRowOf(v ? decodeStoredDocument(v->document) : rec.draft));
  }
  DocumentFile file{"推荐汇总表_" + unit->name + "_" + std::to_string(round) + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    documents::writeSummaryXlsx(unit->name, rows)};
  audit(user, std::nullopt, file.fileName + "（" + std::to_string(rows.size()) + " 家）");
  return file;
}

DocumentFile DocumentService::queueCsv(const CurrentUser& user, api::QueueQuery query) {
  ReviewService review(ctx_);  // its filters and their checks; a private instance keeps its caches out of the way
  query.pageSize = 200;
  std::vector<CsvRow> rows;
  for (query.page = 1;; ++query.page) {
    const auto page = review.queue(user, query);
    for (const auto& i : page.items) {
      std::string directions;
      for (const auto d : i.directions) directions += (directions.empty() ? "" : "、") + std::string(labelOf(d));
      rows.push_back({std::to_string(rows.size() + 1), i.receiptNo.value_or(""), i.name, i.uscc,
                      std::string(labelOf(i.state)), i.routingUnitName, i.cityName, directions, timeText(i.submittedAt),
                      timeText(i.updatedAt)});
    }
    if (page.items.size() < 200) break;
  }
  DocumentFile file{"审核列表_" + formatDate(ctx_.clock.today()) + ".csv", "text/csv; charset=utf-8",
                    documents::csvDocument({"序号", "受理编号", "单位名称", "统一社会信用代码", "状态", "属地单位",
                                            "所属市", "主要服务方向", "提交时间", "更新时间"},
                                           rows)};
  audit(user, std::nullopt, file.fileName + "（" + std::to_string(rows.size()) + " 条）");
  return file;
}

DocumentFile DocumentService::publicityCsv(const CurrentUser& user, std::int64_t batchId) {
  if (!isReviewer(user)) throw forbidden("公示名单导出只对审核单位和管理员开放");
  const auto batch = ctx_.store.publicityBatch(batchId);
  if (!batch) throw notFound("公示批次 " + std::to_string(batchId) + " 不存在");
  std::vector<CsvRow> rows;
  for (auto id : idsInView(user, {"in_publicity", "objection_pending", "admitted", "rejected", "removed"}, {}, {})) {
    auto rec = loadCase(ctx_, id);
    const auto& w = rec.workflow;
    if (!w.publicityStart || !w.publicityEnd || formatDate(*w.publicityStart) != batch->first ||
        formatDate(*w.publicityEnd) != batch->second)
      continue;
    const auto v = ctx_.store.version(id, rec.row.currentVersion);
    const Application doc = v ? decodeStoredDocument(v->document) : rec.draft;
    rows.push_back({std::to_string(rows.size() + 1), doc.basic.name, doc.basic.uscc, natureText(doc),
                    documents::directionsText(doc), unitName(ctx_, recommendingUnitOf(w.routing)), batch->first,
                    batch->second, workflowStateLabel(rec.row.state)});
  }
  DocumentFile file{"公示名单_第" + std::to_string(batchId) + "批_" + batch->first + ".csv", "text/csv; charset=utf-8",
                    documents::csvDocument({"序号", "单位名称", "统一社会信用代码", "机构性质", "主要服务方向",
                                            "推荐单位", "公示开始日期", "公示结束日期", "当前状态"},
                                           rows)};
  audit(user, std::nullopt, file.fileName + "（" + std::to_string(rows.size()) + " 家）");
  return file;
}

DocumentFile DocumentService::poolCsv(const CurrentUser& user) {
  if (!isReviewer(user)) throw forbidden("资源库名单导出只对审核单位和管理员开放");
  std::vector<CsvRow> rows;
  for (auto id : idsInView(user, {"admitted"}, {}, {})) {
    auto rec = loadCase(ctx_, id);
    const auto v = ctx_.store.version(id, rec.row.currentVersion);
    const Application doc = v ? decodeStoredDocument(v->document) : rec.draft;
    rows.push_back({std::to_string(rows.size() + 1), doc.basic.name, doc.basic.uscc, natureText(doc),
                    documents::directionsText(doc), classesText(doc, ctx_.rounds.settingsFor(rec.row.roundYear)),
                    unitName(ctx_, rec.row.cityCode), doc.basic.contactName, doc.basic.contactPhone,
                    rec.workflow.admittedOn ? formatDate(*rec.workflow.admittedOn) : ""});
  }
  DocumentFile file{"资源库入库机构名单_" + formatDate(ctx_.clock.today()) + ".csv", "text/csv; charset=utf-8",
                    documents::csvDocument({"序号", "单位名称", "统一社会信用代码", "机构性质", "主要服务方向",
                                            "服务类别（第九条）", "所属市", "联系人", "联系电话", "入库日期"},
                                           rows)};
  audit(user, std::nullopt, file.fileName + "（" + std::to_string(rows.size()) + " 家）");
  return file;
}

api::PublicityBatchList DocumentService::publicityBatches(const CurrentUser& user) {
  if (!isReviewer(user)) throw forbidden("公示批次只对审核单位和管理员开放");
  std::map<std::pair<std::string, std::string>, int> counts;  // (first day, last day) → applications
  for (auto id : idsInView(user, {"in_publicity", "objection_pending", "admitted", "rejected", "removed"}, {}, {})) {
    const auto& w = loadCase(ctx_, id).workflow;
    if (w.publicityStart && w.publicityEnd) ++counts[{formatDate(*w.publicityStart), formatDate(*w.publicityEnd)}];
  }
  const bool all = user.role == Role::Admin || user.role == Role::ProvinceReviewer;
  api::PublicityBatchList list;
  for (const auto& b : ctx_.store.publicityBatches()) {
    const auto it = counts.find({b.startOn, b.endOn});
    const int count = it == counts.end() ? 0 : it->second;
    if (count == 0 && !all) continue;
    api::PublicityBatchView v;
    v.id = b.id;
    v.startDate = parseDate(b.startOn);
    v.endDate = parseDate(b.endOn);
    v.count = count;
    std::tie(v.state, v.stateLabel) = api::publicityPhase(v.startDate, v.endDate, ctx_.clock.today());
    list.items.push_back(std::move(v));
  }
  return list;
}

MaterialsArchive DocumentService::materials(std::int64_t id, const CurrentUser& user) {
  auto rec = loadCase(ctx_, id);
  requireView(rec, user);
  auto rows = ctx_.store.attachments(id, false);
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return std::stoi(a.material) < std::stoi(b.material); });
  MaterialsArchive archive;
  archive.fileName = "申请材料_" + (rec.row.name.empty() ? std::to_string(id) : rec.row.name) + ".zip";
  std::map<int, int> copies;
  for (const auto& a : rows) {
    const int kind = std::stoi(a.material);
    const auto k = fromCode<MaterialKind>(a.material);
    const std::string label = k ? std::string(labelOf(*k)) : "材料" + a.material;
    const std::string ext = extensionOf(a.contentType);
    archive.entries.push_back(
        {documents::materialEntryName(kind, label, ext.empty() ? a.fileName : ext, ++copies[kind]),
         ctx_.files.pathOf(a.sha256), static_cast<std::uint64_t>(a.size), a.uploadedAt});
  }
  audit(user, id, archive.fileName + "（" + std::to_string(archive.entries.size()) + " 个文件）");
  return archive;
}

}  // namespace sxpool::services
