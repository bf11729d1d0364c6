#include "app/data_check.hpp"

#include <set>

#include "store/file_store.hpp"
#include "store/sqlite_store.hpp"

namespace sxpool::app {
namespace fs = std::filesystem;

DataCheckReport checkDataDir(const fs::path& dataDir) {
  DataCheckReport report;
  const fs::path db = dataDir / store::SqliteStore::kFileName;
  if (!fs::exists(db)) {
    report.problems.push_back("数据目录中没有数据库 " + db.string() + "：请检查 --data-dir");
    return report;
  }
  store::SqliteStore sqlite(db.string());
  report.problems = sqlite.integrityProblems();

  const fs::path root = dataDir / "attachments";
  store::FileStore files(root);
  std::set<std::string> named;
  for (const auto& row : sqlite.allAttachments()) {
    ++report.attachmentRows;
    if (!named.insert(row.sha256).second) continue;  // the same content stored once, named by several rows
    const fs::path path = files.pathOf(row.sha256);
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    const std::string what =
        "附件 " + std::to_string(row.id) + "（申请 " + std::to_string(row.applicationId) + "，" + row.fileName + "）";
    if (ec) {
      report.problems.push_back(what + " 的文件不存在：" + path.string());
      continue;
    }
    if (static_cast<std::int64_t>(size) != row.size) {
      report.problems.push_back(what + " 的文件大小为 " + std::to_string(size) + " 字节，记录为 " +
                                std::to_string(row.size) + " 字节");
      continue;
    }
    if (store::FileStore::sha256OfFile(path) != row.sha256) {
      report.problems.push_back(what + " 的文件内容与记录的 SHA-256 不符：" + path.string());
      continue;
    }
    ++report.filesVerified;
    report.bytesVerified += size;
  }
  std::error_code ec;
  for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    if (it->path().parent_path() == files.tmpDir())
      ++report.temporaryFiles;
    else if (!named.count(it->path().filename().string()))
      ++report.unreferencedFiles;
  }
  return report;
}

StartupSweep sweepAttachments(const std::vector<std::string>& referencedSha256, const fs::path& root) {
  StartupSweep sweep;
  const std::set<std::string> named(referencedSha256.begin(), referencedSha256.end());
  const fs::path tmp = root / "tmp";
  std::vector<fs::path> doomed;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    if (it->path().parent_path() == tmp) {
      ++sweep.temporaryFiles;
      doomed.push_back(it->path());
    } else if (!named.count(it->path().filename().string())) {
      ++sweep.unreferencedFiles;
      doomed.push_back(it->path());
    }
  }
  for (const auto& path : doomed) fs::remove(path, ec);
  return sweep;
}

}  // namespace sxpool::app
