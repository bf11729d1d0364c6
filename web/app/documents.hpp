#pragma once
// Downloads of the documents officials work with (docs/api.md "Documents"): the state of each one the user
// started (running with its bytes, saved, failed with the server's Chinese message), and the 公示 batches whose
// CSV a reviewer may download. Views draw it (views/documents_panel.cpp); the platform saves the file.
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "app/api_client.hpp"
#include "sxpool/api/publicity.hpp"

namespace sxpool::web {

struct AppContext;

struct DownloadState {
  enum class Phase { Running, Saved, Failed } phase = Phase::Running;
  std::int64_t received = 0;
  std::int64_t total = 0;  // 0: not announced
  int reports = 0;         // progress reports so far (the body read piece by piece)
  std::string fileName;    // as saved (the server's Chinese name)
  std::string error;       // Chinese: what went wrong and what to do
};

const char* phaseCode(DownloadState::Phase phase);  // running | saved | failed
// "正在下载… 1.2 MB / 3.4 MB", "已保存：推荐汇总表_….xlsx（12.5 KB）" or the error.
std::string statusText(const DownloadState& state);
std::string byteText(std::int64_t bytes);  // "830 B", "12.5 KB", "3.4 MB"

class Documents {
 public:
  Documents(AppContext& ctx, ApiClient& api) : ctx_(ctx), api_(api) {}

  // Who is signed in: another account than before forgets the downloads and the 公示 batches shown so far.
  void setAccount(const std::string& account);
  // Starts the download `key` (a widget's name, e.g. "docx:12"), unless it is running already.
  void start(const std::string& key, const DownloadRequest& request);
  const DownloadState* state(const std::string& key) const;

  // The 公示 batches of the account set last: asked for once per account (again after refreshPublicity()).
  void loadPublicity();
  void refreshPublicity() { publicityFor_.clear(); }
  const std::optional<api::PublicityBatchList>& publicity() const { return publicity_; }
  const std::string& publicityError() const { return publicityError_; }

 private:
  AppContext& ctx_;
  ApiClient& api_;
  std::map<std::string, DownloadState> states_;
  std::optional<api::PublicityBatchList> publicity_;
  std::string publicityError_;
  std::string publicityFor_;
  std::string account_;
};

}  // namespace sxpool::web
