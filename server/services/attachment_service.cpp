#include "services/attachment_service.hpp"

#include "services/application_service.hpp"
#include "services/case_records.hpp"
#include "services/service_error.hpp"

namespace sxpool::services {
namespace {

std::string megabytes(std::int64_t bytes) {
  const auto tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
  return std::to_string(tenths / 10) + (tenths % 10 ? "." + std::to_string(tenths % 10) : "") + " MB";
}

}  // namespace

std::string AttachmentService::sniffType(const std::string& b) {
  if (b.size() >= 5 && b.compare(0, 5, "%PDF-") == 0) return "application/pdf";
  if (b.size() >= 3 && static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xD8 &&
      static_cast<unsigned char>(b[2]) == 0xFF)
    return "image/jpeg";
  if (b.size() >= 8 && b.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) return "image/png";
  return {};
}

std::string AttachmentService::cleanFileName(const std::string& name) {
  std::string base = name.substr(name.find_last_of("/\\") == std::string::npos ? 0 : name.find_last_of("/\\") + 1);
  std::string out;
  for (unsigned char c : base)
    if (c >= 0x20 && c != 0x7F && c != '"') out += static_cast<char>(c);
  if (out.size() > 200) out.resize(200);
  while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();  // cut mid-UTF-8
  if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0x80)) {
    // drop a dangling lead byte
    if ((static_cast<unsigned char>(out.back()) & 0xC0) == 0xC0) out.pop_back();
  }
  return out.empty() || out == "." || out == ".." ? "附件" : out;
}

nlohmann::json AttachmentService::upload(std::int64_t applicationId, const std::string& material,
                                         const std::string& fileName, const std::string& bytes,
                                         const CurrentUser& user) {
  const auto kind = fromCode<MaterialKind>(material);
  if (!kind) throw notFound("材料编号 " + material + " 不存在：应为 1–12");
  const std::string label = std::string(labelOf(*kind));
  if (bytes.empty()) throw ServiceError(400, "empty_file", "「" + label + "」上传的文件是空的，请重新选择文件");
  if (bytes.size() > ctx_.config.attachmentFileLimit)
    throw ServiceError(413, "file_too_large",
                       "「" + label + "」文件大小为 " + megabytes(bytes.size()) + "，超过单个文件上限 " +
                           megabytes(ctx_.config.attachmentFileLimit) + "：请压缩或拆分后再上传");
  const std::string type = sniffType(bytes);
  if (type.empty())
    throw ServiceError(415, "unsupported_type",
                       "「" + label + "」的文件类型不支持：只接受 PDF、JPEG、PNG（按文件内容识别，不看扩展名），请转换后再上传");

  // Check ownership and state before touching the disk.
  ApplicationService(ctx_).requireOwnEditable(applicationId, user);
  std::int64_t total = 0;
  for (const auto& a : ctx_.store.attachments(applicationId, false)) total += a.size;
  if (total + static_cast<std::int64_t>(bytes.size()) > static_cast<std::int64_t>(ctx_.config.attachmentApplicationLimit))
    throw ServiceError(413, "application_too_large",
                       "本申请的附件合计将达 " + megabytes(total + bytes.size()) + "，超过上限 " +
                           megabytes(ctx_.config.attachmentApplicationLimit) + "：请压缩文件或删除不需要的附件");

  const std::string sha = ctx_.files.put(bytes);  // durable before the row that names it
  store::AttachmentRow row;
  row.applicationId = applicationId;
  row.material = material;
  row.fileName = cleanFileName(fileName);
  row.size = static_cast<std::int64_t>(bytes.size());
  row.contentType = type;
  row.sha256 = sha;
  row.uploadedAt = ctx_.clock.now();
  row.uploadedBy = user.user.id;
  ctx_.store.transaction([&] {
    ApplicationService(ctx_).requireOwnEditable(applicationId, user);
    for (const auto& a : ctx_.store.attachments(applicationId, false))
      if (a.material == material && a.sha256 == sha) {  // the same file again: idempotent
        row = a;
        return;
      }
    row.id = ctx_.store.insertAttachment(row);
    store::AuditRow audit;
    audit.at = row.uploadedAt;
    audit.userId = user.user.id;
    audit.account = user.user.account;
    audit.event = "attachment_uploaded";
    audit.applicationId = applicationId;
    audit.comment = "材料" + material + "「" + row.fileName + "」" + sha.substr(0, 12);
    ctx_.store.appendAudit(audit);
  });
  ctx_.generation++;
  return materialJson(row, applicationId);
}

void AttachmentService::remove(std::int64_t applicationId, std::int64_t attachmentId, const CurrentUser& user) {
  ctx_.store.transaction([&] {
    ApplicationService(ctx_).requireOwnEditable(applicationId, user);
    for (const auto& a : ctx_.store.attachments(applicationId, false)) {
      if (a.id != attachmentId) continue;
      ctx_.store.markAttachmentRemoved(a.id, ctx_.clock.now());
      store::AuditRow audit;
      audit.at = ctx_.clock.now();
      audit.userId = user.user.id;
      audit.account = user.user.account;
      audit.event = "attachment_removed";
      audit.applicationId = applicationId;
      audit.comment = "材料" + a.material + "「" + a.fileName + "」";
      ctx_.store.appendAudit(audit);
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
    auto bytes = ctx_.files.get(sha256);
    if (!bytes) throw ServiceError(500, "file_missing", "附件文件缺失，请联系系统管理员从备份恢复");
    return {std::move(*bytes), a.contentType, a.fileName};
  }
  throw notFound("该申请没有这个附件");
}

}  // namespace sxpool::services
