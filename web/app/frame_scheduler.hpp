#pragma once

namespace sxpool::web {

// Decides whether a tick draws a frame. ImGui would redraw every tick; we draw only after something happened
// (input, a network reply, a font arriving, a timer the app set) plus a few frames for ImGui's own settling.
class FrameScheduler {
 public:
  static constexpr int kSettleFrames = 3;

  void wake(int frames = kSettleFrames);
  void wakeAt(double seconds);  // absolute time, same clock as shouldRender's `now`
  bool shouldRender(double now);
  long framesRendered() const { return framesRendered_; }

 private:
  int pendingFrames_ = kSettleFrames;  // the first frames draw the page
  double timerAt_ = -1.0;
  long framesRendered_ = 0;
};

}  // namespace sxpool::web
