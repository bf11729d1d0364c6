#include "platform/emscripten/browser_app.hpp"

#include <GLES3/gl3.h>
#include <emscripten.h>

#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"
#include "platform/emscripten/browser_downloads.hpp"
#include "platform/emscripten/browser_materials.hpp"
#include "platform/emscripten/text_bridge.hpp"
#include "views/views.hpp"
#include "widgets/draw_fingerprint.hpp"

#include <algorithm>
#include <string>

namespace sxpool::web {
namespace {

double nowSeconds() { return emscripten_get_now() / 1000.0; }

void applyStyle() {
  ImGui::StyleColorsLight();
  ImGuiStyle& s = ImGui::GetStyle();
  s.WindowPadding = ImVec2(24, 20);
  s.FramePadding = ImVec2(8, 6);
  s.ItemSpacing = ImVec2(10, 8);
  s.FrameRounding = 4;
  s.FrameBorderSize = 1;
  s.WindowBorderSize = 0;
  s.Colors[ImGuiCol_WindowBg] = ImVec4(0.98f, 0.98f, 0.97f, 1);
}

// The UI's atlas the page shell fetched for this devicePixelRatio (assets/shell/index.html), once it has
// arrived: its size (0 if none), then its bytes, taken once.
// The bodies of EM_JS are JavaScript, not C++.
// clang-format off
EM_JS(int, ui_atlas_size, (float scale), {
    var atlas = Module.uiAtlas;
    return atlas && atlas.scale === scale ? atlas.bytes.length : 0;
});
EM_JS(void, take_ui_atlas, (char* dst), {
    HEAPU8.set(Module.uiAtlas.bytes, dst);
    delete Module.uiAtlas;
});
EM_JS(void, js_announce_save, (const char* key, double revision), {
    if (Module.sxpoolTabs) Module.sxpoolTabs.announce(UTF8ToString(key), revision);
});
// clang-format on

}  // namespace

BrowserApp& browserApp() {
  static BrowserApp app;
  return app;
}

BrowserApp::BrowserApp()
    : http_([this] { frames_.wake(); }),
      local_([this] { frames_.wake(); }),
      app_(AppContext{http_, frames_, glyphs_, widgets_, local_, BrowserMaterials::instance(), nowSeconds,
                      &BrowserDownloads::instance(), [](const std::string& key, long revision) {
                        js_announce_save(key.c_str(), static_cast<double>(revision));
                      }}) {
  connectMaterials();
  setTextProbe(&widgets_);
}

// Uploaded files go into the application's list of materials (the server holds them, a draft never carries them);
// removing one removes it on the server.
void BrowserApp::connectMaterials() {
  BrowserMaterials::Hooks hooks;
  hooks.applicationId = [this] { return app_.applicationId(); };
  hooks.uploaded = [this](const api::MaterialView& m) { app_.materialUploaded(m); };
  hooks.removeUploaded = [this](MaterialKind kind) { app_.removeMaterial(kind); };
  hooks.sha256Of = [this](MaterialKind kind) {
    for (const auto& m : app_.shownDocument().materials)
      if (m.kind == kind) return m.sha256;
    return std::string();
  };
  hooks.wake = [this] { frames_.wake(); };
  hooks.note = [this](std::string_view text) {
    if (glyphs_.note(text)) frames_.wake();
  };
  BrowserMaterials::instance().setHooks(std::move(hooks));
}

std::string BrowserApp::takeFrameStats() {
  char buf[128];
  std::snprintf(buf, sizeof buf, "{\"frames\":%ld,\"meanMs\":%.3f,\"maxMs\":%.3f}", frameStats_.count,
                frameStats_.count ? frameStats_.totalMs / frameStats_.count : 0.0, frameStats_.maxMs);
  frameStats_ = FrameStats{};
  return buf;
}

std::string BrowserApp::dropTarget(float x, float y) const {
  const long id = app_.applicationId();
  if (id == 0 || app_.screen != Screen::Wizard) return {};
  // A file dropped on a material's row goes to that material: the row is the band of its buttons.
  for (const auto& [name, r] : widgets_.rects()) {
    if (name.rfind("material:", 0) != 0 || y < r.y || y > r.y + r.h) continue;
    const std::string kind = name.substr(9, name.find(':', 9) - 9);
    return kind + "|" + std::to_string(BrowserMaterials::instance().maxFileBytes()) + "|api/v1/applications/" +
           std::to_string(id) + "/materials/" + kind;
  }
  (void)x;
  return {};
}

int BrowserApp::run() {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
    emscripten_log(EM_LOG_ERROR, "SDL 初始化失败：%s", SDL_GetError());
    return 1;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  window_ = SDL_CreateWindow("山西省优质中小企业服务资源库", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800,
                             SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  gl_ = SDL_GL_CreateContext(window_);
  if (!window_ || !gl_) {
    emscripten_log(EM_LOG_ERROR, "无法创建 WebGL2 上下文：%s", SDL_GetError());
    return 1;
  }
  SDL_GL_MakeCurrent(window_, gl_);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is code; nothing to persist
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  applyStyle();
  ImGui_ImplSDL2_InitForOpenGL(window_, gl_);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  TextBridge::instance().install(io, glyphs_);

  app_.start();
  prepareFirstFrame();
  EM_ASM({ Module.sxpoolBridge.loaded(); });
  emscripten_set_main_loop_arg([](void* self) { static_cast<BrowserApp*>(self)->tick(); }, this, 0, false);
  return 0;
}

void BrowserApp::tick() {
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    frames_.wake();
  }
  auto& bridge = TextBridge::instance();
  if (bridge.hasPending()) frames_.wake();
  fetchFontTierIfNeeded();
  app_.tick(nowSeconds());
  if (!frames_.shouldRender(nowSeconds())) {
    growGlyphsToUi(true);
    return;
  }
  growGlyphsToUi(false);

  const double frameStart = emscripten_get_now();
  ImGuiIO& io = ImGui::GetIO();
  ImGui_ImplSDL2_NewFrame();
  rebuildFontsIfNeeded(io.DisplayFramebufferScale.x);
  ImGui_ImplOpenGL3_NewFrame();
  if (io.DeltaTime <= 0.0f) io.DeltaTime = 1.0f / 1000.0f;  // a stopped clock (virtual time) must not assert
  bridge.feed(io, (SDL_GetModState() & (KMOD_CTRL | KMOD_GUI)) != 0);
  ImGui::NewFrame();
  widgets_.clearRects();
  drawScreen(app_);
  ImGui::Render();
  // A frame that draws what the canvas already shows is not rasterised again: WebGL keeps showing the last
  // drawing buffer until something is drawn into it.
  const std::uint64_t fingerprint = drawDataFingerprint(*ImGui::GetDrawData());
  if (fingerprint != presentedFingerprint_) {
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(0.98f, 0.98f, 0.97f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    presentedFingerprint_ = fingerprint;
    ++framesPresented_;
  }
  bridge.sync(io);
  frameStats_.add(emscripten_get_now() - frameStart);
  markFirstFrames();
  // ImGui trickles queued input over several frames (one key change per frame): keep drawing until it is done.
  if (!ImGui::GetCurrentContext()->InputEventsQueue.empty()) frames_.wake(1);
}

// The first atlas holds only the first screen's glyphs (sign-in: a few hundred, not every UI character), so
// the first frame comes sooner; it grows to the whole UI text once idle, or before any other screen is drawn.
void BrowserApp::growGlyphsToUi(bool idle) {
  if (glyphs_.hasUiCodepoints()) return;
  const bool firstScreen = app_.screen == Screen::Loading || app_.screen == Screen::SignIn;
  if (firstScreen && !(idle && app_.screen == Screen::SignIn)) return;
  glyphs_.addUiCodepoints();
  if (idle) frames_.wake(1);
}

void BrowserApp::markFirstFrames() {
  if (frames_.framesRendered() == 1) EM_ASM({ Module.firstFrameAt = performance.now(); });
  if (!interactiveMarked_ && app_.screen != Screen::Loading) {
    interactiveMarked_ = true;
    EM_ASM({ Module.firstInteractiveAt = performance.now(); });
  }
}

// The font atlas, the renderer's shaders and its font texture, made while the browser has yet to ask for the
// first frame rather than in it (and without ImGui's default font, which the OpenGL backend would otherwise build
// and upload before the app's atlas replaces it).
void BrowserApp::prepareFirstFrame() {
  int w = 0, h = 0, drawableW = 0, drawableH = 0;
  SDL_GetWindowSize(window_, &w, &h);
  SDL_GL_GetDrawableSize(window_, &drawableW, &drawableH);
  rebuildFontsIfNeeded(w > 0 ? static_cast<float>(drawableW) / w : 1.0f);  // as ImGui_ImplSDL2_NewFrame does
  ImGui_ImplOpenGL3_CreateDeviceObjects();
  fontTextureCreated_ = true;
}

// Between frames: the atlas holds exactly the needed glyphs at device resolution, so text stays crisp on HiDPI.
// The first one is the UI's text as rasterised at build time, when the shell fetched it for this pixel ratio.
void BrowserApp::rebuildFontsIfNeeded(float framebufferScale) {
  ImGuiIO& io = ImGui::GetIO();
  const float scale = framebufferScale > 0 ? framebufferScale : 1.0f;
  if (!glyphs_.changed() && !fonts_.changed() && scale == atlasScale_) return;
  const float pixelSize = FontLibrary::kBodySize * scale;
  const bool prebuilt = atlasScale_ == 0 && installUiAtlas(pixelSize, scale);
  if (!prebuilt) fonts_.buildAtlas(*io.Fonts, glyphs_, pixelSize);
  if (atlasScale_ == 0) widgets_.setValue("font_first_atlas", prebuilt ? "prebuilt" : "built");
  io.FontGlobalScale = 1.0f / scale;
  if (fontTextureCreated_) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    presentedFingerprint_ = 0;  // the same vertices now sample another texture
  }
  glyphs_.clearChanged();
  atlasScale_ = scale;
  reportFonts();
}

bool BrowserApp::installUiAtlas(float pixelSize, float scale) {
  const int size = ui_atlas_size(scale);
  if (size <= 0) return false;
  std::string bytes(static_cast<std::size_t>(size), '\0');
  take_ui_atlas(bytes.data());
  return fonts_.installUiSnapshot(*ImGui::GetIO().Fonts, glyphs_, pixelSize, bytes);
}

void BrowserApp::reportFonts() {
  std::string tiers;
  for (int t = 0; t < FontLibrary::kTierCount; ++t)
    if (fonts_.loaded(t)) tiers += std::to_string(t);
  widgets_.setValue("font_tiers", tiers);
  widgets_.setValue("font_missing", std::to_string(fonts_.missing()));
  widgets_.setValue("font_glyphs", std::to_string(glyphs_.codepoints().size()));
}

// A needed character in no loaded tier fetches the next tier; after the first frame GB2312 is fetched anyway,
// so that a name typed a moment later already has its glyphs.
void BrowserApp::fetchFontTierIfNeeded() {
  if (fetchingTier_ >= 0 || nowSeconds() < fontRetryAt_) return;
  int tier = fonts_.tierToFetch(glyphs_);
  if (tier < 0 && frames_.framesRendered() > 0 && !fonts_.loaded(1)) tier = 1;
  if (tier < 0) return;
  fetchingTier_ = tier;
  http_.get(FontLibrary::kTierPaths[tier], [this, tier](const HttpResponse& r) {
    if (r.status == 200) {
      fonts_.setTier(tier, r.body);
    } else {
      fontRetryAt_ = nowSeconds() + 10.0;
      frames_.wakeAt(fontRetryAt_);
    }
    fetchingTier_ = -1;
    reportFonts();
  });
}

}  // namespace sxpool::web

extern "C" {
EMSCRIPTEN_KEEPALIVE long sxpool_frames_rendered() { return sxpool::web::browserApp().framesRendered(); }
EMSCRIPTEN_KEEPALIVE long sxpool_frames_presented() { return sxpool::web::browserApp().framesPresented(); }

// {"frames":N,"meanMs":…,"maxMs":…} of the CPU time per drawn frame since the last call (benchmarks).
EMSCRIPTEN_KEEPALIVE const char* sxpool_frame_stats() {
  static std::string json;
  json = sxpool::web::browserApp().takeFrameStats();
  return json.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* sxpool_drop_target(float x, float y) {
  static std::string target;
  target = sxpool::web::browserApp().dropTarget(x, y);
  return target.c_str();
}

// The glyph tests: text as it reaches the app from outside (noted, so the atlas grows to it), and the characters
// of a text the atlas now lacks (they would draw as the replacement glyph).
EMSCRIPTEN_KEEPALIVE void sxpool_draft_saved_elsewhere(const char* key, double revision) {
  sxpool::web::browserApp().app().savedElsewhere(key ? key : "", static_cast<long>(revision));
  sxpool::web::browserApp().wake();
}
EMSCRIPTEN_KEEPALIVE void sxpool_tab_focused() {
  sxpool::web::browserApp().app().regainedFocus();
  sxpool::web::browserApp().wake();
}
EMSCRIPTEN_KEEPALIVE void sxpool_note_text(const char* text) { sxpool::web::browserApp().noteText(text ? text : ""); }
EMSCRIPTEN_KEEPALIVE const char* sxpool_missing_glyphs(const char* text) {
  static std::string missing;
  missing = sxpool::web::missingGlyphs(text ? text : "");
  return missing.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* sxpool_probe_json() {
  static std::string json;
  json = sxpool::web::browserApp().widgetMapJson();
  return json.c_str();
}
}
