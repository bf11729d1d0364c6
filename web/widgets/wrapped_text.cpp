#include "widgets/wrapped_text.hpp"

#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <string>

#include "app/utf8.hpp"
#include "app/widget_map.hpp"

namespace sxpool::web {
namespace {

// Full-width digits and letters behave like Latin ones (they stay together).
bool isCjk(std::uint32_t cp) { return cp >= 0x2E80 && !(cp >= 0xFF10 && cp <= 0xFF5A); }

// No line starts with these.
bool isClosing(std::uint32_t cp) {
  static constexpr std::u32string_view kClosing = U"，。、；：？！）」』”’》〉】．,.;:?!)]%";
  return kClosing.find(static_cast<char32_t>(cp)) != std::u32string_view::npos;
}

// No line ends with these.
bool isOpening(std::uint32_t cp) {
  static constexpr std::u32string_view kOpening = U"（「『“‘《〈【([";
  return kOpening.find(static_cast<char32_t>(cp)) != std::u32string_view::npos;
}

struct Glyph {
  std::size_t begin, end;
  std::uint32_t cp;
};

std::vector<Glyph> glyphsOf(std::string_view text) {
  std::vector<Glyph> out;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    const std::size_t end = std::min(text.size(), i + len);
    std::uint32_t cp = 0xFFFD;
    forEachCodepoint(text.substr(i, end - i), [&](std::uint32_t v) { cp = v; });
    out.push_back({i, end, cp});
    i = end;
  }
  return out;
}

}  // namespace

std::vector<std::string_view> wrapLines(std::string_view text, float width) {
  std::vector<std::string_view> lines;
  ImFont* font = ImGui::GetFont();
  const float scale = ImGui::GetFontSize() / font->FontSize;
  const std::vector<Glyph> glyphs = glyphsOf(text);
  std::size_t lineStart = 0;  // glyph index
  std::size_t breakAt = 0;    // glyph index a line may start at (0 = none yet)
  float lineWidth = 0;
  auto emit = [&](std::size_t from, std::size_t to) {  // glyphs [from, to)
    std::size_t a = from < glyphs.size() ? glyphs[from].begin : text.size();
    std::size_t b = to < glyphs.size() ? glyphs[to].begin : text.size();
    while (b > a && text[b - 1] == ' ') --b;
    lines.push_back(text.substr(a, b - a));
  };
  auto widthOf = [&](std::size_t from, std::size_t to) {
    float w = 0;
    for (std::size_t k = from; k < to; ++k) w += font->GetCharAdvance(static_cast<ImWchar>(glyphs[k].cp)) * scale;
    return w;
  };
  for (std::size_t i = 0; i < glyphs.size(); ++i) {
    const std::uint32_t cp = glyphs[i].cp;
    if (cp == '\n') {
      emit(lineStart, i);
      lineStart = i + 1;
      breakAt = 0;
      lineWidth = 0;
      continue;
    }
    // May a line start at glyph i?
    if (i > lineStart) {
      const std::uint32_t prev = glyphs[i - 1].cp;
      const bool boundary =
          prev == ' ' ? cp != ' ' : ((isCjk(cp) || isCjk(prev)) && !isClosing(cp) && !isOpening(prev));
      if (boundary) breakAt = i;
    }
    const float w = font->GetCharAdvance(static_cast<ImWchar>(cp)) * scale;
    if (lineWidth + w > width && i > lineStart && cp != ' ') {
      const std::size_t cut = breakAt > lineStart ? breakAt : i;
      emit(lineStart, cut);
      lineStart = cut;
      while (lineStart < glyphs.size() && glyphs[lineStart].cp == ' ') ++lineStart;
      breakAt = 0;
      lineWidth = widthOf(lineStart, i);
    }
    lineWidth += w;
  }
  if (lineStart < glyphs.size() || lines.empty()) emit(lineStart, glyphs.size());
  return lines;
}

std::string wrapText(std::string_view text, float width) {
  std::string out;
  for (std::string_view line : wrapLines(text, width)) {
    if (!out.empty()) out += '\n';
    out.append(line.data(), line.size());
  }
  return out;
}

ImVec2 wrappedTextSize(std::string_view text, float width) {
  return ImGui::CalcTextSize(wrapText(text, width).c_str());
}

void wrappedText(std::string_view text, float width) {
  if (width <= 0) width = ImGui::GetContentRegionAvail().x;
  ImGui::TextUnformatted(wrapText(text, width).c_str());
  probeTextItem(text);
}

void wrappedTextColored(const ImVec4& color, std::string_view text, float width) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  wrappedText(text, width);
  ImGui::PopStyleColor();
}

void hintText(const char* fmt, ...) {
  char buf[1024];
  va_list args;
  va_start(args, fmt);
  std::vsnprintf(buf, sizeof buf, fmt, args);
  va_end(args);
  wrappedTextColored(ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled), buf);
}

void addWrappedText(ImDrawList* list, ImVec2 pos, ImU32 color, std::string_view text, float width) {
  list->AddText(pos, color, wrapText(text, width).c_str());
}

}  // namespace sxpool::web
