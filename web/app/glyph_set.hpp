#pragma once
#include <cstdint>
#include <set>
#include <string_view>

namespace sxpool::web {

// The code points the font atlas must hold: the UI's own characters plus every character that reached the
// app since (typed, pasted, or received from the server). Keeping the atlas to these is what makes it cheap.
class GlyphSet {
 public:
  GlyphSet();  // starts with the first screen's code points (generated from the sources by scripts/make_fonts.py)

  // Adds every code point of the UI's own text (once the first screen is up: the atlas then grows to them).
  // Returns true when any was new.
  bool addUiCodepoints();
  bool hasUiCodepoints() const { return hasUi_; }

  // Adds the characters of `text`; returns true when at least one was new.
  bool note(std::string_view text);
  const std::set<std::uint32_t>& codepoints() const { return codepoints_; }
  bool changed() const { return changed_; }
  void clearChanged() { changed_ = false; }

 private:
  std::set<std::uint32_t> codepoints_;
  bool changed_ = true;
  bool hasUi_ = false;
};

}  // namespace sxpool::web
