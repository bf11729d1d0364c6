#pragma once
// A combo over an enum's labels (sxpool/enum_table.hpp), `index` into its table. The probe sees the combo as `name`
// with the chosen code as its value, and each open option as `name:<code>`.
#include <cstddef>
#include <iterator>
#include <string>

#include "app/widget_map.hpp"
#include "imgui.h"
#include "sxpool/enum_table.hpp"

namespace sxpool::web {

template <class E>
void enumCombo(WidgetMap& widgets, const char* name, const char* label, int& index, float width = 520) {
  const auto& entries = entriesOf<E>();
  if (index < 0 || static_cast<std::size_t>(index) >= std::size(entries)) index = 0;
  ImGui::TextUnformatted(label);
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo((std::string("##") + name).c_str(),
                        std::string(entries[static_cast<std::size_t>(index)].label).c_str())) {
    for (std::size_t i = 0; i < std::size(entries); ++i) {
      if (ImGui::Selectable(std::string(entries[i].label).c_str(), static_cast<int>(i) == index))
        index = static_cast<int>(i);
      recordLastItem(widgets, (std::string(name) + ":" + std::string(entries[i].code)).c_str());
    }
    ImGui::EndCombo();
  }
  recordLastItem(widgets, name);
  widgets.setValue(name, std::string(entries[static_cast<std::size_t>(index)].code));
}

}  // namespace sxpool::web
