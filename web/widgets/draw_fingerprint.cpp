#include "widgets/draw_fingerprint.hpp"

#include <cstring>

namespace sxpool::web {
namespace {

// FNV-1a over 64-bit words: fast enough for a frame's few hundred kilobytes of vertices, and any changed vertex,
// index, clip rectangle or texture changes the result.
class Fingerprint {
 public:
  void add(const void* data, std::size_t size) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    std::size_t i = 0;
    for (; i + 8 <= size; i += 8) {
      std::uint64_t word = 0;
      std::memcpy(&word, bytes + i, 8);
      mix(word);
    }
    std::uint64_t tail = 0;
    if (size > i) std::memcpy(&tail, bytes + i, size - i);
    mix(tail ^ (static_cast<std::uint64_t>(size) << 56));
  }
  template <class T>
  void addValue(const T& value) {
    add(&value, sizeof value);
  }
  std::uint64_t value() const { return hash_; }

 private:
  void mix(std::uint64_t word) { hash_ = (hash_ ^ word) * 0x100000001b3ULL; }
  std::uint64_t hash_ = 0xcbf29ce484222325ULL;
};

}  // namespace

std::uint64_t drawDataFingerprint(const ImDrawData& data) {
  Fingerprint f;
  f.addValue(data.DisplayPos);
  f.addValue(data.DisplaySize);
  f.addValue(data.FramebufferScale);
  f.addValue(data.CmdListsCount);
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    f.add(list.VtxBuffer.Data, static_cast<std::size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert));
    f.add(list.IdxBuffer.Data, static_cast<std::size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      f.addValue(cmd.ClipRect);
      f.addValue(cmd.TextureId);
      f.addValue(cmd.VtxOffset);
      f.addValue(cmd.IdxOffset);
      f.addValue(cmd.ElemCount);
      f.addValue(cmd.UserCallback);
      f.addValue(cmd.UserCallbackData);
    }
  }
  return f.value();
}

}  // namespace sxpool::web
