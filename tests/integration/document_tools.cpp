#include "document_tools.hpp"

#include <unistd.h>

#include <array>
#include <atomic>
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace sxpool::testing {
namespace fs = std::filesystem;

Shell shell(const std::string& command) {
  Shell result;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) result.out.append(buf.data(), n);
  const int status = pclose(pipe);
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

void writeFile(const fs::path& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

void convertWithLibreOffice(const std::vector<fs::path>& inputs, const std::string& format, const fs::path& outDir) {
  static std::atomic<int> counter{0};
  const fs::path profile =
      fs::temp_directory_path() / ("sxpool-lo-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
  std::string command = "soffice -env:UserInstallation=file://" + profile.string() +
                        " --headless --norestore --convert-to '" + format + "' --outdir " + quoted(outDir);
  for (const auto& in : inputs) command += " " + quoted(in);
  const auto r = shell(command + " 2>&1");
  fs::remove_all(profile);
  INFO(r.out);
  REQUIRE(r.exitCode == 0);
}

std::string compact(const std::string& text) {
  std::string out;
  for (char c : text)
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') out += c;
  // U+3000 (ideographic space) too
  std::string result;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out.compare(i, 3, "\xE3\x80\x80") == 0) {
      i += 2;
      continue;
    }
    result += out[i];
  }
  return result;
}

std::string pdfTextCompact(const fs::path& pdf) {
  const auto r = shell("pdftotext -enc UTF-8 " + quoted(pdf) + " -");
  REQUIRE(r.exitCode == 0);
  return compact(r.out);
}

int pdfPages(const fs::path& pdf) {
  const auto r = shell("pdfinfo " + quoted(pdf));
  REQUIRE(r.exitCode == 0);
  const auto at = r.out.find("Pages:");
  REQUIRE(at != std::string::npos);
  return std::stoi(r.out.substr(at + 6));
}

bool pdfFontsAllEmbedded(const fs::path& pdf, std::string* listing) {
  const auto r = shell("pdffonts " + quoted(pdf));
  REQUIRE(r.exitCode == 0);
  *listing = r.out;
  std::istringstream in(r.out);
  std::string line;
  int rows = 0;
  bool all = true;
  std::getline(in, line);  // name type encoding emb sub uni object ID
  std::getline(in, line);  // ------
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    ++rows;
    // columns from the right: object ID (2 fields), uni, sub, emb
    std::istringstream fields(line);
    std::vector<std::string> f;
    std::string w;
    while (fields >> w) f.push_back(w);
    if (f.size() < 6 || f[f.size() - 5] != "yes") all = false;
  }
  return rows > 0 && all;
}

fs::path renderPage(const fs::path& pdf, int page, const std::string& name) {
  const fs::path dir = fs::path(SXPOOL_ARTIFACTS_DIR) / "documents";
  fs::create_directories(dir);
  const std::string p = std::to_string(page);
  const auto r =
      shell("pdftoppm -png -r 60 -singlefile -f " + p + " -l " + p + " " + quoted(pdf) + " " + quoted(dir / name));
  REQUIRE(r.exitCode == 0);
  const fs::path png = dir / (name + ".png");
  REQUIRE(fs::file_size(png) > 1000);
  return png;
}

std::vector<std::vector<std::string>> pythonCsvRows(const fs::path& csv) {
  const auto r = shell(
      "python3 -c 'import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding=\"utf-8-sig\", "
      "newline=\"\")))))' " +
      quoted(csv));
  REQUIRE(r.exitCode == 0);
  return nlohmann::json::parse(r.out).get<std::vector<std::vector<std::string>>>();
}

std::string applicationPath(std::int64_t id, const std::string& rest) {
  return "/api/v1/applications/" + std::to_string(id) + rest;
}

}  // namespace sxpool::testing
