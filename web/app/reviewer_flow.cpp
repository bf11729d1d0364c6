#include "app/reviewer_flow.hpp"

#include <algorithm>

#include "app/app.hpp"
#include "sxpool/calendar.hpp"
#include "sxpool/next_step.hpp"
#include "sxpool/text.hpp"

namespace sxpool::web {
namespace {

// Materials of the case as the wizard's materials step reads them (the server's list of current uploads).
void fillMaterials(Application& doc, const std::vector<api::MaterialView>& views) {
  if (!doc.materials.empty()) return;
  for (const auto& v : views) {
    if (v.removed) continue;
    const int kind = std::atoi(v.kind.c_str());
    if (kind < 1 || kind > 12) continue;
    doc.materials.push_back(
        Material{static_cast<MaterialKind>(kind), v.fileName, v.sizeBytes, v.contentType, v.sha256});
  }
}

std::optional<Date> parsedDate(const std::string& text) {
  auto d = parseDate(trimmed(text));
  if (!d || !d->valid()) return std::nullopt;
  return d;
}

// Where a pass sends an application (指南第八条).
std::string passTarget(WorkflowState s) {
  switch (s) {
    case WorkflowState::AtCounty: return "市级初审";
    case WorkflowState::AtCity:
    case WorkflowState::AtReformZone:
    case WorkflowState::AtDepartment: return "省工信厅审核";
    case WorkflowState::AtProvince: return "审核通过、待公示";
    default: return "下一审核环节";
  }
}

}  // namespace

std::string stateText(WorkflowState state, const WorkflowCase* workflow, Date today) {
  if (state == WorkflowState::InPublicity && workflow && workflow->publicityStart && workflow->publicityEnd)
    return publicityText(*workflow, today);
  return std::string(labelOf(state));
}

void ReviewerFlow::start() {
  auto& r = app_.reviewer;
  r.query = api::QueueQuery{};
  r.query.pageSize = 50;
  r.queue.reset();
  r.selected.clear();
  r.notice.clear();
  r.bulkFailures.clear();
  app_.screen = Screen::ReviewerHome;
  app_.api.round([this](const ApiResult& res, const api::RoundInfo& round) {
    if (!res.ok()) return;
    auto& r = app_.reviewer;
    if (round.today.valid()) r.today = round.today;
    if (round.publicityWorkingDays > 0) r.publicityWorkingDays = round.publicityWorkingDays;
    r.editor.setCalendar(round.year ? round.year : 2026, round.deadline, round.enforceDeadline, r.today);
    app_.ctx.frames.wake();
  });
  if (r.units.empty())
    app_.api.units([this](const ApiResult& res, const api::UnitList& units) {
      if (res.ok()) app_.reviewer.units = units.items;
      app_.ctx.frames.wake();
    });
  reload();
}

void ReviewerFlow::reload() {
  auto& r = app_.reviewer;
  r.loading = true;
  r.stale = false;
  const int serial = ++r.serial;
  app_.api.queue(r.query, [this, serial](const ApiResult& res, const api::QueuePage& page) {
    auto& r = app_.reviewer;
    if (serial != r.serial) return;  // an answer to an older question
    r.loading = false;
    if (res.ok()) {
      r.queue = page;
      r.queueError.clear();
    } else {
      r.queueError = res.message;
    }
    app_.ctx.frames.wake();
  });
}

void ReviewerFlow::setQuery(api::QueueQuery query, bool keepPage) {
  if (!keepPage) query.page = 1;
  app_.reviewer.query = std::move(query);
  reload();
}

void ReviewerFlow::goToPage(int page) {
  auto q = app_.reviewer.query;
  q.page = std::max(1, page);
  setQuery(q, true);
}

void ReviewerFlow::toggleSelected(std::int64_t id) {
  auto& s = app_.reviewer.selected;
  if (!s.erase(id)) s.insert(id);
}

void ReviewerFlow::selectPage(bool on) {
  auto& r = app_.reviewer;
  if (!r.queue) return;
  for (const auto& item : r.queue->items)
    if (on)
      r.selected.insert(item.id);
    else
      r.selected.erase(item.id);
}

void ReviewerFlow::openCase(std::int64_t id) {
  auto& c = app_.reviewer.open;
  c = CaseView{};
  c.id = id;
  app_.reviewer.editor.load(Application{});
  app_.reviewer.editor.reviewerComments().clear();
  app_.reviewer.editor.step = 0;
  app_.screen = Screen::ReviewerCase;
  refreshCase();
}

void ReviewerFlow::refreshCase() {
  const std::int64_t id = app_.reviewer.open.id;
  app_.api.application(id, [this, id](const ApiResult& res, const api::ApplicationDetail& d) {
    auto& c = app_.reviewer.open;
    if (c.id != id) return;
    if (!res.ok()) {
      c.error = res.message;
    } else {
      c.error.clear();
      const bool first = !c.detail;
      c.detail = d;
      Application doc = d.document;
      fillMaterials(doc, d.materials);
      if (first) {
        app_.reviewer.editor.load(std::move(doc));
        app_.reviewer.editor.setShowAll(true);
      }
    }
    app_.ctx.frames.wake();
  });
  app_.api.history(id, [this, id](const ApiResult& res, const api::HistoryReply& h) {
    if (app_.reviewer.open.id != id) return;
    if (res.ok()) app_.reviewer.open.history = h;
    app_.ctx.frames.wake();
  });
  app_.api.validate(id, [this, id](const ApiResult& res, const api::ValidateReply& v) {
    if (app_.reviewer.open.id != id) return;
    if (res.ok()) app_.reviewer.open.validation = v;
    app_.ctx.frames.wake();
  });
}

void ReviewerFlow::backToQueue() {
  app_.screen = Screen::ReviewerHome;
  app_.reviewer.form = ActionForm{};
  if (app_.reviewer.stale) reload();
}

void ReviewerFlow::compareWith(int version) {
  auto& c = app_.reviewer.open;
  c.compareVersion = version;
  c.changes.clear();
  c.earlier.reset();
  c.versionError.clear();
  if (version <= 0) return;
  c.loadingVersion = true;
  const std::int64_t id = c.id;
  app_.api.version(id, version, [this, id, version](const ApiResult& res, const api::VersionReply& v) {
    auto& c = app_.reviewer.open;
    if (c.id != id || c.compareVersion != version) return;
    c.loadingVersion = false;
    if (!res.ok() || !c.detail) {
      c.versionError = res.ok() ? "" : res.message;
    } else {
      c.earlier = v.document;
      Application latest = c.detail->document;
      Application before = v.document;
      latest.materials.clear();  // materials are compared by their list, not the document's copy
      before.materials.clear();
      c.changes = differences(before, latest);
    }
    app_.ctx.frames.wake();
  });
}

void ReviewerFlow::addComment() {
  auto& c = app_.reviewer.open;
  const std::string text(trimmed(c.commentText));
  if (text.empty()) return;
  auto it =
      std::find_if(c.comments.begin(), c.comments.end(), [&](const FieldComment& f) { return f.path == c.pickedPath; });
  if (it != c.comments.end())
    it->comment = text;
  else
    c.comments.push_back(FieldComment{c.pickedPath, text});
  app_.reviewer.editor.reviewerComments()[c.pickedPath] = text;
  c.commentText.clear();
  c.pickedPath.clear();
  c.picking = false;
}

void ReviewerFlow::removeComment(std::size_t index) {
  auto& c = app_.reviewer.open;
  if (index >= c.comments.size()) return;
  app_.reviewer.editor.reviewerComments().erase(c.comments[index].path);
  c.comments.erase(c.comments.begin() + static_cast<std::ptrdiff_t>(index));
}

void ReviewerFlow::begin(ReviewDialog dialog, std::vector<std::int64_t> ids) {
  auto& f = app_.reviewer.form;
  f = ActionForm{};
  f.dialog = dialog;
  f.ids = std::move(ids);
  f.justOpened = true;
  f.publicityDate = formatDate(app_.reviewer.today);
  f.spotDate = formatDate(app_.reviewer.today);
}

void ReviewerFlow::cancel() { app_.reviewer.form = ActionForm{}; }

std::string ReviewerFlow::nameOf(std::int64_t id) const {
  const auto& r = app_.reviewer;
  if (r.open.detail && r.open.detail->id == id) return r.open.detail->name;
  if (r.queue)
    for (const auto& item : r.queue->items)
      if (item.id == id) return item.name;
  return "申请 " + std::to_string(id);
}

std::string ReviewerFlow::subject() const {
  const auto& ids = app_.reviewer.form.ids;
  if (ids.size() == 1) return "「" + nameOf(ids[0]) + "」（共 1 份申请）";
  return "选中的 " + std::to_string(ids.size()) + " 份申请";
}

std::string ReviewerFlow::publicityEndText() const {
  const auto start = parsedDate(app_.reviewer.form.publicityDate);
  if (!start) return {};
  const auto end = WorkingCalendar::builtin().nthWorkingDay(*start, app_.reviewer.publicityWorkingDays);
  return end.ok() ? formatDate(*end.date) : std::string();
}

std::string ReviewerFlow::missingInput() const {
  const auto& f = app_.reviewer.form;
  const auto& r = app_.reviewer;
  const bool recommending = r.open.detail && (r.open.detail->state.code == WorkflowState::AtCity ||
                                              r.open.detail->state.code == WorkflowState::AtReformZone ||
                                              r.open.detail->state.code == WorkflowState::AtDepartment);
  switch (f.dialog) {
    case ReviewDialog::Pass:
      if (recommending && isBlank(f.recommendation)) return "请填写推荐意见（申请表“市级（综改区）推荐部门意见”）";
      return {};
    case ReviewDialog::Return:
      if (r.open.comments.empty()) return "请先在申请内容中选择字段并写下修改意见（可写多条），再退回";
      return {};
    case ReviewDialog::BulkReturn:
      if (isBlank(f.reason)) return "请填写退回意见：申请机构需要修改什么";
      return {};
    case ReviewDialog::Reject:
      if (isBlank(f.reason)) return "请填写不予通过的理由（不符合指南哪项条件）";
      return {};
    case ReviewDialog::SpotCheck:
      if (!parsedDate(f.spotDate)) return "请按 YYYY-MM-DD 填写抽查日期";
      if (isBlank(f.spotResult)) return "请填写抽查结果";
      return {};
    case ReviewDialog::Publish:
      if (!parsedDate(f.publicityDate)) return "请按 YYYY-MM-DD 填写公示开始日期";
      if (publicityEndText().empty()) return "无法按节假日安排计算该日期的公示截止日，请换一个日期";
      return {};
    case ReviewDialog::RaiseObjection:
      if (isBlank(f.reason)) return "请填写异议内容：反映人提出的具体问题";
      return {};
    case ReviewDialog::ResolveObjection:
      if (isBlank(f.reason)) return "请填写处理意见：核实情况以及异议是否成立";
      return {};
    default: return {};
  }
}

std::string ReviewerFlow::confirmationText() const {
  const auto& f = app_.reviewer.form;
  const auto& r = app_.reviewer;
  const WorkflowState state = r.open.detail ? r.open.detail->state.code : WorkflowState::AtCounty;
  switch (f.dialog) {
    case ReviewDialog::None: return {};
    case ReviewDialog::Pass: return "将" + subject() + "审核通过，转至" + passTarget(state) + "。";
    case ReviewDialog::BulkPass:
      return "将选中的 " + std::to_string(f.ids.size()) +
             " 份申请审核通过，各自转至下一审核环节（每份单独办理，未能通过的逐一列出原因）。";
    case ReviewDialog::Return:
      return "将" + subject() + "退回申请机构修改，附 " + std::to_string(r.open.comments.size()) +
             " 条审核意见；申请机构修改后重新提交，将回到本环节审核。";
    case ReviewDialog::BulkReturn:
      return "将选中的 " + std::to_string(f.ids.size()) + " 份申请退回申请机构修改，附上述退回意见。";
    case ReviewDialog::Reject: return "将" + subject() + "不予通过，审核结束，申请机构将收到理由。此操作不可撤销。";
    case ReviewDialog::SpotCheck: return "为" + subject() + "记录一次实地抽查，状态不变。";
    case ReviewDialog::Publish: {
      const std::string end = publicityEndText();
      return "将" + subject() + "列入公示：公示期 " + std::string(trimmed(f.publicityDate)) + " 至 " +
             (end.empty() ? "？" : end) + "（" + std::to_string(r.publicityWorkingDays) +
             " 个工作日，已按法定节假日安排计算）。";
    }
    case ReviewDialog::RaiseObjection: return "为" + subject() + "登记公示异议，申请转为“公示异议处理中”。";
    case ReviewDialog::ResolveObjection:
      return f.objectionUpheld ? "异议成立：" + subject() + "将不予通过，审核结束。"
                               : "异议不成立：" + subject() + "回到公示中，公示日期不变。";
    case ReviewDialog::Admit: return "将" + subject() + "纳入山西省优质中小企业服务资源库。";
    case ReviewDialog::Remove: return "将" + subject() + "移出资源库（指南第十至十二条）。此操作不可撤销。";
  }
  return {};
}

void ReviewerFlow::afterAction(const std::string& notice) {
  auto& r = app_.reviewer;
  r.form = ActionForm{};
  r.stale = true;
  if (app_.screen == Screen::ReviewerCase) {
    r.open.notice = notice;
    refreshCase();
  } else {
    r.notice = notice;
    reload();
  }
  app_.ctx.frames.wake();
}

void ReviewerFlow::confirm() {
  auto& f = app_.reviewer.form;
  if (f.busy || f.dialog == ReviewDialog::None || !missingInput().empty() || f.ids.empty()) return;
  f.busy = true;
  f.error.clear();
  f.fields.clear();
  auto failed = [this](const ApiResult& res) {
    auto& f = app_.reviewer.form;
    f.busy = false;
    f.error = res.message;
    f.fields = res.fields;
    app_.ctx.frames.wake();
  };
  if (f.dialog == ReviewDialog::BulkPass || f.dialog == ReviewDialog::BulkReturn) {
    api::BulkRequest req;
    req.payload.action = f.dialog == ReviewDialog::BulkPass ? Action::Pass : Action::Return;
    if (f.dialog == ReviewDialog::BulkReturn)
      req.payload.comments.push_back(FieldComment{"", std::string(trimmed(f.reason))});
    for (auto id : f.ids) req.ids.push_back(api::SentId::of(id));
    app_.api.bulk(req, [this, failed](const ApiResult& res, const api::BulkResult& out) {
      if (!res.ok()) return failed(res);
      auto& r = app_.reviewer;
      r.bulkFailures.clear();
      for (const auto& o : out.results)
        if (!o.ok) r.bulkFailures.push_back(nameOf(o.id.id.value_or(0)) + "：" + o.message);
      r.selected.clear();
      afterAction("已办理 " + std::to_string(out.done) + " 份" +
                  (out.failed ? "，" + std::to_string(out.failed) + " 份未能办理（原因见下）" : std::string()));
    });
    return;
  }
  if (f.dialog == ReviewDialog::Publish) {
    api::PublicityRequest req;
    req.ids = f.ids;
    req.startDate = parsedDate(f.publicityDate);
    app_.api.publish(req, [this, failed](const ApiResult& res, const api::PublicityResult& out) {
      if (!res.ok()) return failed(res);
      app_.reviewer.selected.clear();
      const auto text = [](const std::optional<Date>& d) { return d ? formatDate(*d) : std::string("？"); };
      afterAction("已列入公示（第 " + std::to_string(out.batchId) + " 批，" + std::to_string(out.results.size()) +
                  " 份）：公示期 " + text(out.startDate) + " 至 " + text(out.endDate));
    });
    return;
  }
  api::ActionBody body;
  switch (f.dialog) {
    case ReviewDialog::Pass:
      body.action = Action::Pass;
      body.recommendation = std::string(trimmed(f.recommendation));
      break;
    case ReviewDialog::Return:
      body.action = Action::Return;
      body.comments = app_.reviewer.open.comments;
      break;
    case ReviewDialog::Reject:
      body.action = Action::Reject;
      body.reason = std::string(trimmed(f.reason));
      break;
    case ReviewDialog::SpotCheck:
      body.action = Action::RecordSpotCheck;
      body.spotCheck = SpotCheck{*parsedDate(f.spotDate), std::string(trimmed(f.spotInspectors)),
                                 std::string(trimmed(f.spotResult)), f.spotPassed};
      break;
    case ReviewDialog::RaiseObjection:
      body.action = Action::RaiseObjection;
      body.reason = std::string(trimmed(f.reason));
      break;
    case ReviewDialog::ResolveObjection:
      body.action = Action::ResolveObjection;
      body.reason = std::string(trimmed(f.reason));
      body.objectionUpheld = f.objectionUpheld;
      break;
    case ReviewDialog::Admit: body.action = Action::Admit; break;
    case ReviewDialog::Remove:
      body.action = Action::Remove;
      body.reason = std::string(trimmed(f.reason));
      body.removalReason = entriesOf<RemovalReason>()[static_cast<std::size_t>(f.removalReason)].value;
      break;
    default: break;
  }
  const Action action = body.action;
  app_.api.act(f.ids[0], body, [this, failed, action](const ApiResult& res, const api::ActionResult& out) {
    if (!res.ok()) return failed(res);
    if (action == Action::Return) {
      app_.reviewer.open.comments.clear();
      app_.reviewer.editor.reviewerComments().clear();
    }
    afterAction(std::string(labelOf(action)) + "：已办理，当前状态为“" +
                stateText(out.state, &out.workflow, app_.reviewer.today) + "”");
  });
}

}  // namespace sxpool::web
