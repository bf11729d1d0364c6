#pragma once
// Wrapped text that suits Chinese: ImGui 1.90 wraps only at spaces and a few ASCII punctuation marks, so a run of
// Chinese without spaces is one "word" that jumps to the next line whole. These break between any two CJK
// characters (never before closing punctuation such as ，。）」 nor after opening ones such as （「), and between
// Latin words at spaces.
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace sxpool::web {

std::vector<std::string_view> wrapLines(std::string_view text, float width);
std::string wrapText(std::string_view text, float width);  // the lines joined by '\n'
ImVec2 wrappedTextSize(std::string_view text, float width);
// One text item of wrapped lines in the current text colour; width 0 = the available width.
void wrappedText(std::string_view text, float width = 0);
void wrappedTextColored(const ImVec4& color, std::string_view text, float width = 0);
// A formatted hint in the disabled colour, wrapped.
void hintText(const char* fmt, ...) IM_FMTARGS(1);
// Draws wrapped lines at `pos` without adding an item (over a Selectable, for example).
void addWrappedText(ImDrawList* list, ImVec2 pos, ImU32 color, std::string_view text, float width);

}  // namespace sxpool::web
