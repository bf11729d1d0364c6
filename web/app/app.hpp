#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "app/api_client.hpp"
#include "app/draft_editor.hpp"
#include "app/draft_sync.hpp"
#include "app/frame_scheduler.hpp"
#include "app/glyph_set.hpp"
#include "app/materials_port.hpp"
#include "app/test_probe.hpp"
#include "platform/http_client.hpp"
#include "platform/local_store.hpp"

namespace sxpool::web {

// What the app needs from its host: the server, local storage, uploads, the clock, redraw requests, the glyph
// set (text from outside must render), the probe for tests. Views never reach the network or storage otherwise.
struct AppContext {
  HttpClient& http;
  FrameScheduler& frames;
  GlyphSet& glyphs;
  TestProbe& probe;
  LocalStore& local;
  MaterialsPort& materials;
  std::function<double()> now;  // seconds, monotonic
};

struct ServerStatus {
  enum class State { Checking, Online, Offline } state = State::Checking;
  std::string detail;
};

struct SessionUser {
  long id = 0;
  std::string account, role, roleLabel, unitName, displayName;
  bool isApplicant() const { return role == "applicant"; }
  static SessionUser fromJson(const nlohmann::json& j);
};

enum class Screen { Loading, SignIn, ApplicantHome, Wizard, Receipt, ReviewerHome };

// Form state of the sign-in screen (kept while the user switches tabs or a request is under way).
struct SignInForm {
  std::string account, password, message;
  bool busy = false;
  bool registering = false;
  std::string regUscc, regName, regContact, regPhone, regEmail, regPassword, regPassword2;
  nlohmann::json regFields = nlohmann::json::array();  // the server's field messages
};

// The app's state and its transitions; views draw it and call these. Platform code owns the loop.
class App {
 public:
  explicit App(AppContext ctx);
  void start();           // server health, then the session (signed in already?)
  void tick(double now);  // every loop tick, drawn or not: draft sync
  void draw();

  // Transitions (views call these).
  void signIn();
  void registerApplicant();
  void signOut();
  void openWizard();
  void backToHome();
  void submit();
  void refreshHome();
  void removeMaterial(MaterialKind kind);
  // A file of `m.kind` is stored: it replaces the kind's earlier file, in the draft and on the server.
  void materialUploaded(const Material& m, long attachmentId);

  AppContext ctx;
  ApiClient api;
  ServerStatus server;
  Screen screen = Screen::Loading;
  std::optional<SessionUser> user;
  SignInForm signInForm;
  nlohmann::json application;  // the applicant's current application (GET /applications/{id})
  nlohmann::json inbox = nlohmann::json::array();
  nlohmann::json receipt;       // the answer of a successful submission
  nlohmann::json queue;         // reviewers: their queue
  std::string banner;           // a message over the current screen (Chinese)
  bool sessionExpired = false;  // 401 while editing: sign in again without leaving the wizard
  std::string scratchText;      // the sign-in screen's input trial field

  DraftEditor editor;
  DraftSync sync;

  long applicationId() const;

 private:
  void onSignedIn(const nlohmann::json& userJson);
  void loadApplication(const ApiResult& r);
  void applyReviewerComments();
  std::unique_ptr<ApiDraftRemote> remote_;
};

}  // namespace sxpool::web
