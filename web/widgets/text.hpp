#pragma once

namespace sxpool::web {

// A heading in the atlas's larger font (crisp, unlike a scaled body font).
void drawHeading(const char* text);

}  // namespace sxpool::web
