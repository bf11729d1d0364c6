// 属地原则 (第八条(一)): the unit where the application starts, defaulted from the USCC's division code.
#include "imgui.h"
#include "sxpool/divisions.hpp"
#include "sxpool/routing.hpp"
#include "views/wizard/steps.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {
namespace {

const char* kPath = "routing";

std::string unitLabel(const Routing& r) {
  if (r.kind == RoutingKind::Unset || r.unitName.empty()) return "（未确定）";
  return r.unitName;
}

// Where the application goes after submission, for the applicant's orientation.
std::string flowText(const Routing& r) {
  const auto& d = Divisions::instance();
  switch (r.kind) {
    case RoutingKind::County: {
      const std::string city = d.nameOf(d.cityOf(r.unitCode));
      return r.unitName + "中小企业主管部门初审 → " + (city.empty() ? "所属市" : city) +
             "工信局初审推荐 → 省工信厅审核";
    }
    case RoutingKind::City: return r.unitName + "工信局初审推荐 → 省工信厅审核";
    case RoutingKind::ReformZone: return "山西综改区管委会初审推荐 → 省工信厅审核";
    case RoutingKind::ProvincialDepartment: return "省级主管部门初审推荐 → 省工信厅审核";
    case RoutingKind::Unset: break;
  }
  return {};
}

Routing routingForKind(RoutingKind kind, const Application& app, const std::optional<Routing>& byUscc) {
  if (kind == app.routing.kind) return app.routing;
  const auto& d = Divisions::instance();
  switch (kind) {
    case RoutingKind::County:
      if (byUscc && byUscc->kind == RoutingKind::County) return *byUscc;
      return Routing{RoutingKind::County, "", ""};
    case RoutingKind::City:
      if (byUscc) {
        const std::string city = d.cityOf(byUscc->unitCode);
        return Routing{RoutingKind::City, city, d.nameOf(city)};
      }
      return Routing{RoutingKind::City, "", ""};
    case RoutingKind::ReformZone: return reformZoneRouting();
    case RoutingKind::ProvincialDepartment: return Routing{RoutingKind::ProvincialDepartment, "", ""};
    case RoutingKind::Unset: break;
  }
  return Routing{};
}

void setRouting(Form& f, const Routing& r) {
  f.editor.edit(kPath, [&](Application& a) { a.routing = r; });
}

// City, then (for a county) the county of that city.
void drawDivisionChoice(Form& f, const Routing& current) {
  const auto& d = Divisions::instance();
  const auto& cities = d.cities();
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID cityKey = ImGui::GetID("routing-city");
  std::string cityCode = current.unitCode.empty() ? std::string() : d.cityOf(current.unitCode);
  if (cityCode.empty()) {
    const int remembered = storage->GetInt(cityKey, -1);
    if (remembered >= 0 && remembered < static_cast<int>(cities.size())) cityCode = cities[remembered].code;
  }
  std::vector<std::string_view> cityNames;
  int cityIndex = -1;
  for (std::size_t i = 0; i < cities.size(); ++i) {
    if (cities[i].code == cityCode) cityIndex = static_cast<int>(i);
    cityNames.push_back(cities[i].name);
  }
  FieldOpts opts = FieldOpts().withWidth(260);
  if (comboInput(f, "routing.city", "所在市", cityIndex, cityNames, opts)) {
    storage->SetInt(cityKey, cityIndex);
    const CityInfo& city = cities[static_cast<std::size_t>(cityIndex)];
    if (current.kind == RoutingKind::City)
      setRouting(f, Routing{RoutingKind::City, city.code, city.name});
    else
      setRouting(f, Routing{RoutingKind::County, "", ""});
    cityCode = city.code;
  }
  if (current.kind != RoutingKind::County || cityCode.empty()) return;
  const auto counties = d.countiesOf(cityCode);
  std::vector<std::string_view> countyNames;
  int countyIndex = -1;
  for (std::size_t i = 0; i < counties.size(); ++i) {
    if (counties[i]->code == current.unitCode) countyIndex = static_cast<int>(i);
    countyNames.push_back(counties[i]->name);
  }
  if (comboInput(f, "routing.unitCode", "县（市、区）", countyIndex, countyNames, opts)) {
    const Division* c = counties[static_cast<std::size_t>(countyIndex)];
    setRouting(f, Routing{RoutingKind::County, c->code, c->name});
  }
}

void drawDepartmentChoice(Form& f, WizardEnv& env, const Routing& current) {
  if (!env.departments.empty()) {
    std::vector<std::string_view> names;
    int index = -1;
    for (std::size_t i = 0; i < env.departments.size(); ++i) {
      if (env.departments[i].unitCode == current.unitCode) index = static_cast<int>(i);
      names.push_back(env.departments[i].unitName);
    }
    if (comboInput(f, "routing.unitCode", "省级主管部门", index, names, FieldOpts().withWidth(360)))
      setRouting(f, env.departments[static_cast<std::size_t>(index)]);
    return;
  }
  std::string name = current.unitName;
  if (textInput(f, "routing.unitName", "省级主管部门名称", name, FieldOpts().withHint("推荐本机构的省级主管部门全称")))
    setRouting(f, departmentRouting(current.unitCode, name));
  std::string code = current.unitCode;
  if (textInput(f, "routing.unitCode", "部门代码", code,
                FieldOpts().withWidth(260).withHint("dept- 开头，向主管部门索取"), ImGuiInputTextFlags_CharsNoBlank))
    setRouting(f, departmentRouting(code, current.unitName));
}

}  // namespace

void drawRoutingSection(Form& f, WizardEnv& env) {
  const Application& app = f.editor.app();
  const Routing current = app.routing;
  std::string why;
  const std::optional<Routing> byUscc = defaultRoutingForUscc(app.basic.uscc, &why);

  drawReviewerComment(f, kPath);
  const bool jump = takeJump(f, kPath);
  wrappedText(
      "申请材料按属地原则提交：县（市、区）登记的机构向所属县级主管部门提交，市本级登记的向市工信局提交，"
      "综改区内的机构向山西综改区管委会提交，省级行业组织机构由省级主管部门推荐。");
  if (byUscc)
    ImGui::Text("按统一社会信用代码，默认属地为：%s", byUscc->unitName.c_str());
  else if (!app.basic.uscc.empty())
    hintText("%s", why.c_str());

  ImGui::BeginGroup();
  bool first = true;
  for (const auto& e : entriesOf<RoutingKind>()) {
    if (e.value == RoutingKind::Unset) continue;
    const std::string label = std::string(e.label) + "##routing-" + std::string(e.code);
    if (ImGui::RadioButton(label.c_str(), current.kind == e.value)) setRouting(f, routingForKind(e.value, app, byUscc));
    if (jump && first) focusLastItem();
    first = false;
    recordLastItem(f.widgets, ("routing:" + std::string(e.code)).c_str());
  }
  ImGui::EndGroup();
  recordLastRect(f.widgets, "field:routing");

  if (current.kind == RoutingKind::County || current.kind == RoutingKind::City) drawDivisionChoice(f, current);
  if (current.kind == RoutingKind::ReformZone) ImGui::Text("属地单位：山西转型综合改革示范区管委会");
  if (current.kind == RoutingKind::ProvincialDepartment) drawDepartmentChoice(f, env, current);

  if (byUscc && current.kind != RoutingKind::Unset && !(current == *byUscc)) {
    if (ImGui::Button("恢复为按代码确定的默认属地")) setRouting(f, *byUscc);
    recordLastItem(f.widgets, "routing_reset");
  }
  if (current.kind != RoutingKind::Unset)
    hintText("当前属地：%s。提交后：%s", unitLabel(current).c_str(), flowText(current).c_str());
  drawFieldMessages(f, kPath);
}

}  // namespace sxpool::web
