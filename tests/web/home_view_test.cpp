#include <catch2/catch.hpp>

#include "app/app.hpp"
#include "platform/native/headless_imgui.hpp"

namespace {

// An HttpClient that never answers: the home view must draw while the server is still being asked.
class SilentHttp final : public sxpool::web::HttpClient {
public:
    void request(const std::string&, const std::string&, const std::string&, Callback) override {}
};

}  // namespace

TEST_CASE("首屏：输入试用框收下中文与 ASCII") {
    sxpool::web::HeadlessImGui ui;
    SilentHttp http;
    sxpool::web::FrameScheduler frames;
    sxpool::web::TestProbe probe;
    sxpool::web::App app({http, frames, ui.glyphs, probe});
    app.start();
    auto draw = [&] { app.draw(); };
    ui.frames(2, draw);
    auto rect = probe.rects().at("scratch_input");
    ui.click(rect, draw);
    ui.typeText("太原 Taiyuan", draw);
    CHECK(app.scratchText == "太原 Taiyuan");
    CHECK(app.server.state == sxpool::web::ServerStatus::State::Checking);
}

TEST_CASE("空闲不绘制：事件后只画几帧") {
    sxpool::web::FrameScheduler frames;
    int drawn = 0;
    for (int i = 0; i < 100; ++i) drawn += frames.shouldRender(i / 60.0) ? 1 : 0;
    CHECK(drawn == sxpool::web::FrameScheduler::kSettleFrames);
    frames.wake();
    frames.wakeAt(5.0);
    drawn = 0;
    for (int i = 0; i < 600; ++i) drawn += frames.shouldRender(2.0 + i / 60.0) ? 1 : 0;
    CHECK(drawn == 2 * sxpool::web::FrameScheduler::kSettleFrames);
}

TEST_CASE("字形集合：只记录新字") {
    sxpool::web::GlyphSet glyphs;
    glyphs.clearChanged();
    CHECK_FALSE(glyphs.note("山西省"));  // UI text, already present
    CHECK(glyphs.note("喆"));
    CHECK(glyphs.changed());
}
