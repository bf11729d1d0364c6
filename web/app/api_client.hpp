#pragma once
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "app/draft_remote.hpp"
#include "app/glyph_set.hpp"
#include "platform/http_client.hpp"

namespace sxpool::web {

// One answer of the server's JSON API (docs/api.md): the status, the parsed body, and for errors the Chinese
// message and field-level details the server sent ({"error","message","fields"}).
struct ApiResult {
  int status = 0;  // 0: no answer
  nlohmann::json body;
  std::string error;    // the stable error code
  std::string message;  // Chinese: what went wrong and how to fix it
  nlohmann::json fields = nlohmann::json::array();
  bool ok() const { return status >= 200 && status < 300; }
};

// The app's only way to the server: paths, methods and bodies of /api/v1 live here and nowhere else.
class ApiClient {
 public:
  using Done = std::function<void(const ApiResult&)>;
  ApiClient(HttpClient& http, GlyphSet& glyphs) : http_(http), glyphs_(glyphs) {}

  void registerApplicant(const nlohmann::json& form, Done done);  // uscc, password, name, contact…
  void signIn(const std::string& account, const std::string& password, Done done);
  void signOut(Done done);
  void currentSession(Done done);
  void openCurrentApplication(Done done);  // creates this round's application on first use
  void application(long id, Done done);
  void myApplications(Done done);
  void inbox(Done done);
  void submit(long id, long draftRevision, Done done);
  void removeAttachment(long id, long attachmentId, Done done);
  void call(const std::string& method, const std::string& path, const nlohmann::json& body, Done done);

 private:
  HttpClient& http_;
  GlyphSet& glyphs_;
};

// Draft sync's server side over the API: GET/PUT /api/v1/applications/{id}/draft.
class ApiDraftRemote final : public DraftRemote {
 public:
  ApiDraftRemote(ApiClient& api, long applicationId) : api_(api), id_(applicationId) {}
  void fetchDraft(std::function<void(const RemoteReply&)> done) override;
  void saveDraft(long baseRevision, const std::string& document, std::function<void(const RemoteReply&)> done) override;

 private:
  ApiClient& api_;
  long id_;
};

}  // namespace sxpool::web
