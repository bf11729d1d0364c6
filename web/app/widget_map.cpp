#include "app/widget_map.hpp"

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "imgui_internal.h"

namespace sxpool::web {

std::string WidgetMap::toJson() const {
  nlohmann::json j{{"rects", nlohmann::json::object()}, {"values", nlohmann::json::object()}};
  for (const auto& [name, r] : rects_) j["rects"][name] = {r.x, r.y, r.w, r.h};
  for (const auto& [name, v] : values_) j["values"][name] = v;
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

void recordNavId(WidgetMap& widgets) { widgets.setValue("nav_id", std::to_string(ImGui::GetFocusID())); }

}  // namespace sxpool::web
