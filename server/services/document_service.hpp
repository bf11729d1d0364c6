#pragma once
// The documents officials work with (issue 13): the 申请书 (DOCX, PDF), the 推荐汇总表 (XLSX), CSV lists and the
// materials archive. Here: who may have which, loading the data, and the audit row of each export; the writing
// itself is server/documents/ (pure functions over the domain's types).
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "documents/zip_stream.hpp"
#include "services/app_context.hpp"
#include "services/auth_service.hpp"
#include "sxpool/api/publicity.hpp"
#include "sxpool/api/queue.hpp"

namespace sxpool::services {

struct DocumentFile {
  std::string fileName;  // UTF-8, for Content-Disposition
  std::string contentType;
  std::string bytes;
};

struct MaterialsArchive {
  std::string fileName;
  std::vector<documents::ZipEntry> entries;
};

enum class BookFormat { Docx, Pdf };

class DocumentService {
 public:
  explicit DocumentService(AppContext& ctx) : ctx_(ctx) {}

  // The owner gets its draft (or `version`); others who may view it the latest submitted version (or `version`).
  DocumentFile applicationBook(std::int64_t id, const CurrentUser& user, std::optional<int> version, BookFormat format);
  // 附件3 of `unitCode` (a city, the 综改区 or a 省级主管部门) for round `year`: the unit itself, the province, admin.
  DocumentFile recommendationSummary(const CurrentUser& user, const std::string& unitCode, std::optional<int> year);
  // Every row the queue shows with these filters (all pages).
  DocumentFile queueCsv(const CurrentUser& user, api::QueueQuery query);
  DocumentFile publicityCsv(const CurrentUser& user, std::int64_t batchId);
  DocumentFile poolCsv(const CurrentUser& user);  // 已入库 institutions the caller may see
  // The 公示 batches with their number of applications in the caller's jurisdiction (the rows of their CSV):
  // the province and admin see every batch, other reviewers those with a row of theirs; applicants none (403).
  api::PublicityBatchList publicityBatches(const CurrentUser& user);
  MaterialsArchive materials(std::int64_t id, const CurrentUser& user);

 private:
  void audit(const CurrentUser& user, std::optional<std::int64_t> applicationId, const std::string& what);
  // Every application the caller's queue holds in `states` (empty: all), the caller's jurisdiction applied.
  std::vector<std::int64_t> idsInView(const CurrentUser& user, const std::vector<std::string>& states,
                                      std::optional<std::string> viewerUnit, std::optional<int> year);

  AppContext& ctx_;
};

}  // namespace sxpool::services
