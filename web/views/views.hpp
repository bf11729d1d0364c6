#pragma once

namespace sxpool::web {
class App;

// The current screen (views/screens.cpp): the one place that maps App::screen to its view.
void drawScreen(App& app);

// One function per screen, each in views/<screen>_view.cpp.
void drawLoadingView(App& app);
void drawSignInView(App& app);
void drawApplicantHomeView(App& app);
void drawWizardView(App& app);
void drawReceiptView(App& app);
void drawReviewerHomeView(App& app);  // views/reviewer/queue_view.cpp
void drawReviewerCaseView(App& app);  // views/reviewer/case_view.cpp
// Accounts and audit (views/admin/), the help page (help_view.cpp).
void drawAccountsView(App& app);
void drawAuditView(App& app);
void drawChangePasswordView(App& app);
void drawHelpView(App& app);
void drawRoundsView(App& app);        // views/admin/rounds_view.cpp
void drawReportsView(App& app);       // views/reviewer/reports_view.cpp (指南第十条)
void drawPoolView(App& app);          // views/reviewer/pool_view.cpp (指南第九、十、十二条)
void prepareAppBarButtons(App& app);  // the app bar's account buttons for this user (views/admin/account_menu.cpp)
void handleAppBarButtons(App& app);
}  // namespace sxpool::web
