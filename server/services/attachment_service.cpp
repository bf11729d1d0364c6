#include "services/attachment_service.hpp"

#include <algorithm>

#include "services/application_service.hpp"
#include "services/case_records.hpp"
#include "services/service_error.hpp"
#include "store/store_error.hpp"
#include "services/upload_types.hpp"

namespace sxpool::services {
namespace {

std::string megabytes(std::uint64_t bytes) {
  const auto tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
  return std::to_string(tenths / 10) + (tenths % 10 ? "." + std::to_string(tenths % 10) : "") + " MB";
}

constexpr size_t kSniffBytes = 8;  // the longest signature: PNG

ServiceError fileTooLarge(const std::string& label, std::optional<std::uint64_t> size, std::uint64_t limit) {
  return ServiceError(413, "file_too_large",
                      "「" + label + "」文件" + (size ? "大小为 " + megabytes(*size) + "，" : std::string()) +
                          "超过单个文件上限 " + megabytes(limit) + "：请压缩或拆分后再上传");
}

ServiceError applicationTooLarge(std::uint64_t total, std::uint64_t limit) {
  return ServiceError(
      413, "application_too_large",
      "本申请的附件合计将达 " + megabytes(total) + "，超过上限 " + megabytes(limit) + "：请压缩文件或删除不需要的附件");
}

ServiceError unsupportedType(const std::string& label) {
  return ServiceError(
      415, "unsupported_type",
      "「" + label + "」的文件类型不支持：只接受 PDF、JPEG、PNG（按文件内容识别，不看扩展名），请转换后再上传");
}

}  // namespace

std::string AttachmentService::sniffType(const std::string& b) { return sniffUploadType(b); }

std::string AttachmentService::cleanFileName(const std::string& name) { return cleanUploadFileName(name); }

bool AttachmentUpload::refuse(ServiceError error) {
  if (file_) file_->discard();
  refusal_ = std::move(error);
  return false;
}

bool AttachmentUpload::write(const char* data, size_t n) {
  if (refusal_) return false;
  received_ += n;
  if (received_ > fileLimit_) return refuse(fileTooLarge(label_, declared_, fileLimit_));
  if (storedBefore_ + received_ > applicationLimit_)
    return refuse(applicationTooLarge(storedBefore_ + declared_.value_or(received_), applicationLimit_));
  if (type_.empty() && head_.size() < kSniffBytes) {
    head_.append(data, std::min(n, kSniffBytes - head_.size()));
    if (head_.size() == kSniffBytes && (type_ = AttachmentService::sniffType(head_)).empty())
      return refuse(unsupportedType(label_));
  }
  try {
    file_->append(data, n);
  } catch (const store::StorageFull&) {
    return refuse(storageFull());
  } catch (const std::exception& e) {
    return refuse(
        ServiceError(500, "storage_failed",
                     "附件保存失败（" + std::string(e.what()) + "）：请稍后重试；若一再出现，请联系系统管理员"));
  }
  return true;
}

std::uint64_t AttachmentService::storedBytes(std::int64_t applicationId, const std::string& replacedKind) {
  std::uint64_t total = 0;
  for (const auto& a : ctx_.store.attachments(applicationId, false))
    if (a.material != replacedKind) total += static_cast<std::uint64_t>(a.size);
  return total;
}

void AttachmentService::markRemoved(const store::AttachmentRow& a, const CurrentUser& user) {
  const std::int64_t now = ctx_.clock.now();
  ctx_.store.markAttachmentRemoved(a.id, now);
  store::AuditRow audit;
  audit.at = now;
  audit.userId = user.user.id;
  audit.account = user.user.account;
  audit.event = "attachment_removed";
  audit.applicationId = a.applicationId;
  audit.comment = "材料" + a.material + "「" + a.fileName + "」";
  ctx_.store.appendAudit(audit);
}

api::MaterialView materialView(const store::AttachmentRow& a, std::int64_t applicationId) {
  const auto kind = fromCode<MaterialKind>(a.material);
  return {a.id,
          a.material,
          kind ? std::string(labelOf(*kind)) : std::string(),
          a.fileName,
          a.size,
          a.contentType,
          a.sha256,
          a.uploadedAt,
          a.removedAt.has_value(),
          api::fileUrl(applicationId, a.sha256)};
}

AttachmentUpload AttachmentService::beginUpload(std::int64_t applicationId, const std::string& material,
                                                const std::string& fileName, std::optional<std::uint64_t> declaredBytes,
                                                const CurrentUser& user) {
  const auto kind = fromCode<MaterialKind>(material);
  if (!kind) throw notFound("材料编号 " + material + " 不存在：应为 1–12");
  AttachmentUpload u;
  u.applicationId_ = applicationId;
  u.material_ = material;
  u.label_ = std::string(labelOf(*kind));
  u.fileName_ = cleanFileName(fileName);
  u.fileLimit_ = ctx_.config.attachmentFileLimit;
  u.applicationLimit_ = ctx_.config.attachmentApplicationLimit;
  u.declared_ = declaredBytes;
  // Ownership and state before a byte touches the disk.
  ApplicationService(ctx_).requireOwnEditable(applicationId, user);
  u.storedBefore_ = storedBytes(applicationId, material);
  if (declaredBytes) {
    if (*declaredBytes == 0)
      throw ServiceError(400, "empty_file", "「" + u.label_ + "」上传的文件是空的，请重新选择文件");
    if (*declaredBytes > u.fileLimit_) throw fileTooLarge(u.label_, declaredBytes, u.fileLimit_);
    if (u.storedBefore_ + *declaredBytes > u.applicationLimit_)
      throw applicationTooLarge(u.storedBefore_ + *declaredBytes, u.applicationLimit_);
  }
  u.file_ = std::make_unique<store::FileStore::Pending>(ctx_.files);
  return u;
}

api::MaterialView AttachmentService::finishUpload(AttachmentUpload& u, bool complete, const CurrentUser& user) {
  if (u.refusal_) throw *u.refusal_;
  if (!complete) {
    u.file_->discard();
    throw ServiceError(400, "upload_incomplete",
                       "「" + u.label_ + "」的文件没有完整收到（连接中断或格式有误）：请重新上传");
  }
  if (u.received_ == 0) {
    u.file_->discard();
    throw ServiceError(400, "empty_file", "「" + u.label_ + "」上传的文件是空的，请重新选择文件");
  }
  if (u.type_.empty() && (u.type_ = sniffType(u.head_)).empty()) {
    u.file_->discard();
    throw unsupportedType(u.label_);
  }

  const std::string sha = u.file_->commit();  // durable before the row that names it
  store::AttachmentRow row;
  row.applicationId = u.applicationId_;
  row.material = u.material_;
  row.fileName = u.fileName_;
  row.size = static_cast<std::int64_t>(u.received_);
  row.contentType = u.type_;
  row.sha256 = sha;
  row.uploadedAt = ctx_.clock.now();
  row.uploadedBy = user.user.id;
  ctx_.commits.run([&] {  // the row shares its fsync with concurrent writes (group commit)
    ApplicationService(ctx_).requireOwnEditable(u.applicationId_, user);
    const auto current = ctx_.store.attachments(u.applicationId_, false);
    for (const auto& a : current)
      if (a.material == u.material_ && a.sha256 == sha) {  // the same file again: idempotent
        row = a;
        return;
      }
    // Checked again here: parallel uploads to one application must not pass the limit together.
    const std::uint64_t total = storedBytes(u.applicationId_, u.material_) + u.received_;
    if (total > u.applicationLimit_) throw applicationTooLarge(total, u.applicationLimit_);
    for (const auto& a : current)
      if (a.material == u.material_) markRemoved(a, user);
    row.id = ctx_.store.insertAttachment(row);
    store::AuditRow audit;
    audit.at = row.uploadedAt;
    audit.userId = user.user.id;
    audit.account = user.user.account;
    audit.event = "attachment_uploaded";
    audit.applicationId = u.applicationId_;
    audit.comment = "材料" + u.material_ + "「" + row.fileName + "」" + sha.substr(0, 12);
    ctx_.store.appendAudit(audit);
  });
  ctx_.generation++;
  return materialView(row, u.applicationId_);
}

api::MaterialView AttachmentService::upload(std::int64_t applicationId, const std::string& material,
                                            const std::string& fileName, const std::string& bytes,
                                            const CurrentUser& user) {
  auto u = beginUpload(applicationId, material, fileName, bytes.size(), user);
  u.write(bytes.data(), bytes.size());
  return finishUpload(u, true, user);
}

void AttachmentService::remove(std::int64_t applicationId, std::int64_t attachmentId, const CurrentUser& user) {
  ctx_.store.transaction([&] {
    ApplicationService(ctx_).requireOwnEditable(applicationId, user);
    for (const auto& a : ctx_.store.attachments(applicationId, false)) {
      if (a.id != attachmentId) continue;
      markRemoved(a, user);
      return;
    }
    throw notFound("附件 " + std::to_string(attachmentId) + " 不存在或已删除");
  });
  ctx_.generation++;
}

Download AttachmentService::download(std::int64_t applicationId, const std::string& sha256, const CurrentUser& user) {
  auto rec = loadCase(ctx_, applicationId);
  requireView(rec, user);
  for (const auto& a : ctx_.store.attachments(applicationId, true)) {
    if (a.sha256 != sha256) continue;
    std::error_code ec;
    const auto path = ctx_.files.pathOf(sha256);
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) throw ServiceError(500, "file_missing", "附件文件缺失，请联系系统管理员从备份恢复");
    return {path, static_cast<std::uint64_t>(size), a.contentType, a.fileName};
  }
  throw notFound("该申请没有这个附件");
}

}  // namespace sxpool::services
