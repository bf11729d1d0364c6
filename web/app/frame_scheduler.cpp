#include "app/frame_scheduler.hpp"

#include <algorithm>

namespace sxpool::web {

void FrameScheduler::wake(int frames) { pendingFrames_ = std::max(pendingFrames_, frames); }

void FrameScheduler::wakeAt(double seconds) {
  if (timerAt_ < 0 || seconds < timerAt_) timerAt_ = seconds;
}

bool FrameScheduler::shouldRender(double now) {
  if (timerAt_ >= 0 && now >= timerAt_) {
    timerAt_ = -1.0;
    wake();
  }
  if (pendingFrames_ <= 0) return false;
  --pendingFrames_;
  ++framesRendered_;
  return true;
}

}  // namespace sxpool::web
