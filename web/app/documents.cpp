#include "app/documents.hpp"

#include <cstdio>

#include "app/app.hpp"
#include "sxpool/api/common.hpp"

namespace sxpool::web {
namespace {

std::string failureText(int status, const std::string& body) {
  if (status == 0) return "网络不可用或服务器未响应，文件没有下载：请检查网络后再点一次";
  if (auto e = api::decodeErrorBody(body); e && !e->message.empty()) {
    if (status == 401) return "登录已过期：请重新登录后再下载（" + e->message + "）";
    return e->message;
  }
  return "下载失败（服务器返回 " + std::to_string(status) + "）：请稍后再试";
}

}  // namespace

const char* phaseCode(DownloadState::Phase phase) {
  switch (phase) {
    case DownloadState::Phase::Running: return "running";
    case DownloadState::Phase::Saved: return "saved";
    case DownloadState::Phase::Failed: return "failed";
  }
  return "";
}

std::string byteText(std::int64_t bytes) {
  char buf[32];
  if (bytes < 1024)
    std::snprintf(buf, sizeof buf, "%lld B", static_cast<long long>(bytes));
  else if (bytes < 1024 * 1024)
    std::snprintf(buf, sizeof buf, "%.1f KB", bytes / 1024.0);
  else
    std::snprintf(buf, sizeof buf, "%.1f MB", bytes / (1024.0 * 1024.0));
  return buf;
}

std::string statusText(const DownloadState& s) {
  switch (s.phase) {
    case DownloadState::Phase::Running:
      return "正在下载… " + byteText(s.received) + (s.total > 0 ? " / " + byteText(s.total) : "");
    case DownloadState::Phase::Saved: return "已保存：" + s.fileName + "（" + byteText(s.received) + "）";
    case DownloadState::Phase::Failed: return s.error;
  }
  return "";
}

void Documents::start(const std::string& key, const DownloadRequest& request) {
  auto it = states_.find(key);
  if (it != states_.end() && it->second.phase == DownloadState::Phase::Running) return;
  states_[key] = DownloadState{};
  if (!ctx_.downloads) {
    states_[key].phase = DownloadState::Phase::Failed;
    states_[key].error = "此环境不能保存文件：请在浏览器中打开本系统后下载";
    return;
  }
  ctx_.frames.wake();
  DownloadEvents events;
  const std::string account = account_;
  events.progress = [this, key, account](std::int64_t received, std::int64_t total) {
    if (account != account_) return;  // signed out meanwhile
    auto& s = states_[key];
    s.received = received;
    s.total = total;
    ++s.reports;
    ctx_.frames.wake();
  };
  events.saved = [this, key, account](const std::string& savedAs, std::int64_t bytes) {
    if (account != account_) return;
    auto& s = states_[key];
    s.phase = DownloadState::Phase::Saved;
    s.fileName = savedAs;
    s.received = bytes;
    ctx_.glyphs.note(savedAs);
    ctx_.frames.wake();
  };
  events.failed = [this, key, account](int status, const std::string& body) {
    if (account != account_) return;
    auto& s = states_[key];
    s.phase = DownloadState::Phase::Failed;
    s.error = failureText(status, body);
    ctx_.glyphs.note(s.error);
    ctx_.frames.wake();
  };
  ctx_.downloads->download(request.path, request.fallbackName, std::move(events));
}

const DownloadState* Documents::state(const std::string& key) const {
  auto it = states_.find(key);
  return it == states_.end() ? nullptr : &it->second;
}

void Documents::setAccount(const std::string& account) {
  if (account == account_) return;
  account_ = account;
  states_.clear();
  publicity_.reset();
  publicityError_.clear();
  publicityFor_.clear();
}

void Documents::loadPublicity() {
  const std::string account = account_;
  if (publicityFor_ == account) return;
  publicityFor_ = account;
  publicity_.reset();
  publicityError_.clear();
  api_.publicityBatches([this, account](const ApiResult& r, const api::PublicityBatchList& list) {
    if (publicityFor_ != account) return;  // signed out or in as someone else meanwhile
    if (r.ok())
      publicity_ = list;
    else
      publicityError_ = "公示批次读取失败：" + r.message;
    ctx_.frames.wake();
  });
}

}  // namespace sxpool::web
