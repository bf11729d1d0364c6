#pragma once
// The reviewer's transitions: the queue (filters, paging, selection, bulk pass / return), the case view (detail,
// history, validation, versions) and every review action behind its confirmation. Requests are asynchronous: the
// previous page or case stays on screen until the answer arrives, and a late answer to an older request is dropped.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/reviewer_state.hpp"

namespace sxpool::web {
class App;

class ReviewerFlow {
 public:
  explicit ReviewerFlow(App& app) : app_(app) {}

  void start();  // after sign-in: the units, the server's date, the first page
  void reload();
  // A new filter or sort: back to page 1. `keepPage` for paging.
  void setQuery(api::QueueQuery query, bool keepPage = false);
  void goToPage(int page);
  void toggleSelected(std::int64_t id);
  void selectPage(bool on);

  void openCase(std::int64_t id);
  void refreshCase();
  void backToQueue();
  void compareWith(int version);  // an earlier version beside the latest, field by field

  // The return being written in the case view.
  void addComment();
  void removeComment(std::size_t index);

  // The dialogs: begin fills the form; confirm sends it; cancel closes it.
  void begin(ReviewDialog dialog, std::vector<std::int64_t> ids);
  void confirm();
  void cancel();
  // What will happen to how many applications, in Chinese (the dialog's text); "" while the form is incomplete
  // for the reason missingInput() names.
  std::string confirmationText() const;
  std::string missingInput() const;
  // The 公示 end date for the form's start date ("" when the date does not parse), and the start date parsed.
  std::string publicityEndText() const;

 private:
  void afterAction(const std::string& notice);
  std::string nameOf(std::int64_t id) const;
  std::string subject() const;  // 「名称」 or N 份申请
  App& app_;
};

// A date as typed in a dialog (YYYY-MM-DD, spaces around allowed); nothing when it does not parse.
std::optional<Date> parsedFormDate(const std::string& text);

// The state a queue row or a case shows, with the 公示 dates: "公示将于…开始" before a batch's start date.
std::string stateText(WorkflowState state, const WorkflowCase* workflow, Date today);
// A queue row's state; a row in 公示 names its period ("公示将于…开始，至…结束" before the start).
std::string queueStateText(const api::QueueItem& row, Date today);

}  // namespace sxpool::web
