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

void probeLastRect(WidgetMap& probe, const char* name) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  probe.setRect(name, {min.x, min.y, max.x - min.x, max.y - min.y});
}

void probeLastItem(WidgetMap& probe, const char* name) {
  probeLastRect(probe, name);
  if (ImGui::IsItemFocused()) probe.setValue("focus", name);
}

void recordNavId(WidgetMap& probe) { probe.setValue("nav_id", std::to_string(ImGui::GetFocusID())); }

}  // namespace sxpool::web
