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
  out.body = nlohmann::json::parse(r.body, nullptr, false);
  if (out.body.is_discarded()) out.body = nlohmann::json();
  if (!out.ok()) {
    if (out.body.is_object()) {
      out.error = out.body.value("error", "");
      out.message = out.body.value("message", "");
      if (out.body.contains("fields") && out.body["fields"].is_array()) out.fields = out.body["fields"];
    }
    if (out.message.empty()) out.message = "服务器返回错误 " + std::to_string(r.status) + "，请稍后重试";
  }
  return out;
}

}  // namespace

void ApiClient::call(const std::string& method, const std::string& path, const nlohmann::json& body, Done done) {
  const std::string text = body.is_null() ? std::string() : body.dump();
  http_.request(method, "api/v1/" + path, text, [this, done](const HttpResponse& r) {
    if (r.status != 0) glyphs_.note(r.body);  // names and messages from the server must render
    done(toResult(r));
  });
}

void ApiClient::registerApplicant(const nlohmann::json& form, Done done) { call("POST", "applicants", form, done); }

void ApiClient::signIn(const std::string& account, const std::string& password, Done done) {
  call("POST", "session", {{"account", account}, {"password", password}}, done);
}

void ApiClient::signOut(Done done) { call("DELETE", "session", nullptr, done); }
void ApiClient::currentSession(Done done) { call("GET", "session", nullptr, done); }
void ApiClient::openCurrentApplication(Done done) { call("POST", "applications", nlohmann::json::object(), done); }
void ApiClient::application(long id, Done done) { call("GET", "applications/" + std::to_string(id), nullptr, done); }
void ApiClient::myApplications(Done done) { call("GET", "applications", nullptr, done); }
void ApiClient::inbox(Done done) { call("GET", "inbox", nullptr, done); }

void ApiClient::submit(long id, long draftRevision, Done done) {
  call("POST", "applications/" + std::to_string(id) + "/submit", {{"revision", draftRevision}}, done);
}

void ApiClient::removeAttachment(long id, long attachmentId, Done done) {
  call("DELETE", "applications/" + std::to_string(id) + "/attachments/" + std::to_string(attachmentId), nullptr, done);
}

namespace {

RemoteDraft draftOf(const nlohmann::json& j) {
  RemoteDraft d;
  if (!j.is_object()) return d;
  d.revision = j.value("revision", 0L);
  if (j.contains("document")) d.document = j["document"].dump();
  return d;
}

RemoteReply replyOf(const ApiResult& r) {
  RemoteReply out;
  out.message = r.message;
  if (r.ok()) {
    out.kind = RemoteReply::Kind::Ok;
    out.draft = draftOf(r.body);
  } else if (r.status == 409 && r.error == "draft_conflict") {
    out.kind = RemoteReply::Kind::Conflict;
    out.draft = draftOf(r.body.is_object() ? r.body.value("server", nlohmann::json()) : nlohmann::json());
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
  api_.call("GET", "applications/" + std::to_string(id_) + "/draft", nullptr,
            [done](const ApiResult& r) { done(replyOf(r)); });
}

void ApiDraftRemote::saveDraft(long baseRevision, const std::string& document,
                               std::function<void(const RemoteReply&)> done) {
  nlohmann::json body{{"baseRevision", baseRevision}, {"document", nlohmann::json::parse(document, nullptr, false)}};
  api_.call("PUT", "applications/" + std::to_string(id_) + "/draft", body,
            [done](const ApiResult& r) { done(replyOf(r)); });
}

}  // namespace sxpool::web
