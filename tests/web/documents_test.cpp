// Downloads in the App against the real server (--demo), drawn headless: the buttons of the applicant's home and
// of the reviewer's panel, the file saved under the server's Chinese name, progress reported, and a refusal shown
// with the server's message.
#include <catch2/catch.hpp>

#include <string>

#include "app/app.hpp"
#include "no_materials.hpp"
#include "live_server.hpp"
#include "platform/native/headless_imgui.hpp"
#include "platform/native/httplib_client.hpp"
#include "platform/native/httplib_downloads.hpp"
#include "platform/native/memory_store.hpp"
#include "views/views.hpp"

using namespace sxpool;
using namespace sxpool::web;
using sxpool::web::testing::NoMaterials;

namespace {

struct DemoApp {
  sxpool::testing::LiveServer server{{"--demo", "--today", "2026-04-20"}};
  std::string base = "http://127.0.0.1:" + std::to_string(server.port());
  HttplibClient http{base};
  HttplibDownloads downloads{base, [this] { return http.cookie(); }};
  HeadlessImGui ui{1400, 1000};
  MemoryStore store;
  NoMaterials materials;
  FrameScheduler frames;
  WidgetMap widgets;
  App app{{http, frames, ui.glyphs, widgets, store, materials, [] { return 0.0; }, &downloads}};
  std::function<void()> draw = [this] {
    widgets.clearRects();
    drawScreen(app);
  };

  void settle() {
    for (int i = 0; i < 20; ++i) {
      http.poll();
      downloads.poll();
      store.poll();
      app.tick(0);
    }
    ui.frames(3, draw);
  }
  void signIn(const std::string& account) {
    app.start();
    settle();
    app.session.form.account = account;
    app.session.form.password = "Demo2026!sx";
    app.signIn();
    settle();
    settle();
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

TEST_CASE("下载：申请机构首页的申请书（Word、PDF）以中文文件名保存，有进度；无权的导出显示服务器的理由") {
  DemoApp s;
  s.signIn("91140105MA54QJ070P");  // the demo's applicant
  REQUIRE(s.value("screen") == "home");
  const std::string id = std::to_string(s.app.applicationId());
  REQUIRE(s.app.applicationId() > 0);

  s.click("download:docx:" + id);
  CHECK(s.value("download:docx:" + id) == "saved");
  REQUIRE(s.downloads.saved.size() == 1);
  const std::string docx = s.downloads.saved.begin()->first;
  CHECK(docx.size() > 12);
  CHECK(docx.rfind("_草稿.docx") == docx.size() - std::string("_草稿.docx").size());
  CHECK(s.downloads.saved.begin()->second.rfind("PK", 0) == 0);
  CHECK(s.value("download:docx:" + id + ":text").find("已保存：" + docx) == 0);
  CHECK(s.downloads.progressEvents > 0);

  s.click("download:pdf:" + id);
  CHECK(s.value("download:pdf:" + id) == "saved");
  REQUIRE(s.downloads.saved.size() == 2);
  bool pdf = false;
  for (const auto& [name, bytes] : s.downloads.saved)
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".pdf") == 0) pdf = bytes.rfind("%PDF-", 0) == 0;
  CHECK(pdf);

  // Not the applicant's to have: the 推荐汇总表 answers 403, and the state holds the server's sentence.
  s.app.documents.start("summary", ApiClient::recommendationSummary("140100", std::nullopt));
  s.settle();
  const DownloadState* refused = s.app.documents.state("summary");
  REQUIRE(refused);
  CHECK(refused->phase == DownloadState::Phase::Failed);
  CHECK(refused->error.find("推荐汇总表只对推荐单位本身") != std::string::npos);

  // Another account in this tab sees none of these downloads.
  s.app.documents.setAccount("taiyuan");
  CHECK(s.app.documents.state("summary") == nullptr);
  CHECK(s.app.documents.state("docx:" + id) == nullptr);
}

TEST_CASE("下载：市级审核员的推荐汇总表与审核列表 CSV；县级审核员没有汇总表按钮") {
  {
    DemoApp s;
    s.signIn("taiyuan");
    REQUIRE(s.value("screen") == "reviewer");
    s.settle();
    CHECK(s.value("publicity_batches") == "0");
    CHECK(s.widgets.rects().count("download:pool_csv") == 0);  // the province's
    s.click("download:summary");
    CHECK(s.value("download:summary") == "saved");
    CHECK(s.value("download:summary:text").find("已保存：推荐汇总表_") == 0);
    s.click("download:queue_csv");
    CHECK(s.value("download:queue_csv") == "saved");
    bool csv = false;
    for (const auto& [name, bytes] : s.downloads.saved)
      if (name.rfind("审核列表_", 0) == 0) csv = bytes.rfind("\xEF\xBB\xBF序号", 0) == 0;
    CHECK(csv);
  }
  DemoApp county;  // one headless ImGui at a time
  county.signIn("xiaodian");
  REQUIRE(county.value("screen") == "reviewer");
  CHECK(county.widgets.rects().count("download:summary") == 0);
  CHECK(county.widgets.rects().count("download:queue_csv") == 1);
}
