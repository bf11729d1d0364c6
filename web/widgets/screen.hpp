#pragma once
#include <string>
#include <utility>
#include <vector>

namespace sxpool::web {

// A screen fills the browser window: one undecorated ImGui window over the whole viewport.
void beginScreen(const char* id);
void endScreen();
// The app bar: system name, who is signed in, a sign-out button (returns true when pressed).
bool drawAppBar(const std::string& who);
// Buttons every app bar shows before 退出登录 (views/screens.cpp sets them each frame from the signed-in user:
// 修改密码, 账号管理, 审计日志): id and label. drawAppBar sets `pressed` to the id of the one pressed and records each
// button's rectangle (screen pixels) for the widget map.
struct AppBarButtons {
  struct Button {
    std::string id, label;
    float x = 0, y = 0, w = 0, h = 0;
  };
  std::vector<Button> items;
  std::string pressed;
};
AppBarButtons& appBarButtons();

// Enter (or keypad Enter) pressed in the current dialog, and not in the frame the dialog appears: the Enter that
// pressed the button opening it would otherwise confirm at once what the user has not yet seen.
bool dialogEnterPressed();

// A coloured message line: error (red), ok (green), info (grey).
enum class Tone { Error, Ok, Info };
void drawMessage(Tone tone, const std::string& text);

}  // namespace sxpool::web
