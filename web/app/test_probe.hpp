#pragma once
#include <map>
#include <string>

namespace sxpool::web {

// What end-to-end tests read from the running app: where named widgets are (CSS pixels) and named values.
// Views record into it while drawing; the browser build exports it to JavaScript (platform/emscripten).
class TestProbe {
public:
    struct Rect {
        float x = 0, y = 0, w = 0, h = 0;
    };
    void setRect(const std::string& name, Rect r) { rects_[name] = r; }
    void clearRects() { rects_.clear(); }  // at the start of a frame: only what is on screen now
    void setValue(const std::string& name, std::string value) { values_[name] = std::move(value); }
    // {"rects":{"name":[x,y,w,h],...},"values":{"name":"...",...}}
    std::string toJson() const;
    const std::map<std::string, Rect>& rects() const { return rects_; }
    const std::map<std::string, std::string>& values() const { return values_; }

private:
    std::map<std::string, Rect> rects_;
    std::map<std::string, std::string> values_;
};

// Records the last ImGui item's rectangle under `name`.
void probeLastItem(TestProbe& probe, const char* name);

}  // namespace sxpool::web
