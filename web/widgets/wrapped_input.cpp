#include "widgets/wrapped_input.hpp"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {
namespace {

// What the box shows: the value with soft breaks ('\n' at the byte offsets in `soft`, ascending).
struct Shown {
  std::string value;  // the value the display was made from
  std::string display;
  std::vector<std::size_t> soft;
  float width = 0;
};

std::unordered_map<ImGuiID, Shown>& shownById() {
  static std::unordered_map<ImGuiID, Shown> m;
  return m;
}

// Soft breaks before each wrapped line that does not start after a hard '\n'.
void wrapInto(Shown& s, const std::string& value, float width) {
  s.value = value;
  s.width = width;
  s.display.clear();
  s.soft.clear();
  std::vector<std::size_t> starts;  // offsets in `value` where a wrapped (not hard) line starts
  for (std::string_view line : wrapLines(value, width)) {
    const std::size_t at = static_cast<std::size_t>(line.data() - value.data());
    if (at > 0 && at <= value.size() && value[at - 1] != '\n') starts.push_back(at);
  }
  std::size_t from = 0;
  for (std::size_t at : starts) {
    s.display.append(value, from, at - from);
    s.soft.push_back(s.display.size());
    s.display += '\n';
    from = at;
  }
  s.display.append(value, from, std::string::npos);
}

std::string strip(const std::string& display, const std::vector<std::size_t>& soft) {
  std::string out;
  out.reserve(display.size());
  std::size_t k = 0;
  for (std::size_t i = 0; i < display.size(); ++i) {
    if (k < soft.size() && soft[k] == i) {
      ++k;
      continue;
    }
    out += display[i];
  }
  return out;
}

struct EditContext {
  Shown* shown;
  float width;
};

// After every edit: which soft breaks survived (outside the edited span), the value without them, wrapped again;
// the cursor keeps its place in the value.
int onEdit(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag != ImGuiInputTextFlags_CallbackEdit) return 0;
  auto* ctx = static_cast<EditContext*>(data->UserData);
  Shown& s = *ctx->shown;
  const std::string now(data->Buf, static_cast<std::size_t>(data->BufTextLen));
  const std::string& before = s.display;
  std::size_t prefix = 0;
  while (prefix < before.size() && prefix < now.size() && before[prefix] == now[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < before.size() - prefix && suffix < now.size() - prefix &&
         before[before.size() - 1 - suffix] == now[now.size() - 1 - suffix])
    ++suffix;
  std::vector<std::size_t> kept;
  for (std::size_t p : s.soft) {
    if (p < prefix)
      kept.push_back(p);
    else if (p >= before.size() - suffix)
      kept.push_back(p + now.size() - before.size());
  }
  const std::size_t cursor = static_cast<std::size_t>(data->CursorPos);
  const std::size_t softBefore =
      static_cast<std::size_t>(std::count_if(kept.begin(), kept.end(), [&](std::size_t p) { return p < cursor; }));
  const std::size_t logicalCursor = cursor - softBefore;
  wrapInto(s, strip(now, kept), ctx->width);
  std::size_t shownCursor = logicalCursor;
  for (std::size_t p : s.soft)
    if (p <= shownCursor) ++shownCursor;
  if (s.display != now) {
    data->DeleteChars(0, data->BufTextLen);
    data->InsertChars(0, s.display.c_str());
  }
  data->CursorPos = data->SelectionStart = data->SelectionEnd = static_cast<int>(shownCursor);
  return 0;
}

}  // namespace

bool wrappedMultiline(const char* id, std::string& value, const ImVec2& size, int* lines) {
  const ImGuiID key = ImGui::GetID(id);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float boxWidth = size.x > 0 ? size.x : ImGui::GetContentRegionAvail().x;
  const float width = std::max(40.0f, boxWidth - style.FramePadding.x * 2 - style.ScrollbarSize - 2);
  Shown& s = shownById()[key];
  const bool active = ImGui::GetActiveID() == key;
  // While ImGui edits the box it owns the text: wrap again only between edits (or when the value came from
  // elsewhere: a load from the server, another tab).
  if (!active && (s.value != value || s.width != width || s.display.empty())) wrapInto(s, value, width);
  EditContext ctx{&s, width};
  std::string buffer = s.display;
  ImGui::InputTextMultiline(id, &buffer, size, ImGuiInputTextFlags_CallbackEdit, onEdit, &ctx);
  if (lines) *lines = static_cast<int>(std::count(s.display.begin(), s.display.end(), '\n')) + 1;
  if (s.value == value) return false;
  value = s.value;
  return true;
}

}  // namespace sxpool::web
