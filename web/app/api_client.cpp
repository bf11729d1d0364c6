#include "app/api_client.hpp"

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
  if (auto e = decodeErrorReply(r.body)) {
    out.error = std::move(e->error);
    out.message = std::move(e->message);
    out.fields = std::move(e->fields);
  }
  if (out.error.empty()) out.error = "http_" + std::to_string(r.status);
  if (out.message.empty()) out.message = "服务器返回错误 " + std::to_string(r.status) + "，请稍后重试";
  return out;
}

std::string applicationPath(long id) { return "applications/" + std::to_string(id); }

}  // namespace

void ApiClient::call(const std::string& method, const std::string& path, const std::string& body,
                     std::function<void(const ApiResult&, const std::string&)> done) {
  http_.request(method, "api/v1/" + path, body, [this, done](const HttpResponse& r) {
    if (r.status != 0) glyphs_.note(r.body);  // names and messages from the server must render
    done(toResult(r), r.body);
  });
}

template <class T, class Decode>
void ApiClient::typed(const std::string& method, const std::string& path, const std::string& body, Decode decode,
                      Reply<T> done) {
  call(method, path, body, [decode, done](const ApiResult& r, const std::string& text) {
    if (!r.ok()) return done(r, T{});
    std::optional<T> value = decode(text);
    if (value) return done(r, *value);
    ApiResult bad = r;
    bad.error = "bad_reply";
    bad.message = "服务器的回答无法识别（可能是版本不一致）：请刷新页面后重试";
    done(bad, T{});
  });
}

void ApiClient::health(Reply<HealthReply> done) { typed("GET", "health", {}, decodeHealthReply, std::move(done)); }
void ApiClient::round(Reply<RoundReply> done) { typed("GET", "round", {}, decodeRoundReply, std::move(done)); }
void ApiClient::units(Reply<std::vector<UnitEntry>> done) {
  typed("GET", "units", {}, decodeUnitsReply, std::move(done));
}

void ApiClient::registerApplicant(const Registration& form, Done done) {
  call("POST", "applicants", encodeRegistration(form), [done](const ApiResult& r, const std::string&) { done(r); });
}

void ApiClient::signIn(const std::string& account, const std::string& password, Reply<SessionUser> done) {
  typed("POST", "session", encodeSignIn(account, password), decodeSessionReply, std::move(done));
}

void ApiClient::signOut(Done done) {
  call("DELETE", "session", {}, [done](const ApiResult& r, const std::string&) { done(r); });
}

void ApiClient::currentSession(Reply<SessionUser> done) {
  typed("GET", "session", {}, decodeSessionReply, std::move(done));
}

void ApiClient::openCurrentApplication(Reply<ApplicationDetail> done) {
  typed("POST", "applications", "{}", decodeApplicationDetail, std::move(done));
}

void ApiClient::application(long id, Reply<ApplicationDetail> done) {
  typed("GET", applicationPath(id), {}, decodeApplicationDetail, std::move(done));
}

void ApiClient::inbox(Reply<std::vector<InboxMessage>> done) {
  typed("GET", "inbox", {}, decodeInboxReply, std::move(done));
}

void ApiClient::queue(Reply<QueuePage> done) { typed("GET", "queue", {}, decodeQueuePage, std::move(done)); }

void ApiClient::submit(long id, long draftRevision, Reply<SubmitReceipt> done) {
  typed("POST", applicationPath(id) + "/submit", encodeSubmit(draftRevision), decodeSubmitReceipt, std::move(done));
}

void ApiClient::removeAttachment(long id, long attachmentId, Done done) {
  call("DELETE", applicationPath(id) + "/attachments/" + std::to_string(attachmentId), {},
       [done](const ApiResult& r, const std::string&) { done(r); });
}

namespace {

RemoteReply replyOf(const ApiResult& r, const std::string& body) {
  RemoteReply out;
  out.message = r.message;
  auto asDraft = [&out](const std::optional<DraftReply>& d) {
    if (d) out.draft = RemoteDraft{d->revision, d->document};
  };
  if (r.ok()) {
    out.kind = RemoteReply::Kind::Ok;
    asDraft(decodeDraftReply(body));
  } else if (r.status == 409 && r.error == "draft_conflict") {
    out.kind = RemoteReply::Kind::Conflict;
    asDraft(decodeDraftConflict(body));
  } else if (r.status == 401) {
    out.kind = RemoteReply::Kind::Unauthorized;
  } else if (r.status == 0 || r.status >= 500) {
    out.kind = RemoteReply::Kind::Offline;
  } else {
    out.kind = RemoteReply::Kind::Refused;
  }
  return out;
}

}  // namespace

void ApiDraftRemote::fetchDraft(std::function<void(const RemoteReply&)> done) {
  api_.call("GET", applicationPath(id_) + "/draft", {},
            [done](const ApiResult& r, const std::string& body) { done(replyOf(r, body)); });
}

void ApiDraftRemote::saveDraft(long baseRevision, const std::string& document,
                               std::function<void(const RemoteReply&)> done) {
  api_.call("PUT", applicationPath(id_) + "/draft", encodeDraftSave(baseRevision, document),
            [done](const ApiResult& r, const std::string& body) { done(replyOf(r, body)); });
}

}  // namespace sxpool::web
