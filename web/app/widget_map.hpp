#pragma once
#include <map>
#include <string>

namespace sxpool::web {

// Where the named widgets of this frame are (CSS pixels), and named values of the screen's state. Views record
// into it while drawing. The browser host hit-tests a dropped file against it (the material row under the
// pointer) and exports it to the page as the widget map the browser tests read (Module._sxpool_probe_json).
class WidgetMap {
 public:
  struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
  };
  void setRect(const std::string& name, Rect r) { rects_[name] = r; }
  // At the start of a frame: only what is on screen now (and "focus" only if a recorded item has it this frame).
  void clearRects() {
    rects_.clear();
    values_.erase("focus");
  }
  void setValue(const std::string& name, std::string value) { values_[name] = std::move(value); }
  // {"rects":{"name":[x,y,w,h],...},"values":{"name":"...",...}}
  std::string toJson() const;
  const std::map<std::string, Rect>& rects() const { return rects_; }
  const std::map<std::string, std::string>& values() const { return values_; }

 private:
  std::map<std::string, Rect> rects_;
  std::map<std::string, std::string> values_;
};

// Records the last ImGui item's rectangle under `name`; when that item has the keyboard (nav) focus, also sets the
// value "focus" to `name` (tests follow Tab through the form with it). The value "nav_id" is the focused item's
// ImGui id whatever it is (recordNavId, once a frame), so a test sees that a key press moved the focus.
void recordLastItem(WidgetMap& widgets, const char* name);
// Only the rectangle: for a group (ImGui leaves the group's last item as the "last item", whose focus is its own).
void recordLastRect(WidgetMap& widgets, const char* name);
void recordNavId(WidgetMap& widgets);

}  // namespace sxpool::web
