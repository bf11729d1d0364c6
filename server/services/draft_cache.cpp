#include "services/draft_cache.hpp"

namespace sxpool::services {

std::optional<Application> DraftCache::find(std::int64_t id, const std::string& draftText) {
  std::shared_ptr<const Application> document;
  {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(id);
    if (it == entries_.end() || it->second.text != draftText) return std::nullopt;
    uses_.splice(uses_.begin(), uses_, it->second.use);
    document = it->second.document;
  }
  return *document;  // copied outside the lock
}

void DraftCache::put(std::int64_t id, const std::string& draftText, const Application& document) {
  auto kept = std::make_shared<const Application>(document);
  std::lock_guard lock(mutex_);
  if (auto it = entries_.find(id); it != entries_.end()) {
    it->second.text = draftText;
    it->second.document = std::move(kept);
    uses_.splice(uses_.begin(), uses_, it->second.use);
    return;
  }
  if (capacity_ == 0) return;
  if (entries_.size() >= capacity_) {
    entries_.erase(uses_.back());
    uses_.pop_back();
  }
  uses_.push_front(id);
  entries_.emplace(id, Entry{draftText, std::move(kept), uses_.begin()});
}

}  // namespace sxpool::services
