// 申请材料 (第七条, 附件2 目录): the 12 materials, each uploaded through the MaterialsPort.
#include <cstdio>

#include "imgui.h"
#include "sxpool/fields/application_fields.hpp"
#include "views/wizard/steps.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {
namespace {

std::string formatBytes(std::int64_t bytes) {
  char buf[32];
  if (bytes >= 1024 * 1024)
    std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  else if (bytes >= 1024)
    std::snprintf(buf, sizeof buf, "%.0f KB", static_cast<double>(bytes) / 1024.0);
  else
    std::snprintf(buf, sizeof buf, "%lld 字节", static_cast<long long>(bytes));
  return buf;
}

bool button(Form& f, const std::string& widgetName, const char* label, bool enabled = true) {
  ImGui::BeginDisabled(!enabled);
  const bool clicked = ImGui::SmallButton(label);
  ImGui::EndDisabled();
  recordLastItem(f.widgets, widgetName.c_str());
  ImGui::SameLine();
  return clicked;
}

void drawMaterial(Form& f, WizardEnv& env, MaterialKind kind) {
  const std::string code(codeOf(kind));
  const std::string name = "material:" + code + ":";
  const bool required = isMaterialRequired(kind);
  const auto& materials = f.editor.app().materials;
  const UploadStatus status = env.materials.status(kind);
  bool uploaded = false;

  ImGui::PushID(code.c_str());
  if (required)
    ImGui::TextColored(ImVec4(0.75f, 0.15f, 0.10f, 1), "必传");
  else
    hintText("选传");
  ImGui::SameLine();
  wrappedText(code + ". " + std::string(labelOf(kind)));
  ImGui::Indent();
  for (std::size_t i = 0; i < materials.size(); ++i) {
    if (materials[i].kind != kind) continue;
    uploaded = uploaded || materials[i].sizeBytes > 0;
    wrappedText("已上传：" + materials[i].fileName + "（" + formatBytes(materials[i].sizeBytes) + "）");
    drawFieldMessages(f, "materials[" + std::to_string(i) + "]");
  }
  switch (status.state) {
    case UploadStatus::State::Uploading: {
      wrappedText("正在上传：" + status.fileName + "（" + formatBytes(status.sizeBytes) + "）");
      char overlay[16];
      std::snprintf(overlay, sizeof overlay, "%d%%", static_cast<int>(status.progress * 100 + 0.5f));
      ImGui::ProgressBar(status.progress, ImVec2(260, 0), overlay);
      recordLastItem(f.widgets, (name + "progress").c_str());
      ImGui::SameLine();
      if (button(f, name + "cancel", "取消上传", !env.readOnly)) env.materials.cancel(kind);
      ImGui::NewLine();
      f.widgets.setValue("material:" + code, "uploading");
      break;
    }
    case UploadStatus::State::Failed:
      // The whole message, wrapped in the column: the limit and what to do stay visible.
      wrappedTextColored(ImVec4(0.75f, 0.15f, 0.10f, 1), "上传失败：" + status.error);
      recordLastItem(f.widgets, (name + "error").c_str());
      f.widgets.setValue(name + "error", status.error);
      // The same file again helps only when the network or the server failed, not when the file was refused.
      if (status.retryable && button(f, name + "retry", "重试", !env.readOnly)) env.materials.retry(kind);
      if (button(f, name + "pick", "重新选择文件", !env.readOnly)) env.materials.pickFile(kind);
      ImGui::NewLine();
      f.widgets.setValue("material:" + code, "failed");
      break;
    case UploadStatus::State::Idle:
      if (uploaded) {
        if (button(f, name + "preview", "预览")) env.materials.preview(kind);
        if (button(f, name + "replace", "替换", !env.readOnly)) env.materials.pickFile(kind);
        if (button(f, name + "remove", "删除", !env.readOnly)) env.materials.remove(kind);
        ImGui::NewLine();
      } else {
        if (button(f, name + "pick", "选择文件", !env.readOnly)) env.materials.pickFile(kind);
        if (required)
          ImGui::TextColored(f.editor.showAll() ? ImVec4(0.75f, 0.15f, 0.10f, 1) : ImVec4(0.45f, 0.45f, 0.45f, 1),
                             "尚未上传");
        else
          hintText("如有，可上传");
      }
      f.widgets.setValue("material:" + code, uploaded ? "uploaded" : required ? "missing" : "optional");
      break;
  }
  ImGui::Unindent();
  ImGui::Separator();
  ImGui::PopID();
}

}  // namespace

void drawMaterialsStep(Form& f, WizardEnv& env) {
  sectionHeading(f, "materials", fields::label(&Application::materials));
  const long long mb = static_cast<long long>(env.materials.maxFileBytes() / (1024 * 1024));
  wrappedText("每项材料上传 PDF 或图片扫描件（JPG、PNG），单个文件不超过 " + std::to_string(mb) +
              " MB；需盖章的材料请盖章后扫描。格式或大小不符的文件会在上传前被拒绝。");
  recordLastItem(f.widgets, "field:materials");
  drawFieldMessages(f, "materials", true);
  ImGui::Spacing();
  for (const auto& e : entriesOf<MaterialKind>()) drawMaterial(f, env, e.value);
}

}  // namespace sxpool::web
