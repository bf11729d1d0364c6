#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace sxpool::app {

// What `sxpool check` finds in a data directory: the database sound (SQLite's own checks), and every attachment
// row's file present under attachments/ with its recorded size and SHA-256. Files no row names are listed apart:
// an upload whose request failed before its row was written leaves one, and it harms nothing.
struct DataCheckReport {
  std::vector<std::string> problems;  // Chinese, one per finding; empty: the directory is sound
  std::size_t attachmentRows = 0;
  std::size_t filesVerified = 0;
  std::uint64_t bytesVerified = 0;
  std::size_t unreferencedFiles = 0;
  std::size_t temporaryFiles = 0;  // attachments/tmp: uploads in progress, or cut off by a crash
  bool ok() const { return problems.empty(); }
};

DataCheckReport checkDataDir(const std::filesystem::path& dataDir);

// What the server removes at start, holding the data directory's lock (so no upload is under way): temporary
// files of uploads cut off by a crash, and files no attachment row names (a crash between a file's rename and
// its row's commit, or an upload refused after its file was stored). Nothing a row names is touched.
struct StartupSweep {
  std::size_t temporaryFiles = 0;
  std::size_t unreferencedFiles = 0;
};
StartupSweep sweepAttachments(const std::vector<std::string>& referencedSha256, const std::filesystem::path& root);

}  // namespace sxpool::app
