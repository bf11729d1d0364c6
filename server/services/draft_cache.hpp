#pragma once
// The decoded drafts of the applications touched last: a submission (and every read of a case) decodes the stored
// draft text, the largest part of its CPU time; the draft just saved, or read before, is taken from here instead.
// An entry holds the text it was decoded from and is used only for that very text, so a changed draft (a save, a
// reviewer's 推荐意见) can never be answered from a stale entry. Thread-safe; bounded (the oldest use goes first).
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "sxpool/application.hpp"

namespace sxpool::services {

class DraftCache {
 public:
  explicit DraftCache(std::size_t capacity = 256) : capacity_(capacity) {}

  // The document decoded from exactly `draftText` for application `id`, if kept.
  std::optional<Application> find(std::int64_t id, const std::string& draftText);
  // `document` (without materials) is what `draftText` decodes to.
  void put(std::int64_t id, const std::string& draftText, const Application& document);

 private:
  struct Entry {
    std::string text;
    std::shared_ptr<const Application> document;
    std::list<std::int64_t>::iterator use;
  };
  std::size_t capacity_;
  std::mutex mutex_;
  std::unordered_map<std::int64_t, Entry> entries_;
  std::list<std::int64_t> uses_;  // most recent first
};

}  // namespace sxpool::services
