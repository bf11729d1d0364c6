#include "platform/emscripten/text_bridge.hpp"

#include <SDL.h>
#include <emscripten.h>

#include "app/glyph_set.hpp"
#include "imgui.h"
#include "imgui_impl_sdl2.h"

namespace sxpool::web {

// The bodies of EM_JS are JavaScript, not C++.
// clang-format off
EM_JS(void, js_bridge_set_active, (int on, float x, float y, float h), {
    Module.sxpoolBridge.setActive(on != 0, x, y, h);
});
EM_JS(void, js_write_clipboard, (const char* text), { Module.sxpoolBridge.writeClipboard(UTF8ToString(text)); });
// clang-format on

TextBridge& TextBridge::instance() {
  static TextBridge bridge;
  return bridge;
}

void TextBridge::install(ImGuiIO& io, GlyphSet& glyphs) {
  glyphs_ = &glyphs;
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would draw frames forever while idle
  io.SetClipboardTextFn = [](void*, const char* text) {
    instance().clipboard_ = text;
    js_write_clipboard(text);
  };
  io.GetClipboardTextFn = [](void*) { return instance().clipboard_.c_str(); };
  io.SetPlatformImeDataFn = [](ImGuiViewport*, ImGuiPlatformImeData* data) {
    auto& self = instance();
    self.imeX_ = data->InputPos.x;
    self.imeY_ = data->InputPos.y;
    self.imeH_ = data->InputLineHeight;
  };
}

// Text must reach ImGui in order with the keys around it: committed, then Tab at once (faster than a frame) means the
// text belongs to the field being left. SDL queues key events as the browser delivers them, so the keys queued so
// far go to ImGui first, then the text. With Ctrl/Cmd held (Ctrl+V) ImGui would drop the characters: such text
// waits in pending_ until feed() sees the modifiers released.
void TextBridge::push(std::string text) {
  if (glyphs_) glyphs_->note(text);
  if (!pending_.empty() || (SDL_GetModState() & (KMOD_CTRL | KMOD_GUI)) != 0 || !ImGui::GetCurrentContext()) {
    pending_.push_back(std::move(text));
    return;
  }
  SDL_Event event;
  while (SDL_PollEvent(&event)) ImGui_ImplSDL2_ProcessEvent(&event);
  ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
  fedDirectly_ = true;
}

void TextBridge::feed(ImGuiIO& io, bool modifierHeldNow) {
  fedDirectly_ = false;
  // io.KeyCtrl is last frame's view; SDL's state includes the events just polled. Both must be clear.
  if (modifierHeldNow || io.KeyCtrl || io.KeySuper) return;
  for (const auto& text : pending_) io.AddInputCharactersUTF8(text.c_str());
  pending_.clear();
}

void TextBridge::sync(const ImGuiIO& io) { js_bridge_set_active(io.WantTextInput ? 1 : 0, imeX_, imeY_, imeH_); }

}  // namespace sxpool::web

extern "C" EMSCRIPTEN_KEEPALIVE void sxpool_text_input(const char* utf8) {
  if (utf8 && *utf8) sxpool::web::TextBridge::instance().push(utf8);
}
