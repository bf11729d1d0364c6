#pragma once
#include <functional>
#include <string>
#include <vector>

#include "app/draft_remote.hpp"
#include "app/glyph_set.hpp"
#include "app/replies.hpp"
#include "platform/http_client.hpp"

namespace sxpool::web {

// One answer of the server's JSON API (docs/api.md): the status, and for errors the Chinese message and the
// field-level details the server sent ({"error","message","fields"}). Bodies arrive decoded into their types.
struct ApiResult {
  int status = 0;       // 0: no answer
  std::string error;    // the stable error code
  std::string message;  // Chinese: what went wrong and how to fix it
  std::vector<api::FieldError> fields;
  bool ok() const { return status >= 200 && status < 300 && error.empty(); }
};

// The app's only way to the server: paths, methods and bodies of /api/v1 live here and nowhere else.
class ApiClient {
 public:
  template <class T>
  using Reply = std::function<void(const ApiResult&, const T&)>;  // T is default-made unless the result is ok
  using Done = std::function<void(const ApiResult&)>;
  ApiClient(HttpClient& http, GlyphSet& glyphs) : http_(http), glyphs_(glyphs) {}

  void health(Reply<HealthReply> done);
  void round(Reply<RoundReply> done);
  void units(Reply<std::vector<UnitEntry>> done);
  void registerApplicant(const Registration& form, Done done);
  void signIn(const std::string& account, const std::string& password, Reply<SessionUser> done);
  void signOut(Done done);
  void currentSession(Reply<SessionUser> done);
  void openCurrentApplication(Reply<ApplicationDetail> done);  // creates this round's application on first use
  void application(long id, Reply<ApplicationDetail> done);
  void inbox(Reply<std::vector<InboxMessage>> done);
  void queue(Reply<QueuePage> done);
  void submit(long id, long draftRevision, Reply<SubmitReceipt> done);
  void removeAttachment(long id, long attachmentId, Done done);
  // The raw exchange, for the draft protocol (its 409 body is a reply of its own).
  void call(const std::string& method, const std::string& path, const std::string& body,
            std::function<void(const ApiResult&, const std::string& body)> done);

 private:
  template <class T, class Decode>
  void typed(const std::string& method, const std::string& path, const std::string& body, Decode decode, Reply<T> done);

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
