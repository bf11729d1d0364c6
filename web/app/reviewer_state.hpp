#pragma once
// The reviewer's side: the queue (one page of the server's, with its filters), the open case, and the action
// being confirmed. Transitions are in app/reviewer_flow (ReviewerFlow).
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/document_diff.hpp"
#include "app/draft_editor.hpp"
#include "sxpool/api/application.hpp"
#include "sxpool/api/pool.hpp"
#include "sxpool/api/queue.hpp"
#include "sxpool/api/review.hpp"
#include "sxpool/api/round.hpp"
#include "sxpool/calendar.hpp"
#include "sxpool/round.hpp"

namespace sxpool::web {

// The confirmation dialog of an action: what it does is said before it is sent.
enum class ReviewDialog {
  None,
  Pass,
  Return,
  Reject,
  SpotCheck,
  Publish,
  RaiseObjection,
  ResolveObjection,
  Admit,
  Remove,
  BulkPass,
  BulkReturn,
};

struct ActionForm {
  ReviewDialog dialog = ReviewDialog::None;
  std::vector<std::int64_t> ids;  // the applications it applies to
  std::string reason;             // reject reason, objection, resolution, removal detail, bulk return comment
  std::string recommendation;     // 推荐意见 (city, 综改区, 省级主管部门)
  std::string spotDate, spotInspectors, spotResult;
  bool spotPassed = true;
  bool objectionUpheld = false;
  int removalReason = 0;      // index into RemovalReason's table
  int character = 1;          // admit (指南第九条): index into ServiceCharacter's table
  int serviceClass = 9;       // admit: index into ServiceClass's table (9: 其他类)
  std::string suggestion;     // admit: the suggestion from the directions, as text
  std::string publicityDate;  // YYYY-MM-DD as typed
  bool busy = false;
  bool justOpened = false;  // the popup opens on the next frame
  std::string error;        // the server's refusal, shown in the dialog
  std::vector<api::ErrorField> fields;
};

// The case open in the case view.
struct CaseView {
  std::int64_t id = 0;
  std::optional<api::ApplicationDetail> detail;
  std::optional<api::HistoryReply> history;
  std::optional<api::ValidateReply> validation;
  std::string error;                   // reading it failed
  std::string notice;                  // the outcome of the last action (green)
  std::vector<FieldComment> comments;  // the return being written: one comment per field
  bool picking = false;                // the next click on a field of the form picks it
  std::string pickedPath;              // the field the comment is for ("" = the application as a whole)
  std::string commentText;
  int compareVersion = 0;  // an earlier version compared with the latest (0: none)
  std::optional<Application> earlier;
  std::vector<FieldDifference> changes;
  std::string versionError;
  bool loadingVersion = false;
  std::optional<api::ClassificationView> classification;  // admitted or removed: 指南第九条
};

struct ReviewerState {
  ReviewerState() : editor(round2026(), round2026().deadline) {}

  // The queue.
  api::QueueQuery query;                // what is asked (and shown once it arrives)
  std::optional<api::QueuePage> queue;  // the last page that arrived: shown until the next one does
  bool loading = false;
  int serial = 0;       // of the latest request: an older answer arriving late is dropped
  int shownSerial = 0;  // of the page on screen (the probe's "queue_serial")
  std::string queueError;
  std::string notice;  // the outcome of a bulk action (green), with the failures listed in bulkFailures
  std::vector<std::string> bulkFailures;
  std::string searchText;  // as typed; sent on Enter or 搜索
  std::set<std::int64_t> selected;
  std::vector<api::UnitView> units;
  bool stale = false;  // an action changed something: the queue is read again when shown

  // The round as the server counts it.
  Date today = round2026().deadline;
  int publicityWorkingDays = 5;
  WorkingCalendar calendar = WorkingCalendar::builtin();  // the server's loaded years (GET /round holidaysCsv)

  ActionForm form;
  CaseView open;
  DraftEditor editor;  // the open case's document, drawn by the wizard read-only
};

}  // namespace sxpool::web
