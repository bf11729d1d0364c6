#pragma once
// The public pages (no sign-in): the directory of the admitted pool (指南第十四条) and the 公示 list (第八条(四)).
// Answers come from a snapshot of the pool rebuilt when AppContext::poolGeneration moves, and each search's JSON
// is kept until then, so a popular search costs a map lookup.
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "services/app_context.hpp"
#include "sxpool/api/directory.hpp"

namespace sxpool::services {

class DirectoryService {
 public:
  explicit DirectoryService(AppContext& ctx) : ctx_(ctx) {}

  api::DirectoryPage search(const api::DirectoryQuery& query);
  std::string searchJson(const api::DirectoryQuery& query);  // encode(search(query)), cached
  // 404 when the id is not an admitted institution (a removed one has left the directory).
  api::DirectoryInstitution institution(std::int64_t id);
  api::PublicNoticeList notices();

 private:
  struct Entry {
    api::DirectoryEntry view;
    std::string foldedName;  // ASCII letters lower-cased, for a case-blind name search
  };
  struct Snapshot {
    std::uint64_t generation = 0;
    std::vector<Entry> entries;                  // by name
    std::map<std::string, std::string> answers;  // DirectoryQuery::key() → JSON
    std::unique_ptr<api::PublicNoticeList> notices;
    Date noticesDay;  // the phases are today's
  };
  std::shared_ptr<Snapshot> snapshot();  // under mutex_
  std::unique_ptr<api::PublicNoticeList> buildNotices();

  AppContext& ctx_;
  std::mutex mutex_;
  std::shared_ptr<Snapshot> snapshot_;
};

}  // namespace sxpool::services
