#include "commands/serve_command.hpp"

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <iostream>
#include <thread>

#include "settings/server_config.hpp"
#include "app/runtime.hpp"
#include "http/api_routes.hpp"
#include "services/demo_seed.hpp"
#include "services/service_error.hpp"
#include "commands/args.hpp"
#include "http/api_server.hpp"
#include "http/health_routes.hpp"
#include "sxpool/version.hpp"

namespace sxpool::commands {
namespace {

const cli::CommandSpec& serveSpec() {
  static const cli::CommandSpec spec{
      "sxpool serve [--host 地址] [--port 端口] --data-dir 目录 [选项]",
      "启动山西省优质中小企业服务资源库服务器：提供浏览器应用与 /api/v1 接口，数据存放在数据目录中。\n"
      "按 Ctrl+C（SIGINT）或发送 SIGTERM 即可安全停止。",
      {
          {"host", "地址", "监听地址（默认 127.0.0.1）"},
          {"port", "端口", "监听端口（默认 8080）"},
          {"data-dir", "目录", "数据目录：数据库与附件（不存在时自动创建）"},
          {"web-dir", "目录", "浏览器应用目录（默认为构建目录 build/web/dist）"},
          {"demo", "", "写入演示数据：每个角色一个账号与约 30 份各状态的申请（数据库为空时）"},
          {"threads", "数量", "常驻的处理线程数（默认 32）"},
          {"max-connections", "数量", "同时服务的连接数上限（默认 1024；每个连接一个线程，超出的排队）"},
          {"io-timeout", "秒", "读写请求时两次收发之间最多等多久（默认 10）"},
          {"idle-timeout", "秒", "闲置多久自动退出登录（默认 1800）"},
          {"lockout", "秒", "连续登录失败后锁定多久（默认 900）"},
          {"max-login-failures", "次数", "连续失败几次后锁定（默认 5）"},
          {"secure-cookie", "", "会话 Cookie 加 Secure（经 HTTPS 反向代理部署时使用）"},
          {"list-routes", "", "只列出 /api/v1 的全部路由（方法与路径），不启动服务器"},
          {"today", "YYYY-MM-DD", "审核流程按此日期计算“今天”（演示与测试用；默认为北京时间的当天）"},
      },
      {}};
  return spec;
}

// Fills `config` from the options; returns a Chinese error message or "".
std::string readOptions(const cli::ParsedArgs& args, settings::ServerConfig& config) {
  config.host = args.get("host", config.host);
  auto number = [&](const char* name, long long min, long long max, auto apply) -> std::string {
    if (!args.has(name)) return {};
    auto value = cli::parseNumber(args.get(name));
    if (!value || *value < min || *value > max)
      return std::string("选项 --") + name + " 的值 " + args.get(name) + " 无效：请填 " + std::to_string(min) + "–" +
             std::to_string(max) + " 之间的整数";
    apply(*value);
    return {};
  };
  for (auto error : {
           number("port", 1, 65535, [&](long long v) { config.port = static_cast<int>(v); }),
           number("threads", 1, 1024, [&](long long v) { config.threads = static_cast<int>(v); }),
           number("max-connections", 1, 16384, [&](long long v) { config.maxConnections = static_cast<int>(v); }),
           number("io-timeout", 1, 600, [&](long long v) { config.ioTimeout = std::chrono::seconds(v); }),
           number("idle-timeout", 1, 86400 * 30, [&](long long v) { config.idleTimeout = std::chrono::seconds(v); }),
           number("lockout", 1, 86400 * 30, [&](long long v) { config.lockoutDuration = std::chrono::seconds(v); }),
           number("max-login-failures", 1, 1000, [&](long long v) { config.loginMaxFailures = static_cast<int>(v); }),
       })
    if (!error.empty()) return error;
  if (!args.has("data-dir")) return "缺少 --data-dir：请指定存放数据库与附件的目录，例如 --data-dir ./data";
  config.dataDir = args.get("data-dir");
  if (args.has("web-dir")) config.webDir = args.get("web-dir");
  config.demo = args.has("demo");
  config.secureCookie = args.has("secure-cookie");
  config.today = args.get("today");
  return {};
}

std::string bindMessage(http::ApiServer::BindResult result, const settings::ServerConfig& config) {
  const std::string where = config.host + ":" + std::to_string(config.port);
  switch (result) {
    case http::ApiServer::BindResult::PortInUse:
      return "无法启动：端口 " + std::to_string(config.port) + " 已被占用（" + where +
             "）。请先停止占用该端口的程序，或用 --port 换一个端口";
    case http::ApiServer::BindResult::AddressUnavailable:
      return "无法启动：本机没有地址 " + config.host + "。请用 --host 指定本机地址，例如 127.0.0.1";
    case http::ApiServer::BindResult::PermissionDenied:
      return "无法启动：没有权限监听 " + where + "（1024 以下的端口需要管理员权限）。请用 --port 换一个端口";
    default: return "无法启动：无法监听 " + where + "。请检查地址与端口";
  }
}

}  // namespace

int runServeCommand(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
  const auto args = cli::parseArgs(serveSpec(), argv);
  if (args.help) {
    cli::printHelp(serveSpec(), out);
    return 0;
  }
  if (!args.error.empty()) {
    err << args.error << std::endl;
    return 2;
  }
  settings::ServerConfig config;
  if (auto error = readOptions(args, config); !error.empty()) {
    err << error << std::endl;
    return 2;
  }

  // A demo after the round's deadline would refuse every submission: it runs ten days before it instead.
  if (config.demo && config.today.empty() && services::Clock().today() > round2026().deadline) {
    config.today = formatDate(round2026().deadline.addDays(-10));
    out << "演示模式：本轮申报已于 " << formatDate(round2026().deadline) << " 截止，系统日期按 " << config.today
        << " 计算（可用 --today 指定）" << std::endl;
  }
  app::Runtime runtime;
  if (auto error = runtime.open(config, true); !error.empty()) {
    err << error << std::endl;
    return 1;
  }
  if (const auto& swept = runtime.sweep(); swept.temporaryFiles + swept.unreferencedFiles > 0)
    out << "启动清理：删除了 " << swept.temporaryFiles << " 个未完成的上传、" << swept.unreferencedFiles
        << " 个没有记录的附件文件（上次异常退出时留下）" << std::endl;
  if (config.demo) {
    try {
      services::seedDemo(runtime.services(), out);
    } catch (const std::exception& e) {
      err << "写入演示数据失败：" << e.what() << std::endl;
      return 1;
    }
  }

  http::Router router;
  http::registerHealthRoutes(router);
  http::registerAccountRoutes(router, runtime.services());
  http::registerApplicationRoutes(router, runtime.services());
  http::registerReviewRoutes(router, runtime.services());
  http::registerDocumentRoutes(router, runtime.services());
  http::registerRoundRoutes(router, runtime.services());
  http::registerReportRoutes(router, runtime.services());
  http::registerPoolRoutes(router, runtime.services());
  http::registerPublicRoutes(router, runtime.services());
  if (args.has("list-routes")) {  // the route table, for the tests that must cover every route
    for (const auto& route : router.routes()) {
      out << route.method << " ";
      for (const auto& segment : route.segments) out << "/" << segment;
      out << "\n";
    }
    return 0;
  }

  // SIGINT/SIGTERM go to one thread that stops the server; every other thread has them blocked.
  sigset_t stopSignals;
  sigemptyset(&stopSignals);
  sigaddset(&stopSignals, SIGINT);
  sigaddset(&stopSignals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
  signal(SIGPIPE, SIG_IGN);

  http::ApiServer server(config, std::move(router));
  if (auto bound = server.bind(); bound != http::ApiServer::BindResult::Ok) {
    err << bindMessage(bound, config) << std::endl;
    return 1;
  }
  if (!std::filesystem::exists(config.webDir / "index.html") &&
      !std::filesystem::exists(config.webDir / "index.html.gz"))
    err << "提示：浏览器应用目录 " << config.webDir.string()
        << " 中没有 index.html（请先构建 web 预设，或用 --web-dir 指定）；接口仍可使用" << std::endl;

  std::atomic<bool> stoppedBySignal{false};
  std::thread signalThread([&] {
    int received = 0;
    sigwait(&stopSignals, &received);
    stoppedBySignal = true;
    server.stop();
  });

  const std::string shownHost = config.host == "0.0.0.0" ? "127.0.0.1" : config.host;
  out << "sxpool 已启动：http://" << shownHost << ":" << config.port << "/" << std::endl;
  out << "数据目录：" << config.dataDir.string() << std::endl;
  out.flush();

  server.run();
  if (!stoppedBySignal) pthread_kill(signalThread.native_handle(), SIGTERM);
  signalThread.join();
  out << "已停止" << std::endl;
  return 0;
}

}  // namespace sxpool::commands
