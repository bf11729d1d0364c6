#pragma once
// The reviewer's screens: the queue (queue_view.cpp), the case (case_view.cpp with its sections in
// case_sections.cpp) and the confirmation dialog of every action (action_dialog.cpp).
//
// Widget map names: rects "tab:all", "tab:<state>", "filter:mine", "filter:city", "filter:county",
// "filter:direction", "filter:round", "search", "search_go", "sort:<column>", "select_all", "select:<id>",
// "open:<id>", "page_prev", "page_next", "bulk_pass", "bulk_return", "bulk_publish", "back_to_queue",
// "action:<code>", "case_tab:<name>", "pick_field", "comment_text", "comment_add", "comment_remove:<i>",
// "compare:<n>", "material_open:<kind>", "dialog_reason", "dialog_recommendation", "dialog_date",
// "dialog_inspectors", "dialog_result", "dialog_upheld", "dialog_confirm", "dialog_cancel"; values "screen"
// ("reviewer" | "reviewer_case"), "queue_total", "queue_page", "queue_pages", "queue_ids" (ids of the page,
// comma separated), "queue_loading", "queue_serial" (the request whose answer is on screen), "count:<state>",
// "count_all", "selected", "queue_states" (state codes of the page, in the order of queue_ids), "queue_notice",
// "case_id", "case_state", "case_state_text", "case_publicity", "case_notice", "case_actions" (codes, comma
// separated), "comments" (the return being written), "picked_field", "history_count", "history:<i>",
// "validation_errors", "eligibility_server:<6-x>", "materials_count", "version_count", "changes_count",
// "change:<i>", "dialog" (the dialog open), "dialog_text" (what will happen to how many), "dialog_end" (公示 end
// date), "dialog_missing", "dialog_error".
#include <cstdint>
#include <string>

namespace sxpool::web {
class App;

void drawActionDialog(App& app);
void drawCaseDocument(App& app);  // the read-only wizard with the field picker
void drawCaseChecks(App& app);
void drawCaseMaterials(App& app);
void drawCaseHistory(App& app);
void drawCaseVersions(App& app);
void drawReturnCommentEditor(App& app);

// "2026-02-12 09:30" in Beijing time; "" for 0.
std::string dateTimeText(std::int64_t unixSeconds);
// An ImGui button recorded in the widget map under `name`.
bool probedButton(App& app, const char* name, const char* label, bool enabled = true);

}  // namespace sxpool::web
