// sxpool browser app: the loop lives in the platform host; the screens in views/.
#include "platform/emscripten/browser_app.hpp"

int main() { return sxpool::web::browserApp().run(); }
