#pragma once
// The application wizard: every part of 附件2 as a form, one step per part, a step list with each step's state,
// the eligibility checklist 6-0 … 6-7, a review page of every remaining error, and submission with a
// confirmation that states the declaration. Platform-independent: uploads go through MaterialsPort.
//
// Widget map names (WidgetMap): rects "field:<path>" (every field, e.g. "field:basic.uscc", "field:staff[3].title"),
// "step:<index>", "submit", "confirm_submit", "cancel_submit", "review:<path>", "prev_step", "next_step",
// "direction:<code>", "routing:<code>", "row_add:<table>", "row_up|row_down|row_remove:<table>[i]",
// "material:<n>:pick|cancel|retry|replace|remove|preview"; values "wizard_step", "error_count",
// "step_state:<index>", "eligibility:<6-x>", "rows:<table>", "counter:<path>", "material:<n>", "field:<path>" (a
// drop-down list's chosen entry, e.g. "副高级"), "focus" (the widget map
// name of the item with keyboard focus, e.g. "field:experts[3].title"), "nav_id" (that item's ImGui id).
#include <functional>
#include <string>
#include <vector>

#include "app/draft_editor.hpp"
#include "app/draft_sync.hpp"
#include "platform/materials_port.hpp"
#include "app/widget_map.hpp"
#include "sxpool/application.hpp"

namespace sxpool::web {

struct WizardEnv {
  MaterialsPort& materials;
  WidgetMap& widgets;
  std::function<void()> onSubmit;  // called once the applicant confirmed the declaration
  SyncStatus syncStatus;           // the draft's sync (the header's colour)
  std::string statusLine;          // its text: 已保存到本机 / 同步中 / 已同步 / 离线 / 冲突 …
  bool readOnly = false;           // submitted and under review: everything shown, nothing editable
  // 省级主管部门 the applicant may choose (from the server); empty = typed by hand.
  std::vector<Routing> departments = {};
};

// Draws inside the current ImGui window and fills the available region.
void drawWizard(DraftEditor& editor, WizardEnv& env);

}  // namespace sxpool::web
