#pragma once
// Parts of the applicant's home screen about the review: the return's comments, withdrawal, the inbox.
namespace sxpool::web {
class App;

// 退回修改: each open comment with its field, and a way to that field in the wizard.
void drawReturnComments(App& app);
// 撤回申请 while the workflow allows it, behind a confirmation (Enter confirms, Esc cancels).
void drawWithdraw(App& app);
// The messages, newest first, each with its date; an unread one shown on screen is marked read.
void drawInbox(App& app);
// 指南第十条: the admitted institution's quarterly report (service_report_panel.cpp); nothing before admission.
void drawServiceReportPanel(App& app);
// 指南第十三条: an admitted institution's products and cases editor (pool_profile_panel.cpp).
void drawPoolProfile(App& app);
}  // namespace sxpool::web
