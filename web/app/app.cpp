#include "app/app.hpp"

#include <nlohmann/json.hpp>

#include "views/views.hpp"

namespace sxpool::web {

App::App(AppContext c) : ctx(c) {}

void App::start() {
    ctx.http.get("api/v1/health", [this](const HttpResponse& r) {
        if (r.status == 200) {
            auto j = nlohmann::json::parse(r.body, nullptr, false);
            server.state = ServerStatus::State::Online;
            server.detail = j.is_object() && j.contains("version") && j["version"].is_string()
                                ? "版本 " + j["version"].get<std::string>()
                                : std::string();
        } else {
            server.state = ServerStatus::State::Offline;
            server.detail = r.status == 0 ? r.errorText : "服务器返回 " + std::to_string(r.status);
        }
        ctx.glyphs.note(server.detail);
        ctx.frames.wake();
    });
}

void App::draw() { drawHomeView(*this); }

}  // namespace sxpool::web
