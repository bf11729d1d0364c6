// The 12 materials (第七条): required kinds present, file metadata sane. Kinds 4, 8 and 10 are reported by the
// rules that need them (6-5, 6-2, 6-7).
#include <map>

#include "checker.hpp"
#include "sxpool/rules/formats.hpp"
#include "sxpool/text.hpp"

namespace sxpool::detail {
namespace {
bool reportedByEligibility(MaterialKind k) {
  return k == MaterialKind::PremisesCertificate || k == MaterialKind::AuditedStatements ||
         k == MaterialKind::CreditCheck;
}
}  // namespace

void checkMaterials(Checker& c, Row row) {
  const auto& rows = c.app.materials;
  if (!row)
    for (const auto& e : entriesOf<MaterialKind>())
      if (isMaterialRequired(e.value) && !reportedByEligibility(e.value) && !hasMaterial(c.app, e.value))
        c.error("materials", "materials.missing", missingMaterialMessage(e.value));
  std::map<std::string_view, std::size_t> firstRow;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Material& m = rows[i];
    const auto [it, fresh] = firstRow.emplace(m.sha256, i);
    if (!inRow(row, i)) continue;
    auto name = [&] { return "申请材料第" + std::string(codeOf(m.kind)) + "项的文件“" + m.fileName + "”"; };
    c.text(FieldPath("materials", i, "fileName"), m.fileName, 200, "请重新上传该文件");
    if (m.sizeBytes <= 0)
      c.error(rowPath("materials", i, "sizeBytes"), "materials.size", name() + "是空文件，请重新上传完整的扫描件");
    else if (m.sizeBytes > c.round.maxMaterialBytes)
      c.error(rowPath("materials", i, "sizeBytes"), "materials.size",
              name() + "超过" + std::to_string(c.round.maxMaterialBytes / (1024 * 1024)) + "MB，请压缩或拆分后上传");
    if (!rules::isAllowedMaterialType(m.contentType))
      c.error(rowPath("materials", i, "contentType"), "materials.type",
              name() + "的类型“" + m.contentType + "”不支持，请上传PDF、JPG或PNG格式的扫描件");
    if (!rules::isSha256Hex(m.sha256))
      c.error(rowPath("materials", i, "sha256"), "materials.sha256", name() + "缺少有效的文件校验值，请重新上传该文件");
    else if (!fresh)
      c.warning(rowPath("materials", i, "sha256"), "materials.duplicate",
                name() + "与第" + std::to_string(it->second + 1) + "个文件内容完全相同，请确认是否重复上传");
  }
}

}  // namespace sxpool::detail
