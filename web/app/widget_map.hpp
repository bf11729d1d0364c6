#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

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
    texts_.clear();
    values_.erase("focus");
    values_.erase("tooltip");
  }
  // A text item drawn this frame: where, the right edge of the column it was drawn in, its text, and the
  // characters the font atlas drew as the replacement glyph (none, normally). Tests check these stay inside.
  struct Text {
    Rect rect;
    float columnRight = 0;
    std::string text;
    std::string missing;
  };
  void addText(Text t) { texts_.push_back(std::move(t)); }
  const std::vector<Text>& texts() const { return texts_; }
  void setValue(const std::string& name, std::string value) { values_[name] = std::move(value); }
  // {"rects":{"name":[x,y,w,h],...},"values":{"name":"...",...},"texts":[[x,y,w,h,columnRight,text,missing]]}
  std::string toJson() const;
  const std::map<std::string, Rect>& rects() const { return rects_; }
  const std::map<std::string, std::string>& values() const { return values_; }

 private:
  std::map<std::string, Rect> rects_;
  std::map<std::string, std::string> values_;
  std::vector<Text> texts_;
};

// The map text items are recorded into (the host sets it once; none: nothing is recorded).
void setTextProbe(WidgetMap* probe);
// Records the last ImGui item as a text item showing `text` (widgets/wrapped_text and drawMessage call it).
void probeTextItem(std::string_view text);
// The characters of `text` the current font atlas lacks (they would draw as the replacement glyph).
std::string missingGlyphs(std::string_view text);

// Records the last ImGui item's rectangle under `name`; when that item has the keyboard (nav) focus, also sets the
// value "focus" to `name` (tests follow Tab through the form with it). The value "nav_id" is the focused item's
// ImGui id whatever it is (recordNavId, once a frame), so a test sees that a key press moved the focus.
void recordLastItem(WidgetMap& widgets, const char* name);
// Only the rectangle: for a group (ImGui leaves the group's last item as the "last item", whose focus is its own).
void recordLastRect(WidgetMap& widgets, const char* name);
void recordNavId(WidgetMap& widgets);

}  // namespace sxpool::web
