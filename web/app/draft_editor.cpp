#include "app/draft_editor.hpp"

#include "sxpool/validation.hpp"

namespace sxpool::web {

DraftEditor::DraftEditor(RoundSettings round, Date today) : round_(std::move(round)), today_(today) {}

Application DraftEditor::draft() const {
  Application d = app_;
  d.materials.clear();
  return d;
}

void DraftEditor::load(Application app) {
  app.materials = std::move(app_.materials);
  app_ = std::move(app);
  touched_.clear();
  buffers_.clear();
  revalidate();
  ++revision_;
}

void DraftEditor::setMaterials(std::vector<Material> materials, bool touched) {
  app_.materials = std::move(materials);
  if (touched) touched_.insert("materials");
  revalidate();
}

void DraftEditor::setCalendar(int year, Date deadline, bool enforceDeadline, Date today) {
  round_.year = year;
  round_.deadline = deadline;
  round_.enforceDeadline = enforceDeadline;
  today_ = today;
  revalidate();
}

const Findings& DraftEditor::findings() const {
  if (stale_) {
    findings_ = validateApplication(app_, round_, today_);
    stale_ = false;
  }
  return findings_;
}

Findings DraftEditor::visibleAt(const std::string& path) const {
  Findings out;
  for (const Finding& f : findingsAt(findings(), path)) {
    if (showAll_ || touched_.count(f.path) > 0 || touched_.count(path) > 0) out.push_back(f);
  }
  return out;
}

}  // namespace sxpool::web
