// Review actions: the action body, its result, a bulk pass/return, the 公示 batch.
#include "sxpool/api/review.hpp"

#include "review_support.hpp"
#include "sxpool/workflow_json.hpp"

namespace sxpool::api {
namespace {

using detail::FirstProblem;
using detail::json;
using detail::JsonReader;

const json* member(const json& body, const char* key) {
  auto it = body.find(key);
  return it == body.end() || it->is_null() ? nullptr : &*it;
}

void readText(const json& body, const char* key, FirstProblem& problem, std::string& out) {
  if (const json* v = member(body, key)) {
    if (v->is_string())
      out = v->get<std::string>();
    else
      problem.add(std::string("「") + key + "」应为文本", key, "应为文本");
  }
}

void readFlag(const json& body, const char* key, const std::string& path, FirstProblem& problem, bool& out) {
  if (const json* v = member(body, key)) {
    if (v->is_boolean())
      out = v->get<bool>();
    else
      problem.add("「" + path + "」应为 true 或 false", path, "应为 true 或 false");
  }
}

void readComments(const json& body, FirstProblem& problem, std::vector<FieldComment>& out) {
  const json* list = member(body, "comments");
  if (!list) return;
  if (!list->is_array()) return problem.add("「comments」应为数组", "comments", "应为数组");
  for (size_t i = 0; i < list->size(); ++i) {
    const auto& c = (*list)[i];
    const json* comment = c.is_object() ? member(c, "comment") : nullptr;
    const json* path = c.is_object() ? member(c, "path") : nullptr;
    if (!comment || !comment->is_string() || (path && !path->is_string())) {
      problem.add("退回意见第 " + std::to_string(i + 1) + " 条格式有误：应为 {\"path\": 字段路径, \"comment\": 意见}",
                  "comments[" + std::to_string(i) + "]", "格式有误");
      continue;
    }
    out.push_back({path ? path->get<std::string>() : std::string(), comment->get<std::string>()});
  }
}

void readSpotCheck(const json& body, FirstProblem& problem, std::optional<SpotCheck>& out) {
  const json* v = member(body, "spotCheck");
  if (!v) return;
  if (!v->is_object())
    return problem.add("「spotCheck」应为对象：{\"date\", \"inspectors\", \"result\", \"passed\"}", "spotCheck",
                       "应为对象");
  SpotCheck s;
  const json* date = member(*v, "date");
  const auto parsed = date && date->is_string() ? parseDate(date->get<std::string>()) : std::nullopt;
  if (parsed)
    s.date = *parsed;
  else
    problem.add("「抽查日期」应为 YYYY-MM-DD", "spotCheck.date", "日期格式应为 YYYY-MM-DD");
  readText(*v, "inspectors", problem, s.inspectors);
  readText(*v, "result", problem, s.result);
  readFlag(*v, "passed", "spotCheck.passed", problem, s.passed);
  out = s;
}

// 指南第九条: {"character": "socialized", "serviceClass": "digital"} with an admission.
void readClassification(const json& body, FirstProblem& problem, std::optional<ClassificationChoice>& out) {
  const json* v = member(body, "classification");
  if (!v) return;
  if (!v->is_object())
    return problem.add("「classification」应为对象：{\"character\": 服务性质, \"serviceClass\": 服务类别}",
                       "classification", "应为对象");
  ClassificationChoice c;
  const json* character = member(*v, "character");
  const auto ch =
      character && character->is_string() ? fromCode<ServiceCharacter>(character->get<std::string>()) : std::nullopt;
  if (!ch)
    problem.add("「服务性质」无效，应为以下之一：" + codesOf<ServiceCharacter>(), "classification.character",
                "未知的服务性质");
  else
    c.character = *ch;
  const json* cls = member(*v, "serviceClass");
  const auto sc = cls && cls->is_string() ? fromCode<ServiceClass>(cls->get<std::string>()) : std::nullopt;
  if (!sc)
    problem.add("「服务类别」无效，应为以下之一：" + codesOf<ServiceClass>(), "classification.serviceClass",
                "未知的服务类别");
  else
    c.serviceClass = *sc;
  out = c;
}

// The members of an action (a bulk body has them beside "ids"); other members are left to the caller.
void readAction(const json& body, FirstProblem& problem, ActionBody& r) {
  const json* action = member(body, "action");
  const auto code = action && action->is_string() ? fromCode<Action>(action->get<std::string>()) : std::nullopt;
  if (!code)
    problem.add(
        "「action」无效：应为 pass、return、reject、withdraw、spot_check、publish、raise_objection、"
        "resolve_objection、admit 或 remove",
        "action", "未知的操作");
  else if (*code == Action::Submit || *code == Action::Resubmit)
    problem.add("提交申请请使用 POST /api/v1/applications/{id}/submit", "action", "请用提交接口");
  else
    r.action = *code;
  readText(body, "reason", problem, r.reason);
  readText(body, "recommendation", problem, r.recommendation);
  readComments(body, problem, r.comments);
  readSpotCheck(body, problem, r.spotCheck);
  readFlag(body, "objectionUpheld", "objectionUpheld", problem, r.objectionUpheld);
  if (const json* v = member(body, "removalReason"); v && !(v->is_string() && v->get<std::string>().empty())) {
    r.removalReason = v->is_string() ? fromCode<RemovalReason>(v->get<std::string>()) : std::nullopt;
    if (!r.removalReason)
      problem.add("「移出原因」无效，应为以下之一：" + codesOf<RemovalReason>(), "removalReason", "未知的移出原因");
  }
  readClassification(body, problem, r.classification);
}

json actionJson(const ActionBody& r) {
  json comments = json::array();
  for (const auto& c : r.comments) comments.push_back({{"path", c.path}, {"comment", c.comment}});
  json j{{"action", std::string(codeOf(r.action))},
         {"reason", r.reason},
         {"comments", std::move(comments)},
         {"recommendation", r.recommendation},
         {"objectionUpheld", r.objectionUpheld}};
  if (r.spotCheck)
    j["spotCheck"] = {{"date", formatDate(r.spotCheck->date)},
                      {"inspectors", r.spotCheck->inspectors},
                      {"result", r.spotCheck->result},
                      {"passed", r.spotCheck->passed}};
  if (r.removalReason) j["removalReason"] = std::string(codeOf(*r.removalReason));
  if (r.classification)
    j["classification"] = {{"character", std::string(codeOf(r.classification->character))},
                           {"serviceClass", std::string(codeOf(r.classification->serviceClass))}};
  return j;
}

json sentIdJson(const SentId& id) {
  if (id.id) return json(*id.id);
  auto j = json::parse(id.sentJson, nullptr, false);
  return j.is_discarded() ? json(nullptr) : j;
}

SentId sentIdOf(const json& j) {
  if (j.is_number_integer() && (!j.is_number_unsigned() || j.get<std::uint64_t>() <= INT64_MAX))
    return SentId::of(j.get<std::int64_t>());
  return {std::nullopt, detail::dump(j)};
}

// Decodes a response with the JsonReader: every member known, field paths in the errors.
template <class T, class Member>
Parsed<T> decodeReply(std::string_view body, Member member) {
  return detail::decodeObject<T>(body, [&](const json& j, JsonReader& r, T& o) {
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) { return member(r, k, v, p, o); });
  });
}

}  // namespace

sxpool::ActionRequest ActionBody::toWorkflow(Date date) const {
  sxpool::ActionRequest r;
  r.action = action;
  r.date = date;
  r.reason = reason;
  r.comments = comments;
  r.recommendation = recommendation;
  r.spotCheck = spotCheck;
  r.objectionUpheld = objectionUpheld;
  r.removalReason = removalReason;
  return r;
}

std::string encode(const ActionBody& request) { return detail::dump(actionJson(request)); }

Parsed<ActionBody> decodeActionBody(std::string_view body) {
  return detail::decodeRequest<ActionBody>(body, readAction);
}

std::string encode(const ActionResult& result) {
  return detail::dump(json{{"id", result.id},
                           {"state", detail::codeAndLabel(result.state)},
                           {"holdingUnit", result.holdingUnit},
                           {"nextStep", result.nextStep},
                           {"workflow", workflowCaseToJson(result.workflow)}});
}

Parsed<ActionResult> decodeActionResult(std::string_view body) {
  return decodeReply<ActionResult>(
      body, [](JsonReader& r, const std::string& k, const json& v, const std::string& p, ActionResult& o) {
        if (k == "id")
          r.integer(v, p, o.id, 1, INT64_MAX);
        else if (k == "state")
          detail::readCodeAndLabel(r, v, p, o.state);
        else if (k == "holdingUnit")
          r.text(v, p, o.holdingUnit);
        else if (k == "nextStep")
          r.text(v, p, o.nextStep);
        else if (k == "workflow") {
          auto decoded = decodeWorkflowCase(v);
          for (const auto& e : decoded.errors) r.error(JsonReader::member(p, e.path), e.message);
          o.workflow = std::move(decoded.value);
        } else
          return false;
        return true;
      });
}

std::string encode(const BulkRequest& request) {
  json j = actionJson(request.payload);
  json ids = json::array();
  for (const auto& id : request.ids) ids.push_back(sentIdJson(id));
  j["ids"] = std::move(ids);
  return detail::dump(j);
}

Parsed<BulkRequest> decodeBulkRequest(std::string_view body) {
  return detail::decodeRequest<BulkRequest>(body, [](const json& j, FirstProblem& problem, BulkRequest& o) {
    readAction(j, problem, o.payload);
    if (!problem.any() && o.payload.action != Action::Pass && o.payload.action != Action::Return)
      problem.add("批量操作只支持 pass（通过）和 return（退回修改）", "action", "只支持 pass 或 return");
    const json* ids = member(j, "ids");
    if (!ids || !ids->is_array() || ids->empty() || ids->size() > 500)
      return problem.add("「ids」应为 1–500 个申请编号的数组", "ids", "应为申请编号数组");
    for (const auto& id : *ids) o.ids.push_back(sentIdOf(id));
  });
}

std::string encode(const BulkResult& result) {
  json results = json::array();
  for (const auto& r : result.results) {
    if (r.ok)
      results.push_back({{"id", sentIdJson(r.id)}, {"ok", true}, {"state", detail::codeAndLabel(r.state)}});
    else
      results.push_back(
          {{"id", sentIdJson(r.id)}, {"ok", false}, {"status", r.status}, {"error", r.error}, {"message", r.message}});
  }
  return detail::dump(json{{"done", result.done}, {"failed", result.failed}, {"results", std::move(results)}});
}

Parsed<BulkResult> decodeBulkResult(std::string_view body) {
  return decodeReply<BulkResult>(
      body, [](JsonReader& r, const std::string& k, const json& v, const std::string& p, BulkResult& o) {
        if (k == "done")
          detail::readInt(r, v, p, o.done, 0, INT32_MAX);
        else if (k == "failed")
          detail::readInt(r, v, p, o.failed, 0, INT32_MAX);
        else if (k == "results")
          r.array(v, p, [&](const json& item, const std::string& ip) {
            auto& out = o.results.emplace_back();
            r.object(item, ip, [&](const std::string& ik, const json& iv, const std::string& fp) {
              if (ik == "id")
                out.id = sentIdOf(iv);
              else if (ik == "ok")
                r.boolean(iv, fp, out.ok);
              else if (ik == "state")
                detail::readCodeAndLabel(r, iv, fp, out.state);
              else if (ik == "status")
                detail::readInt(r, iv, fp, out.status, 100, 599);
              else if (ik == "error")
                r.text(iv, fp, out.error);
              else if (ik == "message")
                r.text(iv, fp, out.message);
              else
                return false;
              return true;
            });
          });
        else
          return false;
        return true;
      });
}

std::string encode(const PublicityRequest& request) {
  json j{{"ids", request.ids}};
  if (request.startDate) j["startDate"] = formatDate(*request.startDate);
  return detail::dump(j);
}

Parsed<PublicityRequest> decodePublicityRequest(std::string_view body) {
  return detail::decodeRequest<PublicityRequest>(body, [](const json& j, FirstProblem& problem, PublicityRequest& o) {
    const json* ids = member(j, "ids");
    if (!ids || !ids->is_array() || ids->empty())
      problem.add("「ids」应为待公示申请编号的数组", "ids", "应为申请编号数组");
    else
      for (const auto& id : *ids) {
        const auto sent = sentIdOf(id);
        if (!sent.id) return problem.add("编号应为整数", "ids", "编号应为整数");
        o.ids.push_back(*sent.id);
      }
    const json* start = member(j, "startDate");
    if (start && !(start->is_string() && start->get<std::string>().empty())) {
      o.startDate = start->is_string() ? parseDate(start->get<std::string>()) : std::nullopt;
      if (!o.startDate) problem.add("「公示开始日期」应为 YYYY-MM-DD", "startDate", "日期格式应为 YYYY-MM-DD");
    }
  });
}

std::string encode(const PublicityResult& result) {
  json results = json::array();
  for (const auto& r : result.results) results.push_back({{"id", r.id}, {"state", detail::codeAndLabel(r.state)}});
  auto date = [](const std::optional<Date>& d) { return d ? formatDate(*d) : std::string(); };
  return detail::dump(json{{"batchId", result.batchId},
                           {"startDate", date(result.startDate)},
                           {"endDate", date(result.endDate)},
                           {"results", std::move(results)}});
}

Parsed<PublicityResult> decodePublicityResult(std::string_view body) {
  return decodeReply<PublicityResult>(
      body, [](JsonReader& r, const std::string& k, const json& v, const std::string& p, PublicityResult& o) {
        if (k == "batchId")
          r.integer(v, p, o.batchId, 0, INT64_MAX);
        else if (k == "startDate")
          r.date(v.is_string() && v.get_ref<const std::string&>().empty() ? json(nullptr) : v, p, o.startDate);
        else if (k == "endDate")
          r.date(v.is_string() && v.get_ref<const std::string&>().empty() ? json(nullptr) : v, p, o.endDate);
        else if (k == "results")
          r.array(v, p, [&](const json& item, const std::string& ip) {
            auto& out = o.results.emplace_back();
            r.object(item, ip, [&](const std::string& ik, const json& iv, const std::string& fp) {
              if (ik == "id")
                r.integer(iv, fp, out.id, 1, INT64_MAX);
              else if (ik == "state")
                detail::readCodeAndLabel(r, iv, fp, out.state);
              else
                return false;
              return true;
            });
          });
        else
          return false;
        return true;
      });
}

}  // namespace sxpool::api
