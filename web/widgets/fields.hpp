#pragma once
// Form fields bound to the draft: each reads its value from the editor's document, writes every change through
// DraftEditor::edit(path, …), draws the reviewer's comment above and the domain model's messages below, records its
// rectangle in the widget map as "field:<path>", and takes keyboard focus when the editor's jumpTo names it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/draft_editor.hpp"
#include "app/widget_map.hpp"
#include "sxpool/enum_table.hpp"
#include "sxpool/findings.hpp"

namespace sxpool::web {

// What every field widget needs.
struct Form {
  DraftEditor& editor;
  WidgetMap& widgets;
};

enum class LabelMode {
  Left,    // label in a fixed-width column, control beside it (wraps below when the label is long)
  Above,   // label on its own line (long texts)
  Hidden,  // inside a table cell: the column header names it
};

struct FieldOpts {
  const char* unit = nullptr;  // 万元, 平方米, 人: shown in the label and after the control
  const char* hint = nullptr;  // placeholder text
  LabelMode label = LabelMode::Left;
  float width = 0;       // control width; 0 = the rest of the line
  bool required = true;  // a red * before the label

  FieldOpts& withUnit(const char* u) {
    unit = u;
    return *this;
  }
  FieldOpts& withHint(const char* h) {
    hint = h;
    return *this;
  }
  FieldOpts& withWidth(float w) {
    width = w;
    return *this;
  }
  FieldOpts& inCell() {
    label = LabelMode::Hidden;
    return *this;
  }
  FieldOpts& optional() {
    required = false;
    return *this;
  }
};

// Accessors for the field templates below: SXPOOL_AT(basic.name) reads and writes app.basic.name;
// SXPOOL_ROW(staff, i, name) app.staff[i].name.
#define SXPOOL_AT(member) \
  [](auto& a_) -> auto& { return a_.member; }
#define SXPOOL_ROW(table, i, member) \
  [i](auto& a_) -> auto& { return a_.table[i].member; }

// Character limits of a long text, for the live counter.
struct TextLimits {
  int target = 0;  // “400字左右”; 0 = none
  int min = 0;     // below: amber
  int max = 0;     // above: red (or amber when target is set, the domain only warns then)
};

// ---- building blocks (the field functions below use these; steps use them for custom controls) ----

// Colour of a severity: red error, amber warning, blue manual review.
unsigned severityColor(Severity s);
void drawFinding(const Finding& f);
void drawFindings(const Findings& findings);
// Messages at `path` (and under it, unless `exactOnly`) as the editor shows them (touched fields, or all).
void drawFieldMessages(Form& form, const std::string& path, bool exactOnly = false);
// The reviewer's comment for `path` (退回修改), highlighted; nothing when there is none.
void drawReviewerComment(Form& form, const std::string& path);
// A control (the last item) narrower than `text`: the whole text in a tooltip while hovered or focused (value
// "cut:<path>" names it; "tooltip" holds the text shown).
void showWholeWhenCut(Form& form, const std::string& path, const std::string& text);
// True once when the editor asks to jump to `path`: scrolls here; the caller focuses its next control.
bool takeJump(Form& form, const std::string& path);
// A heading inside a step that a jump to `path` (a section such as "experts") scrolls to.
void sectionHeading(Form& form, const std::string& path, const char* title);

// Keyboard focus for a jump target: a text input is focused (and activated) before it is drawn; any other control
// (checkbox, combo, radio) after it, without activating it (that would toggle or open it).
void focusNextInput();
void focusLastItem();

// Label + comment before a control; true when the control is the editor's jump target (the caller focuses it).
// `endField` records the rectangle in the widget map and draws the messages.
bool beginField(Form& form, const std::string& path, const char* label, const FieldOpts& opts);
void endField(Form& form, const std::string& path, const FieldOpts& opts);

// Raw controls on a local value; true when the user changed it this frame.
bool textInput(Form& form, const std::string& path, const char* label, std::string& value, const FieldOpts& opts,
               int flags = 0);
bool longTextInput(Form& form, const std::string& path, const char* label, std::string& value, const TextLimits& limits,
                   const FieldOpts& opts, float lines = 5);
bool checkInput(Form& form, const std::string& path, const char* label, bool& value);
// A combo over `labels`; `index` is the chosen one.
bool comboInput(Form& form, const std::string& path, const char* label, int& index,
                const std::vector<std::string_view>& labels, const FieldOpts& opts);

// Typed values that may not parse yet: the text lives in editor.buffers()[path] until it does.
// Returns the new text when the user edited it this frame. `shown` is the document's value as text.
std::optional<std::string> bufferedInput(Form& form, const std::string& path, const char* label,
                                         const std::string& shown, const FieldOpts& opts, int flags = 0);
// Why a buffered text is refused ("" when it parses); the message names the field and the expected format.
std::string bufferProblem(const std::string& path, const std::string& text);
// Every buffered text that does not parse, as error findings (rule "input.format"): shown on the review page too.
Findings bufferFindings(const DraftEditor& editor);
std::optional<Count> parseCount(std::string_view text);
std::string counterText(int chars, const TextLimits& limits);

// ---- fields bound to the document through an accessor `get` (a generic lambda: `[](auto& a) -> auto& {…}`) ----

template <typename Get>
void textField(Form& form, const std::string& path, const char* label, Get get, const FieldOpts& opts = {},
               int flags = 0) {
  std::string value = get(form.editor.app());
  if (textInput(form, path, label, value, opts, flags)) form.editor.edit(path, [&](Application& a) { get(a) = value; });
}

template <typename Get>
void longTextField(Form& form, const std::string& path, const char* label, Get get, const TextLimits& limits,
                   FieldOpts opts = {}, float lines = 5) {
  opts.label = opts.label == LabelMode::Hidden ? LabelMode::Hidden : LabelMode::Above;
  std::string value = get(form.editor.app());
  if (longTextInput(form, path, label, value, limits, opts, lines))
    form.editor.edit(path, [&](Application& a) { get(a) = value; });
}

template <typename Get>
void checkField(Form& form, const std::string& path, const char* label, Get get) {
  bool value = get(form.editor.app());
  if (checkInput(form, path, label, value)) form.editor.edit(path, [&](Application& a) { get(a) = value; });
}

template <typename E, typename Get>
void enumField(Form& form, const std::string& path, const char* label, Get get, const FieldOpts& opts = {}) {
  std::vector<std::string_view> labels;
  int index = -1;
  const E current = get(form.editor.app());
  for (const auto& e : entriesOf<E>()) {
    if (e.value == current) index = static_cast<int>(labels.size());
    labels.push_back(e.label);
  }
  if (comboInput(form, path, label, index, labels, opts)) {
    const E chosen = entriesOf<E>()[index].value;
    form.editor.edit(path, [&](Application& a) { get(a) = chosen; });
  }
}

// Applies a buffered text: empty → unset, parsed → set, else kept in the buffer only. While the field is being
// typed in, the typed text stays in the buffer (ImGui's active field must keep showing exactly what was typed, or
// it writes it back every frame); bufferedInput drops it when the field loses focus, and then the document's
// formatted value shows ("500" → "500.00").
template <typename T, typename Parse, typename Get>
void applyBuffered(Form& form, const std::string& path, const std::string& text, Parse parse, Get get) {
  auto& buffers = form.editor.buffers();
  if (text.find_first_not_of(" \t") == std::string::npos) {
    buffers.erase(path);
    if (get(form.editor.app()).has_value()) form.editor.edit(path, [&](Application& a) { get(a) = std::nullopt; });
  } else if (std::optional<T> v = parse(text)) {
    buffers[path] = text;
    if (get(form.editor.app()) != v) form.editor.edit(path, [&](Application& a) { get(a) = *v; });
  } else {
    buffers[path] = text;
  }
}

std::string formatCount(const std::optional<Count>& v);
std::string formatOptionalDecimal(const std::optional<Decimal2>& v);
std::string formatOptionalDate(const std::optional<Date>& v);
std::optional<Date> parseDateText(std::string_view text);
std::optional<Decimal2> parseDecimalText(std::string_view text);

// 万元 / 平方米 with two decimals.
template <typename Get>
void decimalField(Form& form, const std::string& path, const char* label, Get get, FieldOpts opts = {}) {
  if (opts.width == 0 && opts.label != LabelMode::Hidden) opts.width = 180;
  const std::string shown = formatOptionalDecimal(get(form.editor.app()));
  if (auto text = bufferedInput(form, path, label, shown, opts))
    applyBuffered<Decimal2>(form, path, *text, parseDecimalText, get);
}

// Whole numbers (人, 家, 场, 个).
template <typename Get>
void countField(Form& form, const std::string& path, const char* label, Get get, FieldOpts opts = {}) {
  if (opts.width == 0 && opts.label != LabelMode::Hidden) opts.width = 180;
  const std::string shown = formatCount(get(form.editor.app()));
  if (auto text = bufferedInput(form, path, label, shown, opts))
    applyBuffered<Count>(form, path, *text, parseCount, get);
}

// YYYY-MM-DD.
template <typename Get>
void dateField(Form& form, const std::string& path, const char* label, Get get, FieldOpts opts = {}) {
  if (opts.width == 0 && opts.label != LabelMode::Hidden) opts.width = 180;
  if (!opts.hint) opts.hint = "YYYY-MM-DD";
  const std::string shown = formatOptionalDate(get(form.editor.app()));
  if (auto text = bufferedInput(form, path, label, shown, opts))
    applyBuffered<Date>(form, path, *text, parseDateText, get);
}

}  // namespace sxpool::web
