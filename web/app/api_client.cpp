#include "app/api_client.hpp"
#include "sxpool/text.hpp"

#include <cctype>
#include <map>

namespace sxpool::web {
namespace {

ApiResult toResult(const HttpResponse& r) {
  ApiResult out;
  out.status = r.status;
  if (r.status == 0) {
    out.message = r.errorText.empty() ? "无法连接服务器，请检查网络" : r.errorText;
    return out;
  }
  if (r.status >= 200 && r.status < 300) return out;
  if (auto e = api::decodeErrorBody(r.body)) {
    out.error = std::move(e->error);
    out.message = std::move(e->message);
    out.fields = std::move(e->fields);
  }
  if (out.error.empty()) out.error = "http_" + std::to_string(r.status);
  if (out.message.empty()) out.message = "服务器返回错误 " + std::to_string(r.status) + "，请稍后重试";
  return out;
}

std::string applicationPath(long id) { return "applications/" + std::to_string(id); }

// "?k=v&…" with the values percent-encoded (UTF-8 bytes).
std::string queryString(const std::map<std::string, std::string>& params) {
  std::string out;
  for (const auto& [k, v] : params) out += (out.empty() ? "?" : "&") + k + "=" + percentEncoded(v);
  return out;
}

}  // namespace

void ApiClient::call(const std::string& method, const std::string& path, const std::string& body,
                     std::function<void(const ApiResult&, const std::string&)> done) {
  http_.request(method, "api/v1/" + path, body, [this, done](const HttpResponse& r) {
    if (r.status != 0) glyphs_.note(r.body);  // names and messages from the server must render
    done(toResult(r), r.body);
  });
}

ApiResult ApiClient::unreadable(ApiResult r) {
  r.error = "bad_reply";
  r.message = "服务器的回答无法识别（可能是版本不一致）：请刷新页面后重试";
  return r;
}

void ApiClient::health(Reply<api::HealthReply> done) {
  typed("GET", "health", {}, api::decodeHealthReply, std::move(done));
}
void ApiClient::round(Reply<api::RoundInfo> done) { typed("GET", "round", {}, api::decodeRoundInfo, std::move(done)); }
void ApiClient::units(Reply<api::UnitList> done) { typed("GET", "units", {}, api::decodeUnitList, std::move(done)); }

void ApiClient::registerApplicant(const api::RegistrationRequest& form, Done done) {
  call("POST", "applicants", api::encode(form), [done](const ApiResult& r, const std::string&) { done(r); });
}

void ApiClient::signIn(const api::SignInRequest& request, Reply<api::SessionReply> done) {
  typed("POST", "session", api::encode(request), api::decodeSessionReply, std::move(done));
}

void ApiClient::signOut(Done done) {
  call("DELETE", "session", {}, [done](const ApiResult& r, const std::string&) { done(r); });
}

// Before sign-in: no session cookie answers 204 (no console error); an expired one still answers 401.
void ApiClient::currentSession(Reply<api::SessionReply> done) {
  call("GET", "session?optional=1", {}, [done](const ApiResult& r, const std::string& text) {
    if (!r.ok()) return done(r, {});
    if (r.status == 204) {
      ApiResult none = r;
      none.status = 401;
      none.error = "not_signed_in";
      return done(none, {});
    }
    auto parsed = api::decodeSessionReply(text);
    parsed ? done(r, *parsed) : done(unreadable(r), {});
  });
}

void ApiClient::openCurrentApplication(Reply<api::ApplicationDetail> done) {
  typed("POST", "applications", "{}", api::decodeApplicationDetail, std::move(done));
}

void ApiClient::application(long id, Reply<api::ApplicationDetail> done) {
  typed("GET", applicationPath(id), {}, api::decodeApplicationDetail, std::move(done));
}

void ApiClient::inbox(Reply<api::InboxReply> done) {
  typed("GET", "inbox", {}, api::decodeInboxReply, std::move(done));
}

void ApiClient::queue(const api::QueueQuery& query, Reply<api::QueuePage> done) {
  std::string path = "queue";
  char sep = '?';
  for (const auto& [key, value] : query.toParams()) {
    path += sep + key + "=" + percentEncoded(value);
    sep = '&';
  }
  typed("GET", path, {}, api::decodeQueuePage, std::move(done));
}

void ApiClient::history(long id, Reply<api::HistoryReply> done) {
  typed("GET", applicationPath(id) + "/history", {}, api::decodeHistoryReply, std::move(done));
}

void ApiClient::validate(long id, Reply<api::ValidateReply> done) {
  typed("POST", applicationPath(id) + "/validate", "{}", api::decodeValidateReply, std::move(done));
}

void ApiClient::version(long id, int version, Reply<api::VersionReply> done) {
  typed("GET", applicationPath(id) + "/versions/" + std::to_string(version), {}, api::decodeVersionReply,
        std::move(done));
}

void ApiClient::act(long id, const api::ActionBody& body, Reply<api::ActionResult> done) {
  typed("POST", applicationPath(id) + "/actions", api::encode(body), api::decodeActionResult, std::move(done));
}

void ApiClient::bulk(const api::BulkRequest& request, Reply<api::BulkResult> done) {
  typed("POST", "actions/bulk", api::encode(request), api::decodeBulkResult, std::move(done));
}

void ApiClient::publish(const api::PublicityRequest& request, Reply<api::PublicityResult> done) {
  typed("POST", "publicity", api::encode(request), api::decodePublicityResult, std::move(done));
}

void ApiClient::markInboxRead(long messageId, Done done) {
  call("POST", "inbox/" + std::to_string(messageId) + "/read", {},
       [done](const ApiResult& r, const std::string&) { done(r); });
}

void ApiClient::withdraw(long id, const std::string& reason, Reply<api::ActionResult> done) {
  api::ActionBody body;
  body.action = Action::Withdraw;
  body.reason = reason;
  typed("POST", applicationPath(id) + "/actions", api::encode(body), api::decodeActionResult, std::move(done));
}

void ApiClient::submit(long id, long draftRevision, Reply<api::Receipt> done) {
  typed("POST", applicationPath(id) + "/submit", api::encode(api::SubmitRequest{draftRevision}), api::decodeReceipt,
        std::move(done));
}

void ApiClient::removeAttachment(long id, long attachmentId, Done done) {
  call("DELETE", applicationPath(id) + "/attachments/" + std::to_string(attachmentId), {},
       [done](const ApiResult& r, const std::string&) { done(r); });
}

void ApiClient::draft(long id, Reply<api::DraftReply> done) {
  typed("GET", applicationPath(id) + "/draft", {}, api::decodeDraftReply, std::move(done));
}

void ApiClient::saveDraft(
    long id, const api::SaveDraftRequest& request,
    std::function<void(const ApiResult&, const api::DraftReply&, const api::DraftConflict&)> done) {
  call("PUT", applicationPath(id) + "/draft", api::encode(request),
       [done](const ApiResult& r, const std::string& text) {
         if (r.ok()) {
           auto saved = api::decodeDraftReply(text);
           return saved ? done(r, *saved, {}) : done(unreadable(r), {}, {});
         }
         if (r.status == 409 && r.error == "draft_conflict") {
           auto conflict = api::decodeDraftConflict(text);
           return conflict ? done(r, {}, *conflict) : done(unreadable(r), {}, {});
         }
         done(r, {}, {});
       });
}

void ApiClient::users(const api::UserListQuery& query, Reply<api::UserList> done) {
  typed("GET", "users" + queryString(query.toParams()), {}, api::decodeUserList, std::move(done));
}
void ApiClient::createUser(const api::NewUserRequest& request, Reply<api::SessionReply> done) {
  typed("POST", "users", api::encode(request), api::decodeSessionReply, std::move(done));
}
void ApiClient::setUserDisabled(std::int64_t id, bool disabled, Reply<api::SessionReply> done) {
  typed("POST", "users/" + std::to_string(id) + (disabled ? "/disable" : "/enable"), "{}", api::decodeSessionReply,
        std::move(done));
}
void ApiClient::resetPassword(std::int64_t id, const api::PasswordResetRequest& request,
                              Reply<api::SessionReply> done) {
  typed("POST", "users/" + std::to_string(id) + "/password-reset", api::encode(request), api::decodeSessionReply,
        std::move(done));
}
void ApiClient::changePassword(const api::PasswordChangeRequest& request, Reply<api::SessionReply> done) {
  typed("POST", "session/password", api::encode(request), api::decodeSessionReply, std::move(done));
}
void ApiClient::audit(const api::AuditQuery& query, Reply<api::AuditReply> done) {
  typed("GET", "audit" + queryString(query.toParams()), {}, api::decodeAuditReply, std::move(done));
}

// Rounds and holiday calendars (docs/api.md "Rounds and holiday calendars").
void ApiClient::rounds(Reply<api::RoundList> done) {
  typed("GET", "rounds", {}, api::decodeRoundList, std::move(done));
}

void ApiClient::saveRound(bool create, const RoundSettings& settings, Reply<api::RoundView> done) {
  typed(create ? "POST" : "PUT", create ? "rounds" : "rounds/" + std::to_string(settings.year), api::encode(settings),
        api::decodeRoundView, std::move(done));
}

void ApiClient::setRoundOpen(int year, bool open, Reply<api::RoundView> done) {
  typed("POST", "rounds/" + std::to_string(year) + (open ? "/open" : "/close"), "{}", api::decodeRoundView,
        std::move(done));
}

void ApiClient::loadCalendar(int year, const api::CalendarUpload& upload, Reply<api::CalendarView> done) {
  typed("PUT", "calendars/" + std::to_string(year), api::encode(upload), api::decodeCalendarView, std::move(done));
}

namespace {

RemoteReply replyOf(const ApiResult& r) {
  RemoteReply out;
  out.message = r.message;
  if (r.ok()) {
    out.kind = RemoteReply::Kind::Ok;
  } else if (r.status == 409 && r.error == "draft_conflict") {
    out.kind = RemoteReply::Kind::Conflict;
  } else if (r.status == 401) {
    out.kind = RemoteReply::Kind::Unauthorized;
  } else if (r.status == 0 || r.status >= 500) {
    out.kind = RemoteReply::Kind::Offline;
  } else {
    out.kind = RemoteReply::Kind::Refused;
  }
  return out;
}

RemoteDraft remoteDraft(const api::DraftReply& d) { return RemoteDraft{static_cast<long>(d.revision), d.document}; }

}  // namespace

void ApiDraftRemote::fetchDraft(std::function<void(const RemoteReply&)> done) {
  api_.draft(id_, [done](const ApiResult& r, const api::DraftReply& draft) {
    RemoteReply out = replyOf(r);
    if (r.ok()) out.draft = remoteDraft(draft);
    done(out);
  });
}

// Materials are the server's (uploads replace the material of their kind): the draft goes without them.
void ApiDraftRemote::saveDraft(long baseRevision, const Application& document,
                               std::function<void(const RemoteReply&)> done) {
  api::SaveDraftRequest request;
  request.baseRevision = baseRevision;
  request.document = document;
  request.document.materials.clear();  // DraftSync sends DraftEditor::draft(), already without
  api_.saveDraft(id_, request,
                 [done](const ApiResult& r, const api::DraftReply& saved, const api::DraftConflict& conflict) {
                   RemoteReply out = replyOf(r);
                   if (r.ok()) out.draft = remoteDraft(saved);
                   if (out.kind == RemoteReply::Kind::Conflict) out.draft = remoteDraft(conflict.server);
                   done(out);
                 });
}

}  // namespace sxpool::web
