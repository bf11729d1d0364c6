#include "services/review_service.hpp"

#include "services/case_records.hpp"
#include "services/service_error.hpp"
#include "services/units.hpp"
#include "sxpool/divisions.hpp"
#include "sxpool/management.hpp"
#include "sxpool/text.hpp"
#include "sxpool/workflow_json.hpp"

namespace sxpool::services {
namespace {

api::ErrorField field(const std::string& path, const std::string& message) { return fieldError(path, message); }

nlohmann::json stateJson(WorkflowState state) {
  return {{"code", std::string(codeOf(state))}, {"label", std::string(labelOf(state))}};
}

std::string textOf(const nlohmann::json& body, const char* key) {
  auto it = body.find(key);
  return it != body.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> splitComma(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(',', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

bool isReviewer(Role role) { return role != Role::Applicant; }

}  // namespace

ActionRequest ReviewService::parseAction(const nlohmann::json& body) {
  if (!body.is_object()) throw badRequest("请求体应为 JSON 对象");
  ActionRequest r;
  const auto action = fromCode<Action>(textOf(body, "action"));
  if (!action)
    throw badRequest(
        "「action」无效：应为 pass、return、reject、withdraw、spot_check、publish、raise_objection、"
        "resolve_objection、admit 或 remove",
        {field("action", "未知的操作")});
  if (*action == Action::Submit || *action == Action::Resubmit)
    throw badRequest("提交申请请使用 POST /api/v1/applications/{id}/submit", {field("action", "请用提交接口")});
  r.action = *action;
  r.reason = textOf(body, "reason");
  r.recommendation = textOf(body, "recommendation");
  if (auto it = body.find("comments"); it != body.end()) {
    if (!it->is_array()) throw badRequest("「comments」应为数组", {field("comments", "应为数组")});
    for (size_t i = 0; i < it->size(); ++i) {
      const auto& c = (*it)[i];
      if (!c.is_object() || !c.value("comment", nlohmann::json()).is_string())
        throw badRequest(
            "退回意见第 " + std::to_string(i + 1) + " 条格式有误：应为 {\"path\": 字段路径, \"comment\": 意见}",
            {field("comments[" + std::to_string(i) + "]", "格式有误")});
      r.comments.push_back({textOf(c, "path"), textOf(c, "comment")});
    }
  }
  if (auto it = body.find("spotCheck"); it != body.end() && it->is_object()) {
    SpotCheck s;
    auto date = parseDate(textOf(*it, "date"));
    if (!date) throw badRequest("「抽查日期」应为 YYYY-MM-DD", {field("spotCheck.date", "日期格式应为 YYYY-MM-DD")});
    s.date = *date;
    s.inspectors = textOf(*it, "inspectors");
    s.result = textOf(*it, "result");
    s.passed = it->value("passed", true);
    r.spotCheck = s;
  }
  r.objectionUpheld = body.value("objectionUpheld", false);
  if (auto code = textOf(body, "removalReason"); !code.empty()) {
    r.removalReason = fromCode<RemovalReason>(code);
    if (!r.removalReason) throw badRequest("「移出原因」无效", {field("removalReason", "未知的移出原因")});
  }
  return r;
}

nlohmann::json ReviewService::actInTransaction(std::int64_t id, const CurrentUser& user, ActionRequest request) {
  auto rec = loadCase(ctx_, id);
  requireView(rec, user);
  request.actor = user.actor();
  request.routing = rec.workflow.routing;
  // Role and jurisdiction first: a refusal there is 403 and changes nothing.
  const auto allowed = availableActions(rec.workflow, request.actor);
  if (std::find(allowed.begin(), allowed.end(), request.action) == allowed.end())
    throw ServiceError(
        403, "action_refused",
        canApply(rec.workflow, request, ctx_.round).value_or("当前不能执行" + std::string(labelOf(request.action))));
  const auto outcome = apply(rec.workflow, request, ctx_.round);
  if (!outcome.ok()) throw ServiceError(422, "action_invalid", outcome.refusal);

  std::string comment = request.reason;
  if (!request.recommendation.empty()) comment = "推荐意见：" + request.recommendation;
  if (request.action == Action::Return && comment.empty() && !request.comments.empty())
    comment = std::to_string(request.comments.size()) + " 条修改意见";
  if (request.action == Action::Remove && request.removalReason)
    ctx_.store.insertRemoval({rec.row.uscc, formatDate(request.date), std::string(codeOf(*request.removalReason)), id});
  // The city's (综改区's, department's) 推荐意见 goes onto the form's 推荐意见 box as well.
  if (!request.recommendation.empty()) {
    rec.draft.recommendation = {request.recommendation, unitName(ctx_, user.user.unitCode), request.date};
    auto doc = rec.draft;
    doc.materials.clear();
    rec.row.draft = encodeApplication(doc);
  }
  recordTransition(ctx_, rec, *outcome.next, request.action, user, comment);
  return {{"id", id},
          {"state", stateJson(rec.workflow.state)},
          {"holdingUnit", rec.row.holdingUnit},
          {"nextStep", nextStepText(ctx_, rec.workflow)},
          {"workflow", workflowCaseToJson(rec.workflow)}};
}

nlohmann::json ReviewService::act(std::int64_t id, const CurrentUser& user, const nlohmann::json& body) {
  ActionRequest request = parseAction(body);
  request.date = ctx_.clock.today();
  nlohmann::json result;
  ctx_.commits.run([&] { result = actInTransaction(id, user, request); });  // shares an fsync with concurrent writes
  ctx_.generation++;
  return result;
}

nlohmann::json ReviewService::actWith(std::int64_t id, const CurrentUser& user, const ActionRequest& request) {
  nlohmann::json result;
  ctx_.store.transaction([&] { result = actInTransaction(id, user, request); });
  ctx_.generation++;
  return result;
}

nlohmann::json ReviewService::bulk(const CurrentUser& user, const nlohmann::json& body) {
  ActionRequest request = parseAction(body);
  if (request.action != Action::Pass && request.action != Action::Return)
    throw badRequest("批量操作只支持 pass（通过）和 return（退回修改）", {field("action", "只支持 pass 或 return")});
  if (!body.contains("ids") || !body["ids"].is_array() || body["ids"].empty() || body["ids"].size() > 500)
    throw badRequest("「ids」应为 1–500 个申请编号的数组", {field("ids", "应为申请编号数组")});
  request.date = ctx_.clock.today();
  // Each application is its own savepoint with its own audit row; all are handed to the group commit at once,
  // so a bulk of 500 takes a few fsyncs rather than 500.
  std::vector<std::int64_t> ids;
  std::vector<nlohmann::json> outcomes;
  std::vector<std::function<void()>> writes;
  nlohmann::json results = nlohmann::json::array();
  for (const auto& idJson : body["ids"]) {
    if (!idJson.is_number_integer()) continue;
    ids.push_back(idJson.get<std::int64_t>());
  }
  outcomes.resize(ids.size());
  for (size_t i = 0; i < ids.size(); ++i)
    writes.push_back([&, i] { outcomes[i] = actInTransaction(ids[i], user, request); });
  const auto errors = ctx_.commits.runEach(writes);
  int done = 0;
  size_t next = 0;
  for (const auto& idJson : body["ids"]) {
    if (!idJson.is_number_integer()) {
      results.push_back(
          {{"id", idJson}, {"ok", false}, {"status", 400}, {"error", "bad_request"}, {"message", "编号应为整数"}});
      continue;
    }
    const size_t i = next++;
    if (!errors[i]) {
      results.push_back({{"id", ids[i]}, {"ok", true}, {"state", outcomes[i]["state"]}});
      ++done;
      continue;
    }
    try {
      std::rethrow_exception(errors[i]);
    } catch (const ServiceError& e) {
      results.push_back(
          {{"id", ids[i]}, {"ok", false}, {"status", e.status}, {"error", e.code}, {"message", e.message}});
    }
  }
  ctx_.generation++;
  return {{"done", done}, {"failed", static_cast<int>(results.size()) - done}, {"results", results}};
}

nlohmann::json ReviewService::publish(const CurrentUser& user, const nlohmann::json& body) {
  if (!body.is_object() || !body.contains("ids") || !body["ids"].is_array() || body["ids"].empty())
    throw badRequest("「ids」应为待公示申请编号的数组", {field("ids", "应为申请编号数组")});
  Date start = ctx_.clock.today();
  if (auto text = textOf(body, "startDate"); !text.empty()) {
    auto parsed = parseDate(text);
    if (!parsed) throw badRequest("「公示开始日期」应为 YYYY-MM-DD", {field("startDate", "日期格式应为 YYYY-MM-DD")});
    if (*parsed < ctx_.clock.today())
      throw badRequest("「公示开始日期」不能早于今天", {field("startDate", "不能早于今天")});
    start = *parsed;
  }
  ActionRequest request;
  request.action = Action::Publish;
  request.date = start;
  nlohmann::json results = nlohmann::json::array();
  nlohmann::json batch;
  // The batch is all or nothing: a 公示 list is published as one.
  ctx_.store.transaction([&] {
    for (const auto& idJson : body["ids"]) {
      if (!idJson.is_number_integer()) throw badRequest("编号应为整数", {field("ids", "编号应为整数")});
      auto r = actInTransaction(idJson.get<std::int64_t>(), user, request);
      results.push_back({{"id", idJson}, {"state", r["state"]}});
      if (batch.is_null()) batch = r["workflow"];
    }
    const std::string from = batch.value("publicityStart", "");
    const std::string to = batch.value("publicityEnd", "");
    const auto batchId = ctx_.store.insertPublicityBatch(from, to, user.user.id, ctx_.clock.now());
    batch = {{"batchId", batchId}, {"startDate", from}, {"endDate", to}};
  });
  ctx_.generation++;
  batch["results"] = results;
  return batch;
}

std::string ReviewService::queueJson(const CurrentUser& user, const std::map<std::string, std::string>& params) {
  if (!isReviewer(user.role)) throw forbidden("审核列表只对审核单位和管理员开放");
  auto param = [&](const char* key) {
    auto it = params.find(key);
    return it == params.end() ? std::string() : it->second;
  };
  store::QueueQuery q;
  if (user.role != Role::Admin) q.viewerUnit = user.user.unitCode;
  for (const auto& s : splitComma(param("state"))) {
    if (!fromCode<WorkflowState>(s))
      throw badRequest("状态 " + s + " 无效，应为以下之一：" + codesOf<WorkflowState>(),
                       {field("state", "未知的状态代码")});
    q.states.push_back(s);
  }
  q.city = param("city");
  if (!q.city.empty() && !unitLevelOf(q.city))
    throw badRequest("地市（单位）代码 " + q.city + " 无效：请使用 GET /api/v1/units 列出的单位代码",
                     {field("city", "未知的单位代码")});
  q.county = param("county");
  if (!q.county.empty() && unitLevelOf(q.county) != UnitLevel::County)
    throw badRequest("县（市、区）代码 " + q.county + " 无效：请使用 GET /api/v1/units 列出的县级单位代码",
                     {field("county", "未知的县级代码")});
  q.direction = param("direction");
  if (!q.direction.empty() && !fromCode<ServiceDirection>(q.direction))
    throw badRequest("服务方向 " + q.direction + " 无效，应为以下之一：" + codesOf<ServiceDirection>(),
                     {field("direction", "未知的服务方向代码")});
  if (auto r = param("round"); !r.empty()) {
    const auto year = parseInteger(r);
    if (!year || *year < 1 || *year > 9999)
      throw badRequest("「round」应为年份", {field("round", "应为年份，如 2026")});
    q.roundYear = static_cast<int>(*year);
  }
  q.search = param("q");
  if (param("mine") == "1" && user.role != Role::Admin)
    q.holdingUnit = user.role == Role::ProvinceReviewer ? std::string(kProvinceUnitCode) : user.user.unitCode;
  const std::string sort = param("sort").empty() ? "updated" : param("sort");
  if (sort != "updated" && sort != "submitted" && sort != "name" && sort != "state" && sort != "receipt")
    throw badRequest("「sort」应为 updated、submitted、name、state 或 receipt", {field("sort", "不支持的排序")});
  q.sort = sort;
  const std::string order = param("order");
  if (!order.empty() && order != "asc" && order != "desc")
    throw badRequest("「order」应为 asc（升序）或 desc（降序）", {field("order", "不支持的顺序")});
  q.descending = order != "asc";
  auto positive = [&](const char* key, int fallback, int max) {
    const std::string v = param(key);
    if (v.empty()) return fallback;
    const auto n = parseInteger(v);
    if (n && *n >= 1 && *n <= max) return static_cast<int>(*n);
    throw badRequest(std::string("「") + key + "」应为 1–" + std::to_string(max) + " 的整数",
                     {field(key, n ? "超出范围" : "应为整数")});
  };
  q.page = positive("page", 1, 1000000);
  q.pageSize = positive("pageSize", 20, 200);

  // Two caches, both dropped by any committed change: whole responses, and the total and state counts of a
  // filter (the same for every page and order of it).
  std::string key = q.viewerUnit.value_or("*");
  std::string countsKey = key;
  for (const auto& [k, v] : params) {
    key += "|" + k + "=" + v;
    if (k != "page" && k != "pageSize" && k != "sort" && k != "order") countsKey += "|" + k + "=" + v;
  }
  const auto generation = ctx_.generation.load();
  std::optional<QueueCounts> known;
  {
    std::lock_guard lock(cacheMutex_);
    if (auto it = cache_.find(key); it != cache_.end() && it->second.first == generation) return it->second.second;
    if (auto it = countsCache_.find(countsKey); it != countsCache_.end() && it->second.generation == generation)
      known = it->second;
  }
  q.countTotal = !known;
  auto page = ctx_.store.queue(q);
  if (!known) {
    known = QueueCounts{generation, page.total, ctx_.store.stateCounts(q.viewerUnit)};
    std::lock_guard lock(cacheMutex_);
    if (countsCache_.size() > 1000) countsCache_.clear();
    countsCache_[countsKey] = *known;
  }
  page.total = known->total;
  const auto& counts = known->counts;
  nlohmann::json items = nlohmann::json::array();
  for (const auto& i : page.items) {
    const auto state = fromCode<WorkflowState>(i.state).value_or(WorkflowState::Draft);
    nlohmann::json directions = nlohmann::json::array();
    for (const auto& d : splitComma(i.directions))
      if (auto dir = fromCode<ServiceDirection>(d))
        directions.push_back({{"code", d}, {"label", std::string(labelOf(*dir))}});
    items.push_back({{"id", i.id},
                     {"name", i.name},
                     {"uscc", i.uscc},
                     {"state", stateJson(state)},
                     {"routingKind", i.routingKind},
                     {"routingUnit", i.routingUnit},
                     {"routingUnitName", unitName(ctx_, i.routingUnit)},
                     {"cityCode", i.cityCode},
                     {"cityName", unitName(ctx_, i.cityCode)},
                     {"countyCode", i.countyCode},
                     {"directions", directions},
                     {"roundYear", i.roundYear},
                     {"receiptNo", i.receiptNo ? nlohmann::json(*i.receiptNo) : nlohmann::json()},
                     {"submittedAt", i.submittedAt ? nlohmann::json(*i.submittedAt) : nlohmann::json()},
                     {"updatedAt", i.updatedAt},
                     {"version", i.currentVersion},
                     {"holdingUnit", i.holdingUnit},
                     {"mine", !i.holdingUnit.empty() && (i.holdingUnit == user.user.unitCode)}});
  }
  nlohmann::json countsJson = nlohmann::json::object();
  std::int64_t all = 0;
  for (const auto& [state, n] : counts) {
    countsJson[state] = n;
    all += n;
  }
  const std::string body = nlohmann::json{{"items", items},         {"total", page.total},  {"page", q.page},
                                          {"pageSize", q.pageSize}, {"counts", countsJson}, {"countAll", all}}
                               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::lock_guard lock(cacheMutex_);
  if (cache_.size() > 1000) cache_.clear();
  cache_[key] = {generation, body};
  return body;
}

nlohmann::json ReviewService::inbox(const CurrentUser& user) {
  nlohmann::json items = nlohmann::json::array();
  int unread = 0;
  for (const auto& m : ctx_.store.inbox(user.user.id, 200)) {
    unread += m.read ? 0 : 1;
    items.push_back({{"id", m.id},
                     {"applicationId", m.applicationId ? nlohmann::json(*m.applicationId) : nlohmann::json()},
                     {"at", m.at},
                     {"title", m.title},
                     {"body", m.body},
                     {"comments", nlohmann::json::parse(m.comments, nullptr, false)},
                     {"read", m.read}});
  }
  return {{"items", items}, {"unread", unread}};
}

void ReviewService::markRead(const CurrentUser& user, std::int64_t id) {
  if (!ctx_.store.markInboxRead(user.user.id, id)) throw notFound("消息 " + std::to_string(id) + " 不存在");
}

nlohmann::json ReviewService::audit(const CurrentUser& user, int limit) {
  if (user.role != Role::Admin && user.role != Role::ProvinceReviewer)
    throw forbidden("审计日志只对管理员和省工信厅开放");
  nlohmann::json items = nlohmann::json::array();
  for (const auto& a : ctx_.store.audit(std::nullopt, limit))
    items.push_back({{"id", a.id},
                     {"at", a.at},
                     {"account", a.account},
                     {"unitCode", a.unitCode},
                     {"event", a.event},
                     {"applicationId", a.applicationId ? nlohmann::json(*a.applicationId) : nlohmann::json()},
                     {"from", a.fromState ? nlohmann::json(*a.fromState) : nlohmann::json()},
                     {"to", a.toState ? nlohmann::json(*a.toState) : nlohmann::json()},
                     {"comment", a.comment}});
  return {{"items", items}};
}

}  // namespace sxpool::services
