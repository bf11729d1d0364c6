#pragma once
#include <deque>
#include <string>

struct ImGuiIO;

namespace sxpool::web {
class GlyphSet;

// The C++ half of bridge.js: text from the hidden textarea (IME commits, insertText, paste) goes to ImGui in order
// with the key events SDL queued before it; text that comes with Ctrl/Cmd held (paste) is queued here and fed
// to ImGui when no Ctrl/Cmd is held (ImGui drops characters typed with Ctrl down); copy goes to the system
// clipboard; the textarea follows the caret so the IME candidate window sits by the field.
class TextBridge {
 public:
  static TextBridge& instance();
  void install(ImGuiIO& io, GlyphSet& glyphs);
  void push(std::string text);
  bool hasPending() const { return fedDirectly_ || !pending_.empty(); }  // a frame must process text
  void feed(ImGuiIO& io, bool modifierHeldNow);
  void sync(const ImGuiIO& io);  // after each drawn frame

 private:
  std::deque<std::string> pending_;
  bool fedDirectly_ = false;
  std::string clipboard_;
  GlyphSet* glyphs_ = nullptr;
  float imeX_ = 0, imeY_ = 0, imeH_ = 20;
};

}  // namespace sxpool::web
