#pragma once
#include <functional>
#include <string>

#include "app/accounts_state.hpp"
#include "app/api_client.hpp"
#include "app/applicant_state.hpp"
#include "app/documents.hpp"
#include "app/frame_scheduler.hpp"
#include "app/glyph_set.hpp"
#include "app/pool_state.hpp"
#include "app/reports_state.hpp"
#include "app/reviewer_flow.hpp"
#include "app/reviewer_state.hpp"
#include "app/rounds_state.hpp"
#include "app/session.hpp"
#include "app/widget_map.hpp"
#include "platform/download_port.hpp"
#include "platform/http_client.hpp"
#include "platform/local_store.hpp"
#include "platform/materials_port.hpp"

namespace sxpool::web {

// What the app needs from its host: the server, local storage, uploads, the clock, redraw requests, the glyph
// set (text from outside must render), the widget map. Views never reach the network or storage otherwise.
struct AppContext {
  HttpClient& http;
  FrameScheduler& frames;
  GlyphSet& glyphs;
  WidgetMap& widgets;
  LocalStore& local;
  MaterialsPort& materials;
  std::function<double()> now;        // seconds, monotonic
  DownloadPort* downloads = nullptr;  // saving files the server sends; none: downloads answer that they cannot
  // Tells this browser's other tabs that a draft was saved (local key, revision); none: a single tab.
  std::function<void(const std::string&, long)> announceSave = {};
};

enum class Screen {
  Loading,
  SignIn,
  ApplicantHome,
  Wizard,
  Receipt,
  ReviewerHome,
  ReviewerCase,    // a reviewer's open application (views/reviewer/case_view.cpp)
  Accounts,        // admin: reviewer accounts (views/admin/)
  Audit,           // admin, province: the audit log
  ChangePassword,  // everyone: own password; forced after an admin's reset
  Help,            // the input-method test and help, linked from the sign-in page
  Rounds,          // admin, province: 申报轮次与节假日安排 (views/admin/rounds_view.cpp)
  Reports,         // reviewers: 服务情况报送 (views/reviewer/reports_view.cpp)
  Pool,            // reviewers, admin: 资源库管理 (views/reviewer/pool_view.cpp)
};

// The app's state and its transitions; views (views/screens.cpp) draw it and call these. Platform code owns the
// loop.
class App {
 public:
  // The draft an applicant fills in before registering: kept on this device, claimed at sign-in.
  static constexpr const char* kSignedOutDraftKey = "draft:signed-out";

  explicit App(AppContext ctx);
  void start();           // server health, then the session (signed in already?)
  void tick(double now);  // every loop tick, drawn or not: draft sync

  // Session (app.cpp).
  void signIn();
  void registerApplicant();
  void signOut();
  void fillBeforeRegistering();  // 先填写，稍后注册: the wizard on a draft kept on this device
  void backToSignIn();

  // The applicant (applicant_flow.cpp).
  void openWizard();
  void backToHome();
  void submit();
  void refreshHome();
  void removeMaterial(MaterialKind kind);
  void savePoolProfile();  // 指南第十三条: the admitted institution's products and cases (applicant_flow.cpp)
  // The applicant's side of a review (applicant_review.cpp).
  void markInboxSeen(long messageId);  // an unread message was on screen: read, on the server too
  bool canWithdraw() const;            // the workflow allows the applicant to withdraw now
  void withdraw(const std::string& reason);
  // Another tab saved draft `key` (its revision), or this tab came to the front: the open draft checks the server.
  void savedElsewhere(const std::string& key, long revision);
  void regainedFocus();
  // A file of `m.kind` is stored (the server replaced the kind's earlier one): into the application's materials.
  void materialUploaded(const api::MaterialView& m);
  // The application on screen: the applicant's own, or the case a reviewer has open.
  long applicationId() const {
    return screen == Screen::ReviewerCase ? static_cast<long>(reviewer.open.id) : applicant.applicationId();
  }
  const Application& shownDocument() const {
    return screen == Screen::ReviewerCase ? reviewer.editor.app() : applicant.editor.app();
  }
  bool signedOutDraft() const { return screen == Screen::Wizard && !session.user; }

  AppContext ctx;
  ApiClient api;
  Screen screen = Screen::Loading;
  std::string banner;  // a message over the current screen (Chinese)
  std::string notice;  // information over the applicant's screens (not an error), e.g. after registration
  Session session;
  ApplicantState applicant;
  ReviewerState reviewer;
  ReviewerFlow review{*this};  // the reviewer's transitions (reviewer_flow.cpp)
  AccountsState accounts;
  RoundsState rounds;             // app/rounds_state.cpp
  ReportsState reports;           // 指南第十条 (app/reports_state.cpp)
  PoolState pool;                 // 指南第九、十、十二条 (app/pool_state.cpp)
  Documents documents{ctx, api};  // downloads and the 公示 batches (views/documents_panel.cpp)

 private:
  void onSignedIn(const api::UserView& user);
  void openApplicantHome();
  void loadApplication(const ApiResult& r, const api::ApplicationDetail& a);
  void loadDepartments();
  void applyReviewerComments();
  void completeClaimedDraft();
  void replaceMaterial(MaterialKind kind, const api::MaterialView* with);
  // Where the applicant was (wizard step and scroll position), kept on this device: a reload returns there.
  std::string placeKey() const;
  void keepPlace(double now);
  void restorePlace();
  std::string keptPlace_;
  double placeDueAt_ = -1;
  bool claimSignedOutDraft_ = false;  // a draft written before sign-in waits on this device
  bool completeClaim_ = false;        // once adopted: what registration already told the server fills its gaps
};

}  // namespace sxpool::web
