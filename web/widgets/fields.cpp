#include "widgets/fields.hpp"

#include <cfloat>
#include <cstdint>

#include "app/utf8.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "sxpool/date.hpp"
#include "sxpool/money.hpp"
#include "sxpool/text.hpp"
#include "sxpool/validation.hpp"
#include "widgets/wrapped_input.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {
namespace {

constexpr float kLabelColumn = 290;

ImVec4 rgba(unsigned c) {
  return ImVec4(((c >> 16) & 0xFF) / 255.0f, ((c >> 8) & 0xFF) / 255.0f, (c & 0xFF) / 255.0f, 1);
}

std::string fieldId(const std::string& path) { return "##" + path; }

// Full-width digits and signs (输入法全角) become ASCII, surrounding spaces (incl. U+3000) go.
std::string normalizeNumberText(std::string_view text) {
  std::string out;
  forEachCodepoint(trimmed(text), [&](std::uint32_t cp) {
    if (cp >= 0xFF10 && cp <= 0xFF19)
      out += static_cast<char>('0' + (cp - 0xFF10));
    else if (cp == 0xFF0E)
      out += '.';
    else if (cp == 0xFF0D || cp == 0x2212)
      out += '-';
    else if (cp == 0xFF0B)
      out += '+';
    else if (cp < 0x80)
      out += static_cast<char>(cp);
    else
      out += '?';  // anything else cannot parse; keeps the text refused
  });
  return out;
}

enum class ValueKind { Date, Decimal, Count };

ValueKind kindOfPath(const std::string& path) {
  const std::string key = path.substr(path.find_last_of('.') + 1);
  for (const char* k : {"foundedOn", "fillDate", "agreementDate", "date"})
    if (key == k) return ValueKind::Date;
  for (const char* k : {"registeredCapital", "serviceAssets", "serviceArea", "revenue", "profit"})
    if (key == k) return ValueKind::Decimal;
  return ValueKind::Count;
}

void drawColoredWrapped(unsigned color, const std::string& text) { wrappedTextColored(rgba(color), text); }

// Control done: its rectangle in the widget map and the unit after it.
void finishControl(Form& form, const std::string& path, const FieldOpts& opts) {
  recordLastItem(form.widgets, ("field:" + path).c_str());
  if (opts.unit && opts.label != LabelMode::Hidden) {
    ImGui::SameLine();
    ImGui::TextUnformatted(opts.unit);
  }
}

void drawFooter(Form& form, const std::string& path) {
  const auto& buffers = form.editor.buffers();
  if (auto it = buffers.find(path); it != buffers.end()) {
    const std::string problem = bufferProblem(path, it->second);
    if (!problem.empty()) drawColoredWrapped(severityColor(Severity::Error), "错误：" + problem);
  }
  drawFieldMessages(form, path);
}

}  // namespace

unsigned severityColor(Severity s) {
  switch (s) {
    case Severity::Error: return 0xC0261A;
    case Severity::Warning: return 0xB86E00;
    case Severity::NeedsManualReview: return 0x1F5FBF;
  }
  return 0x000000;
}

void drawFinding(const Finding& f) {
  drawColoredWrapped(severityColor(f.severity), std::string(labelOf(f.severity)) + "：" + f.message);
}

void drawFindings(const Findings& findings) {
  for (const Finding& f : findings) drawFinding(f);
}

void drawFieldMessages(Form& form, const std::string& path, bool exactOnly) {
  for (const Finding& f : form.editor.visibleAt(path))
    if (!exactOnly || f.path == path) drawFinding(f);
}

void drawReviewerComment(Form& form, const std::string& path) {
  const auto& comments = form.editor.reviewerComments();
  const auto it = comments.find(path);
  if (it == comments.end() || it->second.empty()) return;
  const std::string text = "审核意见：" + it->second;
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 size = wrappedTextSize(text, width - 8);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + size.y + 6),
                                            ImGui::GetColorU32(ImVec4(1.0f, 0.93f, 0.60f, 1)), 3);
  ImGui::SetCursorScreenPos(ImVec2(pos.x + 4, pos.y + 3));
  wrappedTextColored(rgba(0x6B4000), text, width - 8);
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + size.y + 8));
}

bool takeJump(Form& form, const std::string& path) {
  if (form.editor.jumpTo != path) return false;
  form.editor.jumpTo.clear();
  ImGui::SetScrollHereY(0.25f);
  return true;
}

void sectionHeading(Form& form, const std::string& path, const char* title) {
  takeJump(form, path);
  ImGui::SeparatorText(title);
  drawReviewerComment(form, path);
}

void focusNextInput() {
  ImGui::SetWindowFocus();  // the nav focus scope must be this window's for the request to land (ImGui 1.90)
  ImGui::SetKeyboardFocusHere();
}

void focusLastItem() {
  ImGui::SetWindowFocus();
  ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
  ImGui::GetCurrentContext()->NavDisableHighlight = false;
}

bool beginField(Form& form, const std::string& path, const char* label, const FieldOpts& opts) {
  drawReviewerComment(form, path);
  const bool jump = takeJump(form, path);
  if (opts.label != LabelMode::Hidden) {
    const float x0 = ImGui::GetCursorPosX();
    ImGui::AlignTextToFramePadding();
    if (opts.required) {
      ImGui::TextColored(rgba(severityColor(Severity::Error)), "*");
      ImGui::SameLine(0, 2);
    }
    std::string text = label;
    if (opts.unit) text += std::string("（") + opts.unit + "）";
    ImGui::TextUnformatted(text.c_str());
    if (opts.label == LabelMode::Left && ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x < x0 + kLabelColumn - 8)
      ImGui::SameLine(x0 + kLabelColumn);
  }
  if (opts.width > 0)
    ImGui::SetNextItemWidth(opts.width);
  else if (opts.unit && opts.label != LabelMode::Hidden)
    ImGui::SetNextItemWidth(-(ImGui::CalcTextSize(opts.unit).x + ImGui::GetStyle().ItemSpacing.x));
  else
    ImGui::SetNextItemWidth(-FLT_MIN);
  return jump;
}

void endField(Form& form, const std::string& path, const FieldOpts& opts) {
  finishControl(form, path, opts);
  drawFooter(form, path);
}

void showWholeWhenCut(Form& form, const std::string& path, const std::string& text) {
  if (text.empty()) return;
  const float room = ImGui::GetItemRectSize().x - ImGui::GetStyle().FramePadding.x * 2;
  if (ImGui::CalcTextSize(text.c_str()).x <= room) return;
  form.widgets.setValue("cut:" + path, text);
  if (!ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && !ImGui::IsItemFocused() && !ImGui::IsItemActive())
    return;
  ImGui::BeginTooltip();
  wrappedText(text, 360);
  ImGui::EndTooltip();
  form.widgets.setValue("tooltip", text);
}

bool textInput(Form& form, const std::string& path, const char* label, std::string& value, const FieldOpts& opts,
               int flags) {
  if (beginField(form, path, label, opts)) focusNextInput();
  const bool changed = ImGui::InputTextWithHint(fieldId(path).c_str(), opts.hint ? opts.hint : "", &value, flags);
  if (opts.label == LabelMode::Hidden) showWholeWhenCut(form, path, value);  // a cell narrower than its text
  endField(form, path, opts);
  return changed;
}

std::string counterText(int chars, const TextLimits& limits) {
  std::string text = "已输入 " + std::to_string(chars) + " 字";
  if (limits.target > 0)
    text += "，建议 " + std::to_string(limits.target) + " 字左右";
  else if (limits.max > 0)
    text += "，最多 " + std::to_string(limits.max) + " 字";
  return text;
}

bool longTextInput(Form& form, const std::string& path, const char* label, std::string& value, const TextLimits& limits,
                   const FieldOpts& opts, float lines) {
  if (beginField(form, path, label, opts)) focusNextInput();
  const float height = ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2;
  int shownLines = 0;  // wraps at the box's width as a textarea does (no grey copy below)
  const bool changed =
      wrappedMultiline(fieldId(path).c_str(), value, ImVec2(ImGui::GetContentRegionAvail().x, height), &shownLines);
  form.widgets.setValue("lines:" + path, std::to_string(shownLines));
  finishControl(form, path, opts);
  const int chars = static_cast<int>(utf8Length(value));
  unsigned color = 0x6A6A6A;
  if (limits.target > 0 && chars > 0 &&
      ((limits.min > 0 && chars < limits.min) || (limits.max > 0 && chars > limits.max)))
    color = severityColor(Severity::Warning);
  else if (limits.target == 0 && limits.max > 0 && chars > limits.max)
    color = severityColor(Severity::Error);
  ImGui::TextColored(rgba(color), "%s", counterText(chars, limits).c_str());
  recordLastItem(form.widgets, ("counter:" + path).c_str());
  form.widgets.setValue("counter:" + path, counterText(chars, limits));
  drawFooter(form, path);
  return changed;
}

bool checkInput(Form& form, const std::string& path, const char* label, bool& value) {
  drawReviewerComment(form, path);
  const bool jump = takeJump(form, path);
  bool changed = ImGui::Checkbox(fieldId(path).c_str(), &value);
  if (jump) focusLastItem();
  recordLastItem(form.widgets, ("field:" + path).c_str());
  if (label && *label) {
    // A wrapped label (commitments are long sentences); clicking it toggles like the box.
    ImGui::SameLine();
    wrappedText(label);
    if (ImGui::IsItemClicked()) {  // never true while disabled
      value = !value;
      changed = true;
    }
  }
  drawFooter(form, path);
  return changed;
}

bool comboInput(Form& form, const std::string& path, const char* label, int& index,
                const std::vector<std::string_view>& labels, const FieldOpts& opts) {
  const bool jump = beginField(form, path, label, opts);
  const std::string preview = index >= 0 && index < static_cast<int>(labels.size()) ? std::string(labels[index]) : "";
  bool changed = false;
  if (ImGui::BeginCombo(fieldId(path).c_str(), preview.c_str())) {
    for (int i = 0; i < static_cast<int>(labels.size()); ++i) {
      ImGui::PushID(i);
      const bool selected = i == index;
      if (ImGui::Selectable(std::string(labels[i]).c_str(), selected) && !selected) {
        index = i;
        changed = true;
      }
      if (selected) ImGui::SetItemDefaultFocus();
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  if (opts.label == LabelMode::Hidden) showWholeWhenCut(form, path, preview);
  if (jump) focusLastItem();
  endField(form, path, opts);
  form.widgets.setValue("field:" + path,
                        index >= 0 && index < static_cast<int>(labels.size()) ? std::string(labels[index]) : "");
  return changed;
}

std::optional<std::string> bufferedInput(Form& form, const std::string& path, const char* label,
                                         const std::string& shown, const FieldOpts& opts, int flags) {
  const auto& buffers = form.editor.buffers();
  const auto it = buffers.find(path);
  std::string text = it != buffers.end() ? it->second : shown;
  if (beginField(form, path, label, opts)) focusNextInput();
  const bool changed = ImGui::InputTextWithHint(fieldId(path).c_str(), opts.hint ? opts.hint : "", &text, flags);
  if (opts.label == LabelMode::Hidden) showWholeWhenCut(form, path, text);
  if (ImGui::IsItemDeactivated()) {  // focus left: a text that parsed gives way to the formatted value
    auto& all = form.editor.buffers();
    auto b = all.find(path);
    if (b != all.end() && bufferProblem(path, b->second).empty()) all.erase(b);
  }
  endField(form, path, opts);
  if (!changed) return std::nullopt;
  return text;
}

std::optional<Count> parseCount(std::string_view raw) {
  const std::string text = normalizeNumberText(raw);
  std::size_t i = 0;
  const bool negative = !text.empty() && text[0] == '-';
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) i = 1;
  if (i == text.size() || text.size() - i > 10) return std::nullopt;
  Count v = 0;
  for (; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    v = v * 10 + (text[i] - '0');
  }
  if (v > 1'000'000'000) return std::nullopt;
  return negative ? -v : v;
}

std::optional<Date> parseDateText(std::string_view text) { return parseDate(normalizeNumberText(text)); }
std::optional<Decimal2> parseDecimalText(std::string_view text) { return parseDecimal2(normalizeNumberText(text)); }

std::string bufferProblem(const std::string& path, const std::string& text) {
  const std::string shown = "填写的“" + text + "”";
  switch (kindOfPath(path)) {
    case ValueKind::Date:
      if (parseDateText(text) || isBlank(text)) return {};
      return fieldLabel(path) + shown +
             "不是有效日期，请按 YYYY-MM-DD 格式填写（如 2020-05-18），月、日不足两位时前面补 0";
    case ValueKind::Decimal:
      if (parseDecimalText(text) || isBlank(text)) return {};
      return fieldLabel(path) + shown + "不是有效数值，请只填写数字，最多两位小数（如 1234.50），不要加逗号或单位";
    case ValueKind::Count:
      if (parseCount(text) || isBlank(text)) return {};
      return fieldLabel(path) + shown + "不是整数，请只填写阿拉伯数字（如 25），不要加小数点或单位";
  }
  return {};
}

Findings bufferFindings(const DraftEditor& editor) {
  Findings out;
  for (const auto& [path, text] : editor.buffers()) {
    std::string problem = bufferProblem(path, text);
    if (!problem.empty()) out.push_back(Finding{path, "input.format", Severity::Error, std::move(problem)});
  }
  return out;
}

std::string formatCount(const std::optional<Count>& v) { return v ? std::to_string(*v) : std::string(); }
std::string formatOptionalDecimal(const std::optional<Decimal2>& v) { return v ? formatDecimal2(*v) : std::string(); }
std::string formatOptionalDate(const std::optional<Date>& v) { return v ? formatDate(*v) : std::string(); }

}  // namespace sxpool::web
