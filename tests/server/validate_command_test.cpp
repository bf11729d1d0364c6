// `sxpool validate FILE.json`, the command run in-process.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "commands/validate_command.hpp"
#include "sxpool/json.hpp"
#include "test_support.hpp"

using namespace sxpool;
using namespace sxpool::test;

namespace {

struct TempFile {
  std::string path;
  explicit TempFile(const std::string& content) {
    char name[] = "/tmp/sxpool_validate_XXXXXX";
    const int fd = mkstemp(name);
    REQUIRE(fd >= 0);
    path = name;
    std::ofstream(path, std::ios::binary) << content;
    close(fd);
  }
  ~TempFile() { std::remove(path.c_str()); }
};

struct Run {
  int code;
  std::string out;
  std::string err;
};

Run run(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int code = commands::runValidateCommand(args, out, err);
  return {code, out.str(), err.str()};
}

}  // namespace

TEST_CASE("sxpool validate：有效申请书退出码0，无输出行") {
  TempFile f(encodeApplication(validSample(1)));
  const Run r = run({f.path, "--date", "2026-04-15"});
  CHECK(r.code == 0);
  CHECK(r.out.empty());
  CHECK(r.err.find("错误0条") != std::string::npos);
}

TEST_CASE("sxpool validate：有错误时每条结果一行JSON，退出码1") {
  Application a = validSample(1);
  a.experts.resize(5);
  a.basic.email = "x";
  TempFile f(encodeApplication(a));
  const Run r = run({"--date=2026-04-15", f.path});
  CHECK(r.code == 1);
  std::istringstream lines(r.out);
  std::string line;
  int n = 0;
  bool sawRule = false;
  while (std::getline(lines, line)) {
    const auto j = nlohmann::json::parse(line);
    CHECK(j.contains("path"));
    CHECK(j.contains("message"));
    if (j["rule"] == "6-4.senior-experts") sawRule = true;
    ++n;
  }
  CHECK(n >= 3);
  CHECK(sawRule);
}

TEST_CASE("sxpool validate：只有提示时退出码0") {
  Application a = validSample(1);
  a.basic.expertCount = 1;
  TempFile f(encodeApplication(a));
  const Run r = run({f.path, "--date", "2026-04-15"});
  CHECK(r.code == 0);
  CHECK(r.out.find("consistency.expert-count") != std::string::npos);
}

TEST_CASE("sxpool validate：不可读的文件退出码2") {
  TempFile bad("{not json");
  CHECK(run({bad.path}).code == 2);
  TempFile wrong(R"({"format":"other/1"})");
  const Run r = run({wrong.path});
  CHECK(r.code == 2);
  CHECK(r.err.find("format") != std::string::npos);
  CHECK(run({"/nonexistent/file.json"}).code == 2);
  CHECK(run({"/tmp"}).code == 2);
  CHECK(run({}).code == 2);
  CHECK(run({bad.path, "--date", "2026-13-01"}).code == 2);
  CHECK(run({bad.path, "--bogus"}).code == 2);
}

TEST_CASE("sxpool validate --help") {
  const Run r = run({"--help"});
  CHECK(r.code == 0);
  CHECK(r.out.find("sxpool validate") != std::string::npos);
  CHECK(r.out.find("退出码") != std::string::npos);
}
