#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include "sxpool/application.hpp"
#include "sxpool/date.hpp"
#include "sxpool/findings.hpp"
#include "sxpool/round.hpp"

namespace sxpool::web {

// The applicant's draft as the wizard edits it: the document, the domain model's findings for it (recomputed
// when read after a change, so the browser shows exactly what the server will check), and what the UI needs besides.
class DraftEditor {
 public:
  DraftEditor(RoundSettings round, Date today);

  const Application& app() const { return app_; }  // the draft with the application's current materials
  // What is saved (to this device and the server): the document without materials, which are the server's.
  Application draft() const;
  // Replaces the whole document (loaded from the local store or the server); keeps nothing of the old one but the
  // materials, which a draft never carries: they come from setMaterials.
  void load(Application app);
  // The application's stored files (from its detail, GET /applications/{id}, and after an upload or a removal).
  // Not an edit: the draft's revision stays, nothing is pushed. `touched` shows the materials' messages from now on.
  void setMaterials(std::vector<Material> materials, bool touched = false);

  // Every edit goes through here: `path` is the field's path ("basic.uscc", "staff[3].title"). Marks the
  // field touched (its messages show from now on), revalidates, and bumps revision() so the sync layer saves.
  template <typename F>
  void edit(const std::string& path, F&& mutate) {
    mutate(app_);
    touched_.insert(path);
    revalidate();
    ++revision_;
  }

  // Validated on first use after a change: screens without findings (sign-in, home) never pay for it.
  const Findings& findings() const;
  // Findings shown at `path` (exact path or under it): all of them once showAll() is on, else only touched ones.
  Findings visibleAt(const std::string& path) const;
  bool touched(const std::string& path) const { return touched_.count(path) > 0; }
  void setShowAll(bool on) { showAll_ = on; }
  bool showAll() const { return showAll_; }

  // Text of numeric and date fields exactly as typed (may not parse yet); keyed by path.
  std::map<std::string, std::string>& buffers() { return buffers_; }
  const std::map<std::string, std::string>& buffers() const { return buffers_; }
  // 退回修改: the reviewer's comments tied to field paths.
  std::map<std::string, std::string>& reviewerComments() { return reviewerComments_; }
  const std::map<std::string, std::string>& reviewerComments() const { return reviewerComments_; }

  const RoundSettings& round() const { return round_; }
  // The server's round and date (GET /api/v1/round): the browser's own clock is not what the rules count from.
  void setCalendar(int year, Date deadline, bool enforceDeadline, Date today);
  Date today() const { return today_; }
  long revision() const { return revision_; }  // local edit counter, not the server's revision

  // Navigation shared by the step list, the review page and the reviewer comments.
  int step = 0;
  std::string jumpTo;         // a field path to scroll to and focus on the next frame, then cleared by the view
  float scrollY = 0;          // the step's scroll position as drawn (kept on this device across reloads)
  float restoreScrollY = -1;  // a scroll position to return to once the step's content is that tall
  int restoreFrames = 0;      // frames tried so far

 private:
  void revalidate() { stale_ = true; }

  RoundSettings round_;
  Date today_;
  Application app_;
  mutable Findings findings_;
  mutable bool stale_ = true;
  std::set<std::string> touched_;
  bool showAll_ = false;
  std::map<std::string, std::string> buffers_;
  std::map<std::string, std::string> reviewerComments_;
  long revision_ = 0;
};

}  // namespace sxpool::web
