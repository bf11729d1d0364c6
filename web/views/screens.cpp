#include "app/app.hpp"
#include "views/views.hpp"

namespace sxpool::web {

void drawScreen(App& app) {
  prepareAppBarButtons(app);
  switch (app.screen) {
    case Screen::Loading: drawLoadingView(app); break;
    case Screen::SignIn: drawSignInView(app); break;
    case Screen::ApplicantHome: drawApplicantHomeView(app); break;
    case Screen::Wizard: drawWizardView(app); break;
    case Screen::Receipt: drawReceiptView(app); break;
    case Screen::ReviewerHome: drawReviewerHomeView(app); break;
    case Screen::ReviewerCase: drawReviewerCaseView(app); break;
    case Screen::Accounts: drawAccountsView(app); break;
    case Screen::Audit: drawAuditView(app); break;
    case Screen::ChangePassword: drawChangePasswordView(app); break;
    case Screen::Help: drawHelpView(app); break;
    case Screen::Rounds: drawRoundsView(app); break;
    case Screen::Reports: drawReportsView(app); break;
    case Screen::Pool: drawPoolView(app); break;
  }
  handleAppBarButtons(app);
}

}  // namespace sxpool::web
