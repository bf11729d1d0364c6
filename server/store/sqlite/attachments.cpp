// SqliteStore: the attachments table (the files themselves are in FileStore).
#include "store/sqlite_store.hpp"

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace sxpool::store {
namespace {

constexpr const char* kAttachmentColumns =
    "id, application_id, material, file_name, size, content_type, sha256, uploaded_at, uploaded_by, removed_at";

AttachmentRow readAttachment(Stmt& s) {
  AttachmentRow a;
  a.id = s.integer(0);
  a.applicationId = s.integer(1);
  a.material = s.text(2);
  a.fileName = s.text(3);
  a.size = s.integer(4);
  a.contentType = s.text(5);
  a.sha256 = s.text(6);
  a.uploadedAt = s.integer(7);
  a.uploadedBy = s.integer(8);
  a.removedAt = s.optionalInteger(9);
  return a;
}

}  // namespace

std::int64_t SqliteStore::insertAttachment(const AttachmentRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare(
          "INSERT INTO attachments(application_id, material, file_name, size, content_type, sha256, uploaded_at, "
          "uploaded_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?)")
      .bindAll(r.applicationId, r.material, r.fileName, r.size, r.contentType, r.sha256, r.uploadedAt, r.uploadedBy)
      .run();
  return db().lastInsertId();
}

std::vector<AttachmentRow> SqliteStore::attachments(std::int64_t applicationId, bool includeRemoved) {
  auto s = db().prepare(std::string("SELECT ") + kAttachmentColumns + " FROM attachments WHERE application_id = ?" +
                        (includeRemoved ? "" : " AND removed_at IS NULL"));
  s.bindAll(applicationId);
  std::vector<AttachmentRow> out;
  while (s.step()) out.push_back(readAttachment(s));
  // Ordered here, not by SQL: an ORDER BY the index can't give starts a sorter, the dearest part of this query.
  const auto key = [](const AttachmentRow& a) { return std::pair(std::atoi(a.material.c_str()), a.id); };
  std::sort(out.begin(), out.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
  return out;
}

std::vector<AttachmentRow> SqliteStore::allAttachments() {
  auto s = db().prepare(std::string("SELECT ") + kAttachmentColumns + " FROM attachments ORDER BY id");
  std::vector<AttachmentRow> out;
  while (s.step()) out.push_back(readAttachment(s));
  return out;
}

void SqliteStore::markAttachmentRemoved(std::int64_t attachmentId, std::int64_t at) {
  std::lock_guard lock(writeMutex_);
  db().prepare("UPDATE attachments SET removed_at = ? WHERE id = ?").bindAll(at, attachmentId).run();
}

}  // namespace sxpool::store
