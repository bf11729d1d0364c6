#pragma once
// A multi-line text input that wraps as a browser's textarea does (ImGui 1.90's multi-line input does not): the
// box shows the text with soft line breaks at its width (between Chinese characters too, see wrapped_text.hpp);
// the breaks are display only, never part of the value. The cursor and the IME candidate window follow the
// wrapped lines, since ImGui edits the wrapped text itself.
#include <string>

#include "imgui.h"

namespace sxpool::web {

// Like ImGui::InputTextMultiline over `value`; returns true when the value changed. `lines` (if given) receives
// the number of lines shown.
bool wrappedMultiline(const char* id, std::string& value, const ImVec2& size, int* lines = nullptr);

}  // namespace sxpool::web
