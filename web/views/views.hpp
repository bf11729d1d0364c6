#pragma once

namespace sxpool::web {
class App;

// One function per screen (views/<screen>_view.cpp).
void drawLoadingView(App& app);
void drawSignInView(App& app);
void drawApplicantHomeView(App& app);
void drawWizardScreen(App& app);
void drawReceiptView(App& app);
void drawReviewerHomeView(App& app);
}  // namespace sxpool::web
