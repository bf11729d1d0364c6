// The App against the real server (the `sxpool` binary on a loopback port): what it loads at start, drawn
// headless through views/screens.cpp.
#include <catch2/catch.hpp>

#include <string>

#include "app/app.hpp"
#include "no_materials.hpp"
#include "imgui.h"
#include "live_server.hpp"
#include "platform/native/headless_imgui.hpp"
#include "platform/native/httplib_client.hpp"
#include "platform/native/memory_store.hpp"
#include "sxpool/sample.hpp"
#include "views/views.hpp"

using namespace sxpool;
using namespace sxpool::web;
using sxpool::web::testing::NoMaterials;

namespace {

struct LiveApp {
  sxpool::testing::LiveServer server;
  HttplibClient http{"http://127.0.0.1:" + std::to_string(server.port())};
  HeadlessImGui ui{1400, 1000};
  MemoryStore store;
  NoMaterials materials;
  FrameScheduler frames;
  WidgetMap widgets;
  App app{{http, frames, ui.glyphs, widgets, store, materials, [] { return 0.0; }}};
  std::function<void()> draw = [this] {
    widgets.clearRects();
    drawScreen(app);
  };

  void settle() {
    for (int i = 0; i < 20; ++i) {
      http.poll();
      store.poll();
      app.tick(0);
    }
    ui.frames(3, draw);
  }
  void click(const std::string& name) {
    INFO("widget " << name);
    REQUIRE(widgets.rects().count(name) == 1);
    ui.click(widgets.rects().at(name), draw);
    settle();
  }
  std::string value(const std::string& name) const {
    const auto it = widgets.values().find(name);
    return it == widgets.values().end() ? std::string() : it->second;
  }
};

}  // namespace

TEST_CASE("省级主管部门：下拉列表来自 GET /api/v1/units，显示部门名称，选中后写入部门代码与名称") {
  LiveApp s;
  s.app.start();
  s.settle();
  REQUIRE(s.app.screen == Screen::SignIn);
  CHECK(s.app.applicant.departments.empty());  // asked for when the wizard opens, not on the first screen
  s.click("fill_first");                       // 先填写，稍后注册: the wizard without an account
  REQUIRE(s.value("screen") == "wizard");
  const auto& departments = s.app.applicant.departments;
  REQUIRE_FALSE(departments.empty());
  for (const auto& d : departments) {
    CHECK(d.kind == RoutingKind::ProvincialDepartment);
    CHECK(d.unitCode.rfind("dept-", 0) == 0);
    CHECK_FALSE(d.unitName.empty());
  }
  s.app.applicant.editor.jumpTo = "routing";
  s.settle();
  s.click("routing:department");
  CHECK(s.widgets.rects().count("field:routing.unitCode") == 1);
  CHECK(s.widgets.rects().count("field:routing.unitName") == 0);  // no hand-typed name or code any more
  s.app.applicant.editor.jumpTo = "routing.unitCode";
  s.settle();
  s.ui.pressKey(ImGuiKey_Space, s.draw);  // opens the list
  s.ui.pressKey(ImGuiKey_Enter, s.draw);  // its first entry
  s.settle();
  const Routing chosen = s.app.applicant.editor.app().routing;
  CHECK(chosen == departments.front());
  CHECK(s.value("field:routing.unitCode") == departments.front().unitName);
}

TEST_CASE("先填写，稍后注册：草稿只存在本机，显示未登录；登录后由账户的申请书认领") {
  LiveApp s;
  s.app.start();
  s.settle();
  s.click("fill_first");
  CHECK(s.app.applicant.sync.status() == SyncStatus::SignedOut);
  CHECK(s.widgets.rects().count("signed_out_sign_in") == 1);
  CHECK(s.widgets.rects().count("back_home") == 0);
  s.app.applicant.editor.edit("basic.name", [](Application& a) { a.basic.name = "太原先填后注册服务中心"; });
  s.settle();
  REQUIRE(s.store.data.count(App::kSignedOutDraftKey) == 1);
  CHECK(s.store.data.at(App::kSignedOutDraftKey).find("太原先填后注册服务中心") != std::string::npos);

  s.app.submit();  // not before an account exists
  CHECK(s.app.banner.find("请先注册或登录") != std::string::npos);
  s.click("signed_out_sign_in");
  CHECK(s.value("screen") == "signin");

  auto& f = s.app.session.form;  // registers (and so signs in): the draft becomes the application's
  const std::string uscc = sampleUscc(7);
  f.regUscc = uscc;
  f.regName = "太原先填后注册服务中心";
  f.regContact = "王芳";
  f.regPhone = "13912345678";
  f.regEmail = "wangfang@example.cn";
  f.regPassword = f.regPassword2 = "Applicant#2026x";
  s.app.registerApplicant();
  s.settle();
  s.settle();
  REQUIRE(s.app.screen == Screen::Wizard);
  CHECK(s.app.banner.find("已转入") != std::string::npos);
  CHECK(s.app.applicant.editor.app().basic.name == "太原先填后注册服务中心");  // typed before registering
  CHECK(s.app.applicant.editor.app().basic.uscc == uscc);                      // left empty: from the registration
  CHECK(s.app.applicant.editor.app().basic.email == "wangfang@example.cn");
  CHECK(s.app.applicant.sync.status() == SyncStatus::Synced);
  CHECK(s.store.data.count(App::kSignedOutDraftKey) == 0);
  std::string draft;
  s.http.get("api/v1/applications/" + std::to_string(s.app.applicationId()) + "/draft",
             [&](const HttpResponse& r) { draft = r.body; });
  s.http.poll();
  CHECK(draft.find("太原先填后注册服务中心") != std::string::npos);
  CHECK(draft.find(uscc) != std::string::npos);
}
