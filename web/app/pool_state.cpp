// The transitions of 资源库管理 (指南第九、十、十二条): the list, one institution's classification and evaluations, the
// province's decisions and the 2025 import.
#include "app/pool_state.hpp"

#include "app/app.hpp"
#include "sxpool/enum_table.hpp"
#include "sxpool/pool_import.hpp"

namespace sxpool::web {
namespace {

bool hasRole(const App& app, const char* role) { return app.session.user && app.session.user->role == role; }

void loadEvaluations(App& app, std::int64_t id) {
  app.api.evaluations(static_cast<long>(id), [&app, id](const ApiResult& r, const api::EvaluationList& list) {
    auto& s = app.pool;
    if (s.selected != id) return;  // another institution was opened meanwhile
    if (r.ok())
      s.evaluations = list;
    else {
      s.evaluations = api::EvaluationList{};
      s.evaluationMessage = r.message;
      s.evaluationIsError = true;
    }
    app.ctx.frames.wake();
  });
}

}  // namespace

bool mayViewPool(const App& app) { return app.session.user && app.session.user->role != "applicant"; }
bool mayDecidePool(const App& app) { return hasRole(app, "province"); }
bool mayImportPool(const App& app) { return hasRole(app, "province") || hasRole(app, "admin"); }

void openPool(App& app) {
  if (app.screen != Screen::Pool) app.pool.returnScreen = static_cast<int>(app.screen);
  app.screen = Screen::Pool;
  app.pool.message.clear();
  reloadPool(app);
}

void reloadPool(App& app) {
  app.pool.loading = true;
  app.api.pool([&app](const ApiResult& r, const api::PoolList& list) {
    auto& s = app.pool;
    s.loading = false;
    if (r.ok()) {
      s.list = list;
      if (s.selected) selectInstitution(app, s.selected);  // its classification as the server has it now
    } else {
      s.message = r.message;
      s.messageIsError = true;
    }
    app.ctx.frames.wake();
  });
}

void leavePool(App& app) {
  app.screen = static_cast<Screen>(app.pool.returnScreen);
  if (app.screen == Screen::Pool || app.screen == Screen::Loading) app.screen = Screen::ReviewerHome;
  app.ctx.frames.wake();
}

const api::ClassificationView* selectedInstitution(const App& app) {
  for (const auto& v : app.pool.list.items)
    if (v.id == app.pool.selected) return &v;
  return nullptr;
}

std::vector<const api::ClassificationView*> poolRows(const App& app) {
  std::vector<const api::ClassificationView*> rows;
  const std::string& q = app.pool.search;
  for (const auto& v : app.pool.list.items)
    if (q.empty() || v.name.find(q) != std::string::npos || v.uscc.find(q) != std::string::npos) rows.push_back(&v);
  return rows;
}

void selectInstitution(App& app, std::int64_t id) {
  auto& s = app.pool;
  const bool other = s.selected != id;
  s.selected = id;
  const auto* v = selectedInstitution(app);
  if (!v) return;
  const api::ClassificationChoice c = v->classification.value_or(v->suggested);
  s.character = indexOf(c.character);
  s.serviceClass = indexOf(c.serviceClass);
  if (!other) return;
  s.classReason.clear();
  s.classMessage.clear();
  s.evaluation = EvaluationForm{};
  s.evaluation.year = std::to_string(app.applicant.editor.today().year);  // the server's today (the demo clock)
  s.evaluationMessage.clear();
  s.confirmRemoval = false;
  s.evaluations.reset();
  loadEvaluations(app, id);
}

void saveClassification(App& app) {
  auto& s = app.pool;
  if (!s.selected) return;
  api::ClassificationUpdate body;
  body.classification.character = valueAt<ServiceCharacter>(s.character);
  body.classification.serviceClass = valueAt<ServiceClass>(s.serviceClass);
  body.reason = s.classReason;
  s.classMessage = "正在保存…";
  s.classIsError = false;
  const auto id = s.selected;
  app.api.updateClassification(static_cast<long>(id), body, [&app](const ApiResult& r, const api::ClassificationView&) {
    auto& s = app.pool;
    s.classIsError = !r.ok();
    s.classMessage = r.ok() ? "分类已修改，审计日志已记录" : r.message;
    if (!r.ok()) {  // the form keeps what the user chose, to fix and save again
      app.ctx.frames.wake();
      return;
    }
    s.classReason.clear();
    reloadPool(app);
  });
}

void submitEvaluation(App& app) {
  auto& s = app.pool;
  if (!s.selected) return;
  const auto& y = s.evaluation.year;
  if (y.size() != 4 || y.find_first_not_of("0123456789") != std::string::npos) {
    s.evaluationMessage = "「评价年度」请填写四位年份，如 2026";
    s.evaluationIsError = true;
    return;
  }
  if (valueAt<api::EvaluationDecision>(s.evaluation.decision) == api::EvaluationDecision::Remove) {
    s.confirmRemoval = true;  // irreversible: the institution leaves the pool and the directory
    return;
  }
  confirmEvaluation(app);
}

void confirmEvaluation(App& app) {
  auto& s = app.pool;
  s.confirmRemoval = false;
  const auto& f = s.evaluation;
  api::EvaluationBody body;
  body.year = std::stoi(f.year);
  body.result = valueAt<api::EvaluationResult>(f.result);
  body.siteCheck = f.siteCheck;
  body.decision = valueAt<api::EvaluationDecision>(f.decision);
  body.meetingRef = f.meetingRef;
  body.comment = f.comment;
  if (body.decision == api::EvaluationDecision::Remove) body.removalReason = valueAt<RemovalReason>(f.removalReason);
  s.evaluationMessage = "正在保存…";
  s.evaluationIsError = false;
  const auto id = s.selected;
  const bool removes = body.decision == api::EvaluationDecision::Remove;
  app.api.recordEvaluation(
      static_cast<long>(id), body, [&app, id, removes](const ApiResult& r, const api::EvaluationList& list) {
        auto& s = app.pool;
        s.evaluationIsError = !r.ok();
        s.evaluationMessage = r.ok() ? (removes ? "评价结果已记录，该机构已移出资源库" : "评价结果已记录") : r.message;
        if (r.ok() && s.selected == id) {
          s.evaluations = list;
          s.evaluation.siteCheck.clear();
          s.evaluation.comment.clear();
        }
        if (r.ok() && removes) {  // it leaves the list: say so above the list, where the user now looks
          const auto* v = selectedInstitution(app);
          s.message = "评价结果已记录，“" + (v ? v->name : std::string()) + "”已移出资源库，公开名录中不再显示";
          s.messageIsError = false;
          s.selected = 0;
          reloadPool(app);
        }
        app.ctx.frames.wake();
      });
}

void importPool(App& app) {
  auto& s = app.pool;
  if (s.importing) return;
  s.importProblems.clear();
  if (s.importCsv.empty()) {
    s.importMessage = "请把名单 CSV 粘贴到文本框：第一行是表头「" + std::string(kImportHeader) + "」";
    s.importIsError = true;
    return;
  }
  s.importing = true;
  s.importMessage = "正在导入…";
  s.importIsError = false;
  app.api.importPool({s.importCsv}, [&app](const ApiResult& r, const api::ImportResult& result) {
    auto& s = app.pool;
    s.importing = false;
    s.importIsError = !r.ok();
    s.importMessage = result.message.empty() ? r.message : result.message;
    for (const auto& e : result.errors) s.importProblems.push_back(e.message);  // "第N行：…"
    if (r.ok()) {
      s.importCsv.clear();
      reloadPool(app);
    }
    app.ctx.frames.wake();
  });
}

}  // namespace sxpool::web
