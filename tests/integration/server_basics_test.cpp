// The server skeleton: health, 404/405, the web bundle, start-up failures, clean shutdown.
#include <sys/stat.h>
#include <zlib.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "live_server.hpp"

using sxpool::testing::LiveServer;
using sxpool::testing::runSxpool;
using sxpool::testing::Session;
using sxpool::testing::TempDir;

namespace {

void writeFile(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

std::string gzip(const std::string& text) {
  z_stream zs{};
  deflateInit2(&zs, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(compressBound(text.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  zs.avail_in = text.size();
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = out.size();
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

}  // namespace

TEST_CASE("health answers with the system name and version", "[server]") {
  LiveServer server;
  Session s(server);
  auto reply = s.get("/api/v1/health");
  REQUIRE(reply.status == 200);
  CHECK(reply.json["status"] == "ok");
  CHECK(reply.json["system"] == "山西省优质中小企业服务资源库");
  CHECK(reply.json["version"].is_string());
  CHECK(server.out().find("sxpool 已启动：http://127.0.0.1:" + std::to_string(server.port()) + "/") !=
        std::string::npos);
}

TEST_CASE("unknown routes give 404 and wrong methods 405, as JSON errors", "[server]") {
  LiveServer server;
  Session s(server);
  auto missing = s.get("/api/v1/no-such-thing");
  CHECK(missing.status == 404);
  CHECK(missing.json["error"] == "not_found");
  CHECK(missing.json["message"].get<std::string>().find("没有这个地址") != std::string::npos);
  CHECK(missing.json["fields"].is_array());

  CHECK(s.get("/no-such-file.js").status == 404);
  CHECK(s.get("/../etc/passwd").status == 404);

  auto wrongMethod = s.del("/api/v1/health");
  CHECK(wrongMethod.status == 405);
  CHECK(wrongMethod.json["error"] == "method_not_allowed");
  CHECK(wrongMethod.header("Allow").find("GET") != std::string::npos);
}

TEST_CASE("state-changing API requests need the CSRF header", "[server]") {
  LiveServer server;
  Session s(server);
  s.dropCsrfHeader();
  auto reply = s.post("/api/v1/health");
  CHECK(reply.status == 403);
  CHECK(reply.json["error"] == "csrf_header_missing");
}

TEST_CASE("the web bundle is served, pre-compressed files when gzip is accepted", "[server]") {
  LiveServer server;
  const std::string html = "<!doctype html><title>山西</title>";
  const std::string wasm = std::string("\0asm\1\0\0\0", 8) + std::string(3000, 'x');
  writeFile(server.webDir() / "index.html", html);
  writeFile(server.webDir() / "app.wasm.gz", gzip(wasm));
  writeFile(server.webDir() / "app.js", "console.log(1)");

  auto c = server.client();
  auto index = c.Get("/");
  REQUIRE(index);
  CHECK(index->status == 200);
  CHECK(index->body == html);
  CHECK(index->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(index->get_header_value("Cache-Control") == "no-cache");

  auto js = c.Get("/app.js");
  REQUIRE(js);
  CHECK(js->get_header_value("Content-Type").rfind("text/javascript", 0) == 0);

  httplib::Headers gzipOk = {{"Accept-Encoding", "gzip, deflate"}};
  // The client would inflate the body itself; ask for the raw bytes.
  httplib::Client raw("127.0.0.1", server.port());
  raw.set_decompress(false);
  auto packed = raw.Get("/app.wasm", gzipOk);
  REQUIRE(packed);
  CHECK(packed->status == 200);
  CHECK(packed->get_header_value("Content-Encoding") == "gzip");
  CHECK(packed->get_header_value("Content-Type") == "application/wasm");
  CHECK(packed->body == gzip(wasm));

  auto plain = raw.Get("/app.wasm");  // no gzip accepted: inflated on the server
  REQUIRE(plain);
  CHECK(plain->status == 200);
  CHECK(!plain->has_header("Content-Encoding"));
  CHECK(plain->body == wasm);
}

TEST_CASE("a taken port is reported in Chinese with a non-zero exit", "[server]") {
  LiveServer first;
  TempDir other;
  auto result = runSxpool({"serve", "--host", "127.0.0.1", "--port", std::to_string(first.port()), "--data-dir",
                           (other.path() / "data").string()});
  CHECK(result.exitCode != 0);
  CHECK(result.err.find("端口 " + std::to_string(first.port()) + " 已被占用") != std::string::npos);
}

TEST_CASE("an unusable data directory is reported in Chinese with a non-zero exit", "[server]") {
  TempDir dir;
  const auto file = dir.path() / "not-a-dir";
  writeFile(file, "x");
  auto result =
      runSxpool({"serve", "--port", std::to_string(sxpool::testing::freeLoopbackPort()), "--data-dir", file.string()});
  CHECK(result.exitCode != 0);
  CHECK(result.err.find("数据目录不可用") != std::string::npos);

  LiveServer running;  // one data directory, one server
  auto second = runSxpool({"serve", "--port", std::to_string(sxpool::testing::freeLoopbackPort()), "--data-dir",
                           running.dataDir().string()});
  CHECK(second.exitCode != 0);
  CHECK(second.err.find("另一个 sxpool 进程") != std::string::npos);
}

TEST_CASE("SIGINT and SIGTERM stop the server cleanly", "[server]") {
  for (int signal : {2, 15}) {
    LiveServer server;
    CHECK(server.stop(signal) == 0);
    CHECK(server.out().find("已停止") != std::string::npos);
  }
}

TEST_CASE("every subcommand has --help", "[server]") {
  for (auto command : {std::vector<std::string>{"--help"},
                       {"serve", "--help"},
                       {"user", "--help"},
                       {"user", "add", "--help"},
                       {"backup", "--help"},
                       {"validate", "--help"}}) {
    INFO(command[0]);
    auto result = runSxpool(command);
    CHECK(result.exitCode == 0);
    CHECK(result.out.find("用法") != std::string::npos);
  }
  auto bad = runSxpool({"serve", "--no-such-option"});
  CHECK(bad.exitCode == 2);
  CHECK(bad.err.find("未知选项") != std::string::npos);
}
