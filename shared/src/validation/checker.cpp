#include "checker.hpp"

#include "sxpool/text.hpp"

namespace sxpool::detail {

void Checker::add(std::string path, std::string_view rule, Severity severity, std::string message) {
  out.push_back(Finding{std::move(path), std::string(rule), severity, std::move(message)});
}

void Checker::missing(const FieldPath& field, std::string_view fillHint) {
  error(field.str(), "format.required", fieldLabel(field.str()) + "未填写，" + std::string(fillHint));
}

bool Checker::text(const FieldPath& field, std::string_view value, int maxChars, std::string_view fillHint) {
  if (isBlank(value)) {
    missing(field, fillHint);
    return false;
  }
  optionalText(field, value, maxChars);
  return true;
}

void Checker::optionalText(const FieldPath& field, std::string_view value, int maxChars) {
  if (value.size() <= static_cast<std::size_t>(maxChars)) return;  // characters ≤ bytes
  const auto n = utf8Length(value);
  if (n > static_cast<std::size_t>(maxChars))
    error(field.str(), "format.text-length",
          fieldLabel(field.str()) + "共" + std::to_string(n) + "字，超过上限" + std::to_string(maxChars) +
              "字，请精简内容");
}

bool Checker::count(const FieldPath& field, const std::optional<Count>& value, std::string_view unit) {
  if (!value) {
    missing(field, "请填写整数（单位：" + std::string(unit) + "）");
    return false;
  }
  if (*value < 0) {
    error(field.str(), "format.non-negative",
          fieldLabel(field.str()) + "不能为负数，请填写0或正整数（单位：" + std::string(unit) + "）");
    return false;
  }
  return true;
}

bool Checker::amount(const FieldPath& field, const std::optional<Decimal2>& value, std::string_view unit,
                     bool allowNegative) {
  if (!value) {
    missing(field, "请填写数值（单位：" + std::string(unit) + "，最多两位小数）");
    return false;
  }
  if (!allowNegative && value->hundredths < 0) {
    error(field.str(), "format.non-negative",
          fieldLabel(field.str()) + "不能为负数，请填写0或正数（单位：" + std::string(unit) + "）");
    return false;
  }
  return true;
}

bool Checker::pastDate(const FieldPath& field, const std::optional<Date>& value) {
  if (!value) {
    missing(field, "请按“YYYY-MM-DD”格式填写日期");
    return false;
  }
  if (ctx.submissionDate.valid() && *value > ctx.submissionDate)
    error(field.str(), "format.date",
          fieldLabel(field.str()) + formatDate(*value) + "晚于提交日期" + formatDate(ctx.submissionDate) +
              "，请核对并填写实际日期");
  return true;
}

std::string FieldPath::str() const {
  if (!row_) return std::string(whole_);
  return rowPath(table_, index_, field_);
}

std::string indexPath(std::string_view table, std::size_t index) {
  return std::string(table) + "[" + std::to_string(index) + "]";
}

std::string rowPath(std::string_view table, std::size_t index, std::string_view field) {
  return indexPath(table, index) + "." + std::string(field);
}

bool hasMaterial(const Application& app, MaterialKind kind) {
  for (const auto& m : app.materials)
    if (m.kind == kind && m.sizeBytes > 0) return true;
  return false;
}

std::string missingMaterialMessage(MaterialKind kind) {
  return "申请材料缺少第" + std::string(codeOf(kind)) + "项「" + std::string(labelOf(kind)) +
         "」，请上传该材料的PDF或图片扫描件";
}

}  // namespace sxpool::detail
