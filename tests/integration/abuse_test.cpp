// Slow and abusive clients, and the headers every answer carries: one client trickling its request must not stop
// anyone else from being served; one address guessing passwords is slowed down; the browser is told to run only
// this origin's scripts and never to frame the app.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <vector>

#include "live_server.hpp"

using sxpool::testing::LiveServer;
using sxpool::testing::Session;

namespace {

// A raw connection that sends `bytes` and then holds the socket open without ever finishing the request.
int openHanging(int port, const std::string& bytes) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return -1;
  }
  if (!bytes.empty()) (void)!send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
  return fd;
}

}  // namespace

TEST_CASE("a normal client is served while 200 connections hold incomplete requests", "[server][abuse]") {
  LiveServer server;
  std::vector<int> hanging;
  for (int i = 0; i < 200; ++i) {
    // Half stop inside the request head, half inside a body they announced.
    const std::string bytes = i % 2 ? "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
                                    : "POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Sxpool-Request: 1\r\n"
                                      "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"acc";
    int fd = openHanging(server.port(), bytes);
    REQUIRE(fd >= 0);
    hanging.push_back(fd);
  }
  auto client = server.client();
  client.set_connection_timeout(5);
  client.set_read_timeout(5);
  const auto start = std::chrono::steady_clock::now();
  auto health = client.Get("/api/v1/health");
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::printf("[abuse] /api/v1/health beside 200 hanging connections: %.1f ms\n", ms);
  REQUIRE(health);
  CHECK(health->status == 200);
  Session s(server);
  CHECK(s.get("/api/v1/round").status == 200);
  for (int fd : hanging) close(fd);
}

TEST_CASE("should refuse sign-ins from an address after too many failures, even with the right password",
          "[server][abuse][auth]") {
  LiveServer server({"--demo", "--today", "2026-04-20"});
  Session s(server);
  // Different unknown accounts each time: the per-account lockout never starts, the address limit does.
  for (int i = 0; i < 30; ++i) REQUIRE(s.login("nobody-" + std::to_string(i), "wrong-password").status == 401);
  auto refused = s.login("xiaodian", "Demo2026!sx");
  REQUIRE(refused.status == 429);
  CHECK(refused.json["error"] == "too_many_sign_in_attempts");
  CHECK(refused.json["message"].get<std::string>().find("登录失败次数过多") != std::string::npos);
  CHECK(std::stoi(refused.header("Retry-After")) > 0);
  CHECK(s.get("/api/v1/session").status == 401);  // not signed in
}

TEST_CASE("every answer tells the browser to run only this origin's code and never to frame the app",
          "[server][abuse]") {
  LiveServer server;
  Session s(server);
  for (const char* path : {"/api/v1/health", "/api/v1/no-such-route", "/"}) {
    INFO(path);
    auto r = s.get(path);
    const auto csp = r.header("Content-Security-Policy");
    CHECK(csp.find("script-src 'self' 'wasm-unsafe-eval'") != std::string::npos);
    CHECK(csp.find("frame-ancestors 'none'") != std::string::npos);
    CHECK(csp.find("'unsafe-inline'") == std::string::npos);
    CHECK(r.header("X-Content-Type-Options") == "nosniff");
    CHECK(r.header("X-Frame-Options") == "DENY");
    CHECK(r.header("Referrer-Policy") == "no-referrer");
  }
}
