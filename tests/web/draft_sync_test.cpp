#include <catch2/catch.hpp>

#include "app/draft_sync.hpp"
#include "platform/native/memory_store.hpp"
#include "sxpool/json.hpp"

using namespace sxpool;
using namespace sxpool::web;

namespace {

// The draft protocol as the server implements it (revision counter, stale base → conflict), in memory, so the
// sync engine's decisions can be walked step by step; the real server is exercised by the browser tests.
class ProtocolServer final : public DraftRemote {
 public:
  void fetchDraft(std::function<void(const RemoteReply&)> done) override {
    replies.push_back([this, done] { done(online ? RemoteReply{RemoteReply::Kind::Ok, stored, {}} : offline()); });
  }
  void saveDraft(long base, const Application& doc, std::function<void(const RemoteReply&)> done) override {
    replies.push_back([this, base, doc, done] {
      if (!online) return done(offline());
      if (base != stored.revision) return done(RemoteReply{RemoteReply::Kind::Conflict, stored, {}});
      stored = {stored.revision + 1, doc};
      done(RemoteReply{RemoteReply::Kind::Ok, stored, {}});
    });
  }
  void poll() {
    while (!replies.empty()) {
      auto f = replies.front();
      replies.erase(replies.begin());
      f();
    }
  }
  static RemoteReply offline() { return RemoteReply{RemoteReply::Kind::Offline, {}, "网络不可用"}; }
  bool online = true;
  RemoteDraft stored;
  std::vector<std::function<void()>> replies;
};

struct Tab {
  Tab(MemoryStore& store, ProtocolServer& server)
      : editor(round2026(), Date{2026, 3, 1}), sync(editor, store, frames), store(store), server(server) {}
  void settle(double& now) {
    for (int i = 0; i < 20; ++i) {
      store.poll();
      server.poll();
      sync.tick(now);
      now += 0.5;
    }
  }
  void setName(const std::string& name) {
    editor.edit("basic.name", [&](Application& a) { a.basic.name = name; });
  }
  FrameScheduler frames;
  DraftEditor editor;
  DraftSync sync;
  MemoryStore& store;
  ProtocolServer& server;
};

std::string nameIn(const std::optional<Application>& document) { return document ? document->basic.name : ""; }

}  // namespace

TEST_CASE("草稿：每次修改立即写入本机，稍后同步到服务器") {
  MemoryStore store;
  ProtocolServer server;
  Tab tab(store, server);
  double now = 0;
  tab.sync.start("draft:a", &server, now);
  tab.settle(now);
  REQUIRE(tab.sync.status() == SyncStatus::Synced);

  tab.setName("太原市数智服务中心");
  tab.sync.tick(now);
  store.poll();
  CHECK(tab.sync.status() == SyncStatus::SavedLocally);
  CHECK(store.data.at("draft:a").find("太原市数智服务中心") != std::string::npos);
  CHECK(server.stored.revision == 0);

  tab.settle(now);
  CHECK(tab.sync.status() == SyncStatus::Synced);
  CHECK(nameIn(server.stored.document) == "太原市数智服务中心");
}

TEST_CASE("草稿：离线时保存在本机，联网后自动同步；刷新后仍在") {
  MemoryStore store;
  ProtocolServer server;
  double now = 0;
  {
    Tab tab(store, server);
    tab.sync.start("draft:a", &server, now);
    tab.settle(now);
    server.online = false;
    tab.setName("离线时填写的名称");
    tab.settle(now);
    CHECK(tab.sync.status() == SyncStatus::Offline);
    CHECK(server.stored.revision == 0);
  }
  Tab reloaded(store, server);  // the page was reloaded while still offline
  reloaded.sync.start("draft:a", &server, now);
  reloaded.settle(now);
  CHECK(reloaded.editor.app().basic.name == "离线时填写的名称");
  server.online = true;
  now += 10;
  reloaded.settle(now);
  CHECK(reloaded.sync.status() == SyncStatus::Synced);
  CHECK(nameIn(server.stored.document) == "离线时填写的名称");
}

TEST_CASE("草稿：两处编辑形成冲突，不静默覆盖；保留我的或采用服务器的") {
  MemoryStore storeA, storeB;
  ProtocolServer server;
  double now = 0;
  Tab a(storeA, server), b(storeB, server);
  a.sync.start("draft:x", &server, now);
  b.sync.start("draft:x", &server, now);
  a.settle(now);
  b.settle(now);

  a.setName("甲设备上的名称");
  a.settle(now);
  b.setName("乙设备上的名称");
  b.settle(now);
  REQUIRE(b.sync.status() == SyncStatus::Conflict);
  CHECK(b.sync.theirs().basic.name == "甲设备上的名称");
  CHECK(nameIn(server.stored.document) == "甲设备上的名称");

  SECTION("保留我的") {
    b.sync.keepMine(now);
    b.settle(now);
    CHECK(b.sync.status() == SyncStatus::Synced);
    CHECK(nameIn(server.stored.document) == "乙设备上的名称");
  }
  SECTION("采用服务器的，我的另存") {
    b.sync.takeTheirs();
    storeB.poll();
    CHECK(b.editor.app().basic.name == "甲设备上的名称");
    CHECK(storeB.data.at("draft:x:replaced").find("乙设备上的名称") != std::string::npos);
  }
}

TEST_CASE("草稿：未登录时填写的内容在登录后归入账户并同步") {
  MemoryStore store;
  ProtocolServer server;
  double now = 0;
  Tab anonymous(store, server);
  anonymous.sync.start("draft:local", nullptr, now);
  anonymous.settle(now);
  anonymous.setName("登录前填写");
  anonymous.settle(now);
  CHECK(anonymous.sync.status() == SyncStatus::SignedOut);

  Tab signedIn(store, server);
  signedIn.sync.start("draft:user1", &server, now, "draft:local");
  signedIn.settle(now);
  CHECK(signedIn.sync.status() == SyncStatus::Synced);
  CHECK(nameIn(server.stored.document) == "登录前填写");
  CHECK(store.data.count("draft:local") == 0);
}

TEST_CASE("草稿不带材料：材料来自申请详情，刷新、同步、冲突都不丢也不上传") {
  MemoryStore store;
  ProtocolServer server;
  double now = 0;
  Material license;
  license.kind = MaterialKind::RegistrationLicense;
  license.fileName = "执照.pdf";
  license.sizeBytes = 2048;
  license.contentType = "application/pdf";
  license.sha256 = std::string(64, 'b');
  {
    Tab tab(store, server);
    tab.editor.setMaterials({license});  // the application's detail, read before the wizard opens
    tab.sync.start("draft:m", &server, now);
    tab.settle(now);
    REQUIRE(tab.sync.status() == SyncStatus::Synced);
    CHECK(tab.editor.app().materials == std::vector<Material>{license});
    const long edits = tab.editor.revision();
    tab.editor.setMaterials({license}, true);  // an upload's answer: not an edit of the draft
    CHECK(tab.editor.revision() == edits);
    tab.setName("有材料的机构");
    tab.settle(now);
    CHECK(tab.sync.status() == SyncStatus::Synced);
    REQUIRE(server.stored.document);
    CHECK(server.stored.document->materials.empty());
    CHECK(store.data.at("draft:m").find("执照.pdf") == std::string::npos);
  }
  Tab reloaded(store, server);  // a refresh: the local copy first, the materials from the detail again
  reloaded.editor.setMaterials({license});
  reloaded.sync.start("draft:m", &server, now);
  reloaded.settle(now);
  CHECK(reloaded.editor.app().basic.name == "有材料的机构");
  CHECK(reloaded.editor.app().materials == std::vector<Material>{license});

  // Edited elsewhere meanwhile: the conflict is about the draft, never the materials; taking theirs keeps them.
  server.stored.revision += 1;
  server.stored.document->basic.name = "别处改的名称";
  reloaded.setName("本机改的名称");
  reloaded.settle(now);
  REQUIRE(reloaded.sync.status() == SyncStatus::Conflict);
  CHECK(reloaded.sync.theirs().materials == reloaded.editor.app().materials);
  reloaded.sync.takeTheirs();
  CHECK(reloaded.editor.app().basic.name == "别处改的名称");
  CHECK(reloaded.editor.app().materials == std::vector<Material>{license});
}

TEST_CASE("草稿：另一标签页保存后，未修改的标签页检查服务器即换上新版本；已修改的标签页立刻得到冲突") {
  MemoryStore store;
  ProtocolServer server;
  double now = 0;
  Tab a(store, server), b(store, server), c(store, server);
  a.sync.start("draft:u:1", &server, now);
  b.sync.start("draft:u:1", &server, now);
  c.sync.start("draft:u:1", &server, now);
  a.settle(now);
  b.settle(now);
  c.settle(now);
  a.setName("甲的修改");
  a.settle(now);
  REQUIRE(server.stored.revision == 1);
  b.sync.checkServer(now);  // told by the other tab (BroadcastChannel) or focused again
  b.settle(now);
  CHECK(b.sync.status() == SyncStatus::Synced);
  CHECK(b.sync.baseRevision() == 1);
  CHECK(b.editor.app().basic.name == "甲的修改");
  c.setName("丙未保存的修改");
  c.sync.checkServer(now);
  c.store.poll();
  c.server.poll();
  c.sync.tick(now);
  c.server.poll();
  CHECK(c.sync.inConflict());
}

TEST_CASE("草稿：只读查看已提交的申请书不读写本机副本、不保存，也不算作登录过期") {
  MemoryStore store;
  ProtocolServer server;
  double now = 0;
  Tab t(store, server);
  t.sync.startReadOnly();
  t.settle(now);
  CHECK(t.sync.status() == SyncStatus::ReadOnly);
  CHECK(!t.sync.unauthorized());
  CHECK(store.data.empty());
  CHECK(server.stored.revision == 0);
}
