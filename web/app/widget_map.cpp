#include "app/widget_map.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "imgui.h"
#include "imgui_internal.h"
#include "app/utf8.hpp"

namespace sxpool::web {

std::string WidgetMap::toJson() const {
  nlohmann::json j{{"rects", nlohmann::json::object()}, {"values", nlohmann::json::object()}};
  for (const auto& [name, r] : rects_) j["rects"][name] = {r.x, r.y, r.w, r.h};
  for (const auto& [name, v] : values_) j["values"][name] = v;
  j["texts"] = nlohmann::json::array();
  for (const auto& t : texts_)
    j["texts"].push_back({t.rect.x, t.rect.y, t.rect.w, t.rect.h, t.columnRight, t.text, t.missing});
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void recordLastRect(WidgetMap& widgets, const char* name) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  widgets.setRect(name, {min.x, min.y, max.x - min.x, max.y - min.y});
}

void recordLastItem(WidgetMap& widgets, const char* name) {
  recordLastRect(widgets, name);
  if (ImGui::IsItemFocused()) widgets.setValue("focus", name);
}

namespace {
WidgetMap* gTextProbe = nullptr;
}

void setTextProbe(WidgetMap* probe) { gTextProbe = probe; }

std::string missingGlyphs(std::string_view text) {
  std::string out;
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  if (!atlas || atlas->Fonts.Size == 0) return out;
  ImFont* font = atlas->Fonts[0];  // body text (headings hold only their literals, see widgets/text.hpp)
  forEachCodepoint(text, [&](std::uint32_t cp) {
    if (cp < 0x20 || cp > 0xFFFF) return;
    if (!font->FindGlyphNoFallback(static_cast<ImWchar>(cp))) appendUtf8(out, cp);
  });
  return out;
}

void probeTextItem(std::string_view text) {
  if (!gTextProbe) return;
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  // The column: a table cell's work rectangle, else the window's content region (both clip what is drawn).
  float right = window->WorkRect.Max.x;
  if (ImGuiTable* table = ImGui::GetCurrentTable()) right = table->Columns[table->CurrentColumn].WorkMaxX;
  gTextProbe->addText({{min.x, min.y, max.x - min.x, max.y - min.y}, right, std::string(text), missingGlyphs(text)});
}

void recordNavId(WidgetMap& widgets) { widgets.setValue("nav_id", std::to_string(ImGui::GetFocusID())); }

}  // namespace sxpool::web
