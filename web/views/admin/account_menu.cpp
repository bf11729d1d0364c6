// The account entry points of the app bar: 修改密码 for everyone signed in, 账号管理 for the admin, 审计日志 and
// 申报轮次 for the admin and the province. Filled before the screen is drawn, acted on after (views/screens.cpp).
#include "app/app.hpp"
#include "views/views.hpp"
#include "widgets/screen.hpp"

namespace sxpool::web {

void prepareAppBarButtons(App& app) {
  auto& bar = appBarButtons();
  bar.items.clear();
  bar.pressed.clear();
  if (!app.session.user || app.screen == Screen::SignIn) return;
  if (app.session.user->mustChangePassword) return;  // nothing but the change until it is done
  if (isAdmin(app)) bar.items.push_back({"accounts", "账号管理"});
  if (mayViewReports(app)) bar.items.push_back({"reports", "服务情况报送"});
  if (mayViewPool(app)) bar.items.push_back({"pool", "资源库管理"});
  if (mayReadAudit(app)) bar.items.push_back({"audit", "审计日志"});
  if (mayReadRounds(app)) bar.items.push_back({"rounds", "申报轮次"});
  bar.items.push_back({"password", "修改密码"});
}

void handleAppBarButtons(App& app) {
  auto& bar = appBarButtons();
  for (const auto& b : bar.items) app.ctx.widgets.setRect("appbar:" + b.id, {b.x, b.y, b.w, b.h});
  const std::string pressed = bar.pressed;
  bar.pressed.clear();
  if (pressed == "accounts") openAccounts(app);
  if (pressed == "audit") openAudit(app);
  if (pressed == "rounds") openRounds(app);
  if (pressed == "reports") openReports(app);
  if (pressed == "pool") openPool(app);
  if (pressed == "password") openChangePassword(app);
  if (!pressed.empty()) app.ctx.frames.wake();
}

}  // namespace sxpool::web
