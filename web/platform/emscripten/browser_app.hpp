#pragma once
#include <SDL.h>

#include <cstdint>

#include "app/app.hpp"
#include "app/font_library.hpp"
#include "platform/emscripten/fetch_client.hpp"
#include "platform/emscripten/indexeddb_store.hpp"

namespace sxpool::web {

// The browser host: SDL2 window with a WebGL2 context, ImGui's SDL2 + OpenGL3 backends, the idle-aware loop,
// font tiers fetched on demand. Everything the app sees goes through AppContext.
class BrowserApp {
 public:
  BrowserApp();
  int run();  // never returns in the browser (emscripten_set_main_loop)
  void tick();
  long framesRendered() const { return frames_.framesRendered(); }
  long framesPresented() const { return framesPresented_; }  // of those, the ones rasterised (the others drew the same)
  std::string widgetMapJson() const { return widgets_.toJson(); }  // the page's widget map (browser tests)
  void noteText(std::string_view text) {
    if (glyphs_.note(text)) frames_.wake();
  }
  App& app() { return app_; }
  void wake() { frames_.wake(); }

 private:
  void prepareFirstFrame();
  void rebuildFontsIfNeeded(float framebufferScale);
  bool installUiAtlas(float pixelSize, float scale);  // the prebuilt atlas of the UI's text, if it fits
  void growGlyphsToUi(bool idle);
  void markFirstFrames();  // for benchmarks: Module.firstFrameAt, Module.firstInteractiveAt
  void fetchFontTierIfNeeded();
  void reportFonts();  // into the widget map, for the browser tests
  void connectMaterials();

 public:
  // The material slot under a point (CSS pixels) for a dropped file: "kind|maxBytes|uploadUrl", or "".
  std::string dropTarget(float x, float y) const;
  std::string takeFrameStats();

 private:
  struct FrameStats {
    long count = 0;
    double totalMs = 0, maxMs = 0;
    void add(double ms) {
      ++count;
      totalMs += ms;
      if (ms > maxMs) maxMs = ms;
    }
  } frameStats_;

  FrameScheduler frames_;
  GlyphSet glyphs_;
  FontLibrary fonts_;
  WidgetMap widgets_;
  FetchClient http_;
  IndexedDbStore local_;
  App app_;
  SDL_Window* window_ = nullptr;
  SDL_GLContext gl_ = nullptr;
  float atlasScale_ = 0;
  bool fontTextureCreated_ = false;
  int fetchingTier_ = -1;
  double fontRetryAt_ = 0;
  bool interactiveMarked_ = false;
  std::uint64_t presentedFingerprint_ = 0;
  long framesPresented_ = 0;
};

BrowserApp& browserApp();

}  // namespace sxpool::web
