#include "app/reviewer_flow.hpp"

#include <algorithm>

#include "app/app.hpp"
#include "sxpool/calendar.hpp"
#include "sxpool/management.hpp"
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

}  // namespace

std::string stateText(WorkflowState state, const WorkflowCase* workflow, Date today) {
  if (state == WorkflowState::InPublicity && workflow && workflow->publicityStart && workflow->publicityEnd)
    return publicityText(*workflow, today);
  return std::string(labelOf(state));
}

std::string queueStateText(const api::QueueItem& row, Date today) {
  if (row.state != WorkflowState::InPublicity || !row.publicityStart || !row.publicityEnd)
    return std::string(labelOf(row.state));
  WorkflowCase period;
  period.publicityStart = row.publicityStart;
  period.publicityEnd = row.publicityEnd;
  return publicityText(period, today);
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
    if (!round.holidaysCsv.empty()) r.calendar = WorkingCalendar::fromCsv(round.holidaysCsv);
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
    r.shownSerial = serial;
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
  app_.reviewer.editor.setMaterials({});
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
      if (d.state.code == WorkflowState::Admitted || d.state.code == WorkflowState::Removed)
        app_.api.classification(id, [this, id](const ApiResult& r, const api::ClassificationView& v) {
          if (app_.reviewer.open.id != id || !r.ok()) return;
          app_.reviewer.open.classification = v;
          app_.ctx.frames.wake();
        });
      Application doc = d.document;
      fillMaterials(doc, d.materials);
      if (first) {
        auto files = doc.materials;  // load() keeps the editor's own materials: the case's go in after it
        app_.reviewer.editor.load(std::move(doc));
        app_.reviewer.editor.setMaterials(std::move(files));
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
  // 指南第九条: the province's classification starts from the suggestion (the directions as the round maps them:
  // 知识产权、出海服务 → 其他类); it may change it before admitting.
  if (dialog == ReviewDialog::Admit && app_.reviewer.open.detail) {
    const auto c = classify(app_.reviewer.open.detail->document, round2026());
    const ServiceClass cls = c.classes.empty() ? ServiceClass::Other : c.classes.front();
    f.character = indexOf(c.character);
    f.serviceClass = indexOf(cls);
    f.suggestion = std::string(labelOf(c.character)) + " · " + std::string(labelOf(cls));
  }
}

void ReviewerFlow::cancel() { app_.reviewer.form = ActionForm{}; }

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
    req.startDate = parsedFormDate(f.publicityDate);
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
      body.spotCheck = SpotCheck{*parsedFormDate(f.spotDate), std::string(trimmed(f.spotInspectors)),
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
    case ReviewDialog::Admit:
      body.action = Action::Admit;
      body.classification =
          api::ClassificationChoice{valueAt<ServiceCharacter>(f.character), valueAt<ServiceClass>(f.serviceClass)};
      break;
    case ReviewDialog::Remove:
      body.action = Action::Remove;
      body.reason = std::string(trimmed(f.reason));
      body.removalReason = valueAt<RemovalReason>(f.removalReason);
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
