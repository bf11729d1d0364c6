// The public pages' HTML: escaped text only, one stylesheet (/public.css), no script, so they read without
// WebAssembly, in a screen reader and for a search engine.
#include "http/public_pages.hpp"

#include "sxpool/divisions.hpp"
#include "sxpool/text.hpp"

namespace sxpool::http {
namespace {

std::string esc(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string page(const std::string& title, const std::string& body) {
  return "<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<title>" +
         esc(title) +
         " · 山西省优质中小企业服务资源库</title><link rel=\"stylesheet\" href=\"/public.css\"></head><body>"
         "<header><nav aria-label=\"网站导航\"><a href=\"/directory\">资源库名录</a><a href=\"/publicity\">入库公示</a>"
         "<a href=\"/\">服务机构申报与审核（登录）</a></nav></header><main>" +
         body +
         "</main><footer>山西省工业和信息化厅 · "
         "山西省优质中小企业服务资源库（依据《山西省优质中小企业服务资源库管理指南》）"
         "</footer></body></html>\n";
}

std::string href(const api::DirectoryQuery& q) {
  std::string out = "/directory";
  char sep = '?';
  for (const auto& [k, v] : q.toParams()) {
    out += sep + k + "=" + percentEncoded(v);
    sep = '&';
  }
  return out;
}

std::string directionsText(const std::vector<ServiceDirection>& ds) {
  std::string out;
  for (const auto d : ds) out += (out.empty() ? "" : "、") + std::string(labelOf(d));
  return out;
}

template <class E>
std::string options(const std::optional<E>& chosen, const char* anyLabel) {
  std::string out = "<option value=\"\">" + std::string(anyLabel) + "</option>";
  for (const auto& e : entriesOf<E>())
    out += "<option value=\"" + std::string(e.code) + "\"" + (chosen && *chosen == e.value ? " selected" : "") + ">" +
           esc(e.label) + "</option>";
  return out;
}

std::string searchForm(const api::DirectoryQuery& q) {
  std::string cities = "<option value=\"\">全省</option>";
  for (const auto& c : Divisions::instance().cities())
    cities += "<option value=\"" + esc(c.code) + "\"" + (q.city == c.code ? " selected" : "") + ">" + esc(c.name) +
              "</option>";
  return "<form class=\"search\" role=\"search\" method=\"get\" action=\"/directory\">"
         "<label>服务类别<select name=\"class\">" +
         options(q.serviceClass, "全部类别") + "</select></label><label>服务性质<select name=\"character\">" +
         options(q.character, "全部") + "</select></label><label>所在地市<select name=\"city\">" + cities +
         "</select></label><label>机构名称或统一社会信用代码<input type=\"search\" name=\"q\" value=\"" +
         esc(q.search) + "\" maxlength=\"60\"></label><button type=\"submit\">查询</button></form>";
}

}  // namespace

std::string directoryHtml(const api::DirectoryQuery& q, const api::DirectoryPage& p) {
  std::string body =
      "<h1>山西省优质中小企业服务资源库名录</h1><p>入库机构是各地开展中小企业促进服务活动的优先备选供应商"
      "（指南第十四条）。按服务类别、服务性质、地市或名称查找；每次查询都有自己的网址，可以收藏或转发。</p>" +
      searchForm(q);
  const std::int64_t pages = std::max<std::int64_t>(1, (p.total + p.pageSize - 1) / p.pageSize);
  body +=
      "<table><caption>共 " + std::to_string(p.total) + " 家入库机构，第 " + std::to_string(p.page) + " / " +
      std::to_string(pages) +
      " 页</caption><thead><tr><th scope=\"col\">机构名称</th><th scope=\"col\">服务类别</th>"
      "<th scope=\"col\">服务性质</th><th scope=\"col\">所在地</th><th scope=\"col\">服务方向</th></tr></thead><tbody>";
  for (const auto& e : p.items)
    body += "<tr><td><a href=\"/directory/" + std::to_string(e.id) + "\">" + esc(e.name) + "</a><br><small>" +
            esc(e.uscc) + "</small></td><td>" + esc(e.serviceClass ? labelOf(*e.serviceClass) : "—") + "</td><td>" +
            esc(e.character ? labelOf(*e.character) : "—") + "</td><td>" + esc(e.cityName) + " " + esc(e.countyName) +
            "</td><td>" + esc(directionsText(e.directions)) + "</td></tr>";
  if (p.items.empty())
    body += "<tr><td colspan=\"5\">没有符合条件的入库机构：可以放宽类别、性质或地市，或换一个名称再查。</td></tr>";
  body += "</tbody></table><nav class=\"pages\" aria-label=\"翻页\">";
  auto at = [&](int n) {
    api::DirectoryQuery other = q;
    other.page = n;
    return href(other);
  };
  if (p.page > 1) body += "<a href=\"" + esc(at(p.page - 1)) + "\" rel=\"prev\">上一页</a>";
  if (p.page < pages) body += "<a href=\"" + esc(at(p.page + 1)) + "\" rel=\"next\">下一页</a>";
  auto json = q.toParams();
  std::string jsonHref = "/api/v1/public/directory";
  char sep = '?';
  for (const auto& [k, v] : json) {
    jsonHref += sep + k + "=" + percentEncoded(v);
    sep = '&';
  }
  body += "<a href=\"" + esc(jsonHref) + "\">同一结果的 JSON 数据</a></nav>";
  return page("资源库名录", body);
}

std::string institutionHtml(const api::DirectoryInstitution& d) {
  const auto& e = d.entry;
  std::string body = "<h1>" + esc(e.name) + "</h1><dl class=\"facts\"><dt>统一社会信用代码</dt><dd>" + esc(e.uscc) +
                     "</dd><dt>服务类别</dt><dd>" + esc(e.serviceClass ? labelOf(*e.serviceClass) : "—") +
                     "</dd><dt>服务性质</dt><dd>" + esc(e.character ? labelOf(*e.character) : "—") +
                     "</dd><dt>服务方向</dt><dd>" + esc(directionsText(e.directions)) + "</dd><dt>所在地</dt><dd>" +
                     esc(e.cityName) + " " + esc(e.countyName) + "</dd><dt>地址</dt><dd>" + esc(d.address) +
                     "</dd><dt>联系人</dt><dd>" + esc(d.contactName) + "</dd><dt>联系电话</dt><dd>" +
                     esc(d.contactPhone) + "</dd><dt>电子信箱</dt><dd>" + esc(d.email) + "</dd>" +
                     (e.admittedOn ? "<dt>入库日期</dt><dd>" + formatDate(*e.admittedOn) + "</dd>" : std::string()) +
                     "</dl><h2>服务产品</h2>";
  if (d.products.empty()) body += "<p>暂未填报服务产品。</p>";
  for (const auto& p : d.products)
    body += "<h3>" + esc(p.name) + "</h3><p>" + esc(p.content) + "</p><p><small>应用情况：" + esc(p.application) +
            "</small></p>";
  body += "<h2>典型案例</h2>";
  if (d.cases.empty()) body += "<p>暂未填报典型案例。</p>";
  for (const auto& c : d.cases)
    body += "<h3>" + esc(c.title) + "</h3><p>服务对象：" + esc(c.enterprise) + "</p><p>" + esc(c.content) +
            "</p><p>服务成效：" + esc(c.effect) + "</p>";
  body += "<p><a href=\"/directory\">返回名录</a> · <a href=\"/api/v1/public/directory/" + std::to_string(e.id) +
          "\">JSON 数据</a></p>";
  return page(e.name, body);
}

std::string noticesHtml(const api::PublicNoticeList& list) {
  std::string body =
      "<h1>山西省优质中小企业服务资源库拟入库名单公示</h1><p class=\"notice\">" + esc(list.objectionHowTo) + "</p>";
  if (list.batches.empty()) body += "<p>目前没有公示中的名单。</p>";
  for (const auto& b : list.batches) {
    body += "<h2 id=\"batch-" + std::to_string(b.id) + "\">第 " + std::to_string(b.id) + " 批：" +
            formatDateChinese(b.startDate) + "至" + formatDateChinese(b.endDate) + "（" + esc(b.stateLabel) +
            "）</h2><table><thead><tr><th scope=\"col\">序号</th><th scope=\"col\">机构名称</th>"
            "<th scope=\"col\">统一社会信用代码</th><th scope=\"col\">所在地市</th><th scope=\"col\">服务方向</th>"
            "</tr></thead><tbody>";
    int n = 0;
    for (const auto& i : b.items)
      body += "<tr><td>" + std::to_string(++n) + "</td><td>" + esc(i.name) + "</td><td>" + esc(i.uscc) + "</td><td>" +
              esc(i.cityName) + "</td><td>" + esc(directionsText(i.directions)) + "</td></tr>";
    body += "</tbody></table>";
  }
  body += "<p><a href=\"/api/v1/public/publicity\">JSON 数据</a></p>";
  return page("入库公示", body);
}

std::string errorHtml(const std::string& title, const std::string& message) {
  return page(title,
              "<h1>" + esc(title) + "</h1><p>" + esc(message) + "</p><p><a href=\"/directory\">返回名录</a></p>");
}

}  // namespace sxpool::http
