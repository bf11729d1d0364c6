#pragma once
#include <string>

namespace sxpool::web {

// A screen fills the browser window: one undecorated ImGui window over the whole viewport.
void beginScreen(const char* id);
void endScreen();
// The app bar: system name, who is signed in, a sign-out button (returns true when pressed).
bool drawAppBar(const std::string& who);
// A coloured message line: error (red), ok (green), info (grey).
enum class Tone { Error, Ok, Info };
void drawMessage(Tone tone, const std::string& text);

}  // namespace sxpool::web
