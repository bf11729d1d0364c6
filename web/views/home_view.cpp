#include "app/app.hpp"
#include "app/utf8.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "sxpool/version.hpp"
#include "views/views.hpp"
#include "widgets/text.hpp"

namespace sxpool::web {
namespace {

void drawServerStatus(const ServerStatus& s) {
    switch (s.state) {
        case ServerStatus::State::Checking: ImGui::TextDisabled("正在连接服务器…"); break;
        case ServerStatus::State::Online:
            ImGui::TextColored(ImVec4(0.10f, 0.55f, 0.25f, 1), "服务器连接正常 %s", s.detail.c_str());
            break;
        case ServerStatus::State::Offline:
            ImGui::TextColored(ImVec4(0.75f, 0.15f, 0.10f, 1), "无法连接服务器：%s。请检查网络后刷新页面。",
                               s.detail.c_str());
            break;
    }
}

}  // namespace

void drawHomeView(App& app) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("home", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushTextWrapPos(width > 760 ? 760 : 0);

    drawHeading(std::string(kSystemName).c_str());
    ImGui::TextDisabled("山西省工业和信息化厅 · 服务机构入库申请、逐级审核推荐与动态管理");
    ImGui::Separator();
    ImGui::TextWrapped(
        "依据《山西省优质中小企业服务资源库管理指南（试行）》，服务机构在此在线填写入库申请书、上传佐证材料；"
        "县（市、区）、市工信局（山西综改区管委会）或省级主管部门逐级初审并提出推荐意见；省工信厅审核、"
        "公示五个工作日后纳入服务资源库，并按季度实行动态管理。");
    ImGui::Spacing();
    drawServerStatus(app.server);
    ImGui::Spacing();

    ImGui::SeparatorText("输入试用");
    ImGui::TextWrapped("可在下框中输入中文（输入法）、粘贴或复制文字，检查本机浏览器的输入是否正常。");
    ImGui::SetNextItemWidth(width > 520 ? 480 : width - 40);
    ImGui::InputTextWithHint("##scratch", "在此输入或粘贴", &app.scratchText);
    probeLastItem(app.ctx.probe, "scratch_input");
    ImGui::SameLine();
    if (ImGui::Button("复制")) ImGui::SetClipboardText(app.scratchText.c_str());
    probeLastItem(app.ctx.probe, "scratch_copy");
    int chars = 0;
    forEachCodepoint(app.scratchText, [&](std::uint32_t) { ++chars; });
    ImGui::Text("已输入 %d 个字符", chars);
    app.ctx.probe.setValue("scratch_text", app.scratchText);

    ImGui::PopTextWrapPos();
    ImGui::End();
}

}  // namespace sxpool::web
