#pragma once
// A fingerprint of one frame's ImGui draw data: two frames with the same fingerprint put the same pixels on the
// canvas, so the second need not be rasterised. ImGui is run for a few frames after every event so that its layout
// settles, and most of those frames draw exactly what the one before drew; skipping their GL work saves the
// (software-rendered, on many office machines) fill of the whole canvas each time.
#include <cstdint>

#include "imgui.h"

namespace sxpool::web {

std::uint64_t drawDataFingerprint(const ImDrawData& data);

}  // namespace sxpool::web
