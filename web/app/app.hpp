#pragma once
#include <string>

#include "app/frame_scheduler.hpp"
#include "app/glyph_set.hpp"
#include "app/test_probe.hpp"
#include "platform/http_client.hpp"

namespace sxpool::web {

// What every view may use: the server, the frame scheduler (to ask for a redraw), the glyph set (to announce
// text that arrived from outside), the probe for tests. Views never reach the network or storage otherwise.
struct AppContext {
    HttpClient& http;
    FrameScheduler& frames;
    GlyphSet& glyphs;
    TestProbe& probe;
};

struct ServerStatus {
    enum class State { Checking, Online, Offline } state = State::Checking;
    std::string detail;
};

// The app's state and its one entry point per frame. Platform code owns the loop and calls draw().
class App {
public:
    explicit App(AppContext ctx);
    void start();  // first requests (health)
    void draw();

    // Public for the views of this app.
    AppContext ctx;
    ServerStatus server;
    std::string scratchText;  // the home screen's input trial field
};

}  // namespace sxpool::web
