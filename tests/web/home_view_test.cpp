#include <catch2/catch.hpp>

#include <functional>
#include <tuple>

#include "app/app.hpp"
#include "no_materials.hpp"
#include "imgui.h"
#include "platform/native/headless_imgui.hpp"
#include "platform/native/memory_store.hpp"
#include "views/views.hpp"

using namespace sxpool::web;
using sxpool::web::testing::NoMaterials;

namespace {

// An HttpClient that never answers: the first screen must draw while the server is still being asked.
class SilentHttp final : public HttpClient {
 public:
  void request(const std::string&, const std::string&, const std::string&, Callback) override {}
};

// The app on the sign-in screen (as after the server said there is no session), drawn headless.
struct SignInScreen {
  SignInScreen() {
    app.start();
    app.screen = Screen::SignIn;
    ui.frames(2, draw);
  }
  HeadlessImGui ui;
  SilentHttp http;
  MemoryStore store;
  NoMaterials materials;
  FrameScheduler frames;
  WidgetMap widgets;
  App app{{http, frames, ui.glyphs, widgets, store, materials, [] { return 0.0; }}};
  std::function<void()> draw = [this] {
    widgets.clearRects();
    drawScreen(app);
  };
};

}  // namespace

TEST_CASE("首屏：登录页不含诊断，帮助页的输入测试框收下中文与 ASCII") {
  SignInScreen s;
  auto [ui, widgets, app, draw] = std::tie(s.ui, s.widgets, s.app, s.draw);
  CHECK(widgets.values().at("screen") == "signin");
  CHECK(widgets.rects().count("input_trial") == 0);
  ui.click(widgets.rects().at("help_link"), draw);
  CHECK(widgets.values().at("screen") == "help");
  ui.click(widgets.rects().at("input_trial"), draw);
  ui.click(widgets.rects().at("scratch_input"), draw);
  ui.typeText("太原 Taiyuan", draw);
  CHECK(app.session.scratchText == "太原 Taiyuan");
  CHECK(app.session.server.state == ServerStatus::State::Checking);
}

TEST_CASE("空闲不绘制：事件后只画几帧") {
  FrameScheduler frames;
  int drawn = 0;
  for (int i = 0; i < 100; ++i) drawn += frames.shouldRender(i / 60.0) ? 1 : 0;
  CHECK(drawn == FrameScheduler::kSettleFrames);
  frames.wake();
  frames.wakeAt(5.0);
  drawn = 0;
  for (int i = 0; i < 600; ++i) drawn += frames.shouldRender(2.0 + i / 60.0) ? 1 : 0;
  CHECK(drawn == 2 * FrameScheduler::kSettleFrames);
}

TEST_CASE("字形集合：只记录新字") {
  GlyphSet glyphs;
  glyphs.clearChanged();
  CHECK_FALSE(glyphs.note("山西省"));  // UI text, already present
  CHECK(glyphs.note("喆"));
  CHECK(glyphs.changed());
}

TEST_CASE("字形集合：首屏只含登录页的字，随后补齐界面全部用字") {
  GlyphSet glyphs;
  const std::size_t firstScreen = glyphs.codepoints().size();
  CHECK_FALSE(glyphs.hasUiCodepoints());
  CHECK(glyphs.codepoints().count(U'登') == 1);  // 登录 (sign-in screen)
  CHECK(glyphs.codepoints().count(U'奖') == 0);  // 奖 appears only in wizard and domain text
  glyphs.clearChanged();
  CHECK(glyphs.addUiCodepoints());
  CHECK(glyphs.changed());
  CHECK(glyphs.hasUiCodepoints());
  CHECK(glyphs.codepoints().count(U'奖') == 1);
  CHECK(glyphs.codepoints().size() > firstScreen * 2);
  CHECK_FALSE(glyphs.addUiCodepoints());  // a second time adds nothing
}

TEST_CASE("字形图集：标题字体只含标题用字，正文字体含界面全部用字") {
  HeadlessImGui ui;
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  REQUIRE(atlas->Fonts.Size == 2);
  CHECK(atlas->Fonts[1]->FindGlyphNoFallback(static_cast<ImWchar>(U'审')) != nullptr);  // 审核队列
  CHECK(atlas->Fonts[1]->FindGlyphNoFallback(static_cast<ImWchar>(U'奖')) == nullptr);
  CHECK(atlas->Fonts[0]->FindGlyphNoFallback(static_cast<ImWchar>(U'奖')) != nullptr);
  CHECK(atlas->Fonts[0]->FindGlyphNoFallback(static_cast<ImWchar>(U'审')) != nullptr);
}

TEST_CASE("登录页：点击「申请机构注册」切换到注册表单") {
  SignInScreen s;
  auto [ui, widgets, app, draw] = std::tie(s.ui, s.widgets, s.app, s.draw);
  ui.click(widgets.rects().at("tab:register"), draw);
  ui.frames(2, draw);
  CHECK(widgets.rects().count("signin:uscc") == 1);
  CHECK(app.session.form.registering);
}
