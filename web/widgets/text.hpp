#pragma once

namespace sxpool::web {

// A heading in the atlas's larger font (crisp, unlike a scaled body font). Pass literal text only: the heading font
// holds just the characters of drawHeading("…") literals and the system name (scripts/make_fonts.py).
void drawHeading(const char* text);

}  // namespace sxpool::web
