// 指南第十三条: an admitted institution keeps its service products and typical cases current from its home screen.
#include <string>

#include "app/app.hpp"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "views/applicant_panels.hpp"
#include "views/reviewer/reviewer_views.hpp"
#include "widgets/screen.hpp"

namespace sxpool::web {
namespace {

void field(App& app, const std::string& name, const char* label, std::string& value, bool multiline) {
  ImGui::TextUnformatted(label);
  const std::string id = "##" + name;
  if (multiline)
    ImGui::InputTextMultiline(id.c_str(), &value, ImVec2(640, 60));
  else {
    ImGui::SetNextItemWidth(640);
    ImGui::InputText(id.c_str(), &value);
  }
  recordLastItem(app.ctx.widgets, name.c_str());
}

}  // namespace

void drawPoolProfile(App& app) {
  auto& profile = app.applicant.profile;
  if (!profile) return;
  ImGui::Separator();
  ImGui::TextUnformatted("服务产品与典型案例（入库后请保持更新，公开名录展示）");
  int remove = -1;
  for (std::size_t i = 0; i < profile->products.size(); ++i) {
    auto& p = profile->products[i];
    const std::string n = std::to_string(i);
    ImGui::PushID(static_cast<int>(i));
    ImGui::Text("服务产品 %zu", i + 1);
    field(app, "product_name:" + n, "服务产品名称：", p.name, false);
    field(app, "product_content:" + n, "服务内容：", p.content, true);
    field(app, "product_application:" + n, "产品应用情况：", p.application, true);
    if (probedButton(app, ("product_remove:" + n).c_str(), "删除此产品")) remove = static_cast<int>(i);
    ImGui::PopID();
  }
  if (remove >= 0) profile->products.erase(profile->products.begin() + remove);
  if (probedButton(app, "product_add", "添加服务产品")) profile->products.emplace_back();
  ImGui::Spacing();
  remove = -1;
  for (std::size_t i = 0; i < profile->cases.size(); ++i) {
    auto& c = profile->cases[i];
    const std::string n = std::to_string(i);
    ImGui::PushID(1000 + static_cast<int>(i));
    ImGui::Text("典型案例 %zu", i + 1);
    field(app, "case_title:" + n, "案例名称：", c.title, false);
    field(app, "case_enterprise:" + n, "服务对象：", c.enterprise, false);
    field(app, "case_content:" + n, "服务内容：", c.content, true);
    field(app, "case_effect:" + n, "服务成效：", c.effect, true);
    if (probedButton(app, ("case_remove:" + n).c_str(), "删除此案例")) remove = static_cast<int>(i);
    ImGui::PopID();
  }
  if (remove >= 0) profile->cases.erase(profile->cases.begin() + remove);
  if (probedButton(app, "case_add", "添加典型案例")) profile->cases.emplace_back();
  ImGui::Spacing();
  if (probedButton(app, "profile_save", app.applicant.profileSaving ? "正在保存…" : "保存服务产品与案例",
                   !app.applicant.profileSaving))
    app.savePoolProfile();
  drawMessage(Tone::Info, app.applicant.profileMessage);
  app.ctx.widgets.setValue("profile_message", app.applicant.profileMessage);
  app.ctx.widgets.setValue("profile_revision", std::to_string(profile->revision));
}

}  // namespace sxpool::web
