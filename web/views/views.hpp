#pragma once

namespace sxpool::web {
class App;

// One function per screen.
void drawHomeView(App& app);
}  // namespace sxpool::web
