// The 申请书 after the 申请表: 单位情况概述 and the tables of 附件2, each with its repeated header row.
#include <sstream>

#include "documents/book_parts.hpp"

namespace sxpool::documents::parts {
namespace {

// A table whose first row is its header, one row per item; `blank` empty rows when there are no items.
template <class Item, class Cells>
Table listTable(std::vector<double> widths, const std::vector<std::string>& header, const std::vector<Item>& items,
                Cells cells, size_t blank = 3) {
  Table t;
  t.widths = std::move(widths);
  Row head;
  head.header = true;
  for (const auto& h : header) head.cells.push_back({h, 1, 1, Align::Center, true});
  t.rows.push_back(head);
  for (size_t i = 0; i < items.size(); ++i) {
    Row r;
    r.cells.push_back(Cell{std::to_string(i + 1)});
    for (auto& c : cells(items[i])) r.cells.push_back(std::move(c));
    t.rows.push_back(std::move(r));
  }
  for (size_t i = items.size(); i < blank; ++i) {
    Row r;
    r.cells.push_back(Cell{std::to_string(i + 1)});
    for (size_t k = 1; k < header.size(); ++k) r.cells.push_back(Cell{});
    t.rows.push_back(std::move(r));
  }
  return t;
}

template <class E>
std::string labelOrEmpty(E value, E unset) {
  return value == unset ? std::string() : std::string(labelOf(value));
}

std::string titleText(TitleLevel level, const std::string& name) {
  const std::string l = labelOrEmpty(level, TitleLevel::Unset);
  if (name.empty()) return l;
  return l.empty() ? name : l + "（" + name + "）";
}

void addFormHead(Document& d, const std::string& title, const Application& doc, bool withDate) {
  d.add(heading(title));
  d.add(line("填报单位：" + doc.basic.name));
  if (withDate) d.add(line("填报时间：" + dateText(doc.basic.fillDate)));
}

}  // namespace

void addOverview(Document& d, const Application& doc) {
  d.add(heading("单位情况概述"));
  const std::pair<const char*, const std::string*> parts[] = {{"一、基本情况", &doc.overview.basics},
                                                              {"二、发展沿革", &doc.overview.history},
                                                              {"三、服务产品", &doc.overview.products},
                                                              {"四、服务业绩", &doc.overview.achievements}};
  for (const auto& [title, text] : parts) {
    Paragraph h = subheading(title);
    h.spaceBefore = 12;
    h.spaceAfter = 6;
    d.add(h);
    std::istringstream in(*text);
    std::string paragraph;
    bool any = false;
    while (std::getline(in, paragraph)) {
      if (paragraph.empty()) continue;
      d.add(body(paragraph));
      any = true;
    }
    if (!any) d.add(body("（未填写）"));
  }
  d.pageBreak();
}

void addProducts(Document& d, const Application& doc) {
  d.add(heading("服务产品情况表"));
  d.add(line("（如无，可不填）", Align::Center));
  d.add(line("填报单位：" + doc.basic.name));
  d.add(listTable({0.08, 0.24, 0.38, 0.30}, {"序号", "服务产品名称", "服务内容", "产品应用情况"}, doc.products,
                  [](const ServiceProduct& p) {
                    return std::vector<Cell>{left(p.name), left(p.content), left(p.application)};
                  }));
  d.pageBreak();
}

void addStaff(Document& d, const Application& doc) {
  addFormHead(d, "服务人员基本情况表", doc, true);
  d.add(listTable(
      {0.08, 0.14, 0.18, 0.24, 0.16, 0.20}, {"序号", "姓名", "职务", "职称", "学历", "有无合同、社保证明等"}, doc.staff,
      [](const StaffMember& s) {
        return std::vector<Cell>{Cell{s.name}, Cell{s.position}, Cell{titleText(s.title, s.titleName)},
                                 Cell{labelOrEmpty(s.education, Education::Unset)}, Cell{yesNo(s.hasContract)}};
      }));
  d.add(note("注：可附职称证书、劳动合同、社保凭证或工资流水等佐证材料"));
  d.pageBreak();
}

void addEnterprises(Document& d, const Application& doc) {
  addFormHead(d, "服务企业情况登记表", doc, true);
  Table t = listTable({0.10, 0.46, 0.12, 0.16, 0.16}, {"序号", "企业名称", "服务年度", "服务性质", "服务满意度"},
                      doc.enterprises, [](const ServedEnterprise& e) {
                        return std::vector<Cell>{left(e.name), Cell{e.year ? std::to_string(*e.year) : ""},
                                                 Cell{labelOrEmpty(e.nature, EnterpriseServiceNature::Unset)},
                                                 Cell{labelOrEmpty(e.satisfaction, Satisfaction::Unset)}};
                      });
  Row count;
  count.header = true;
  count.cells = {label("服务企业数量", 2), left(countText(doc.enterpriseCount), 3)};
  t.rows.insert(t.rows.begin(), count);
  d.add(t);
  d.add(
      note("注：可附企业满意度调查表、服务内容，为企业提供公益性服务、取得经济效益和社会效益等佐证材料，并附服务"
           "典型案例 2-3 例；"));
  static const char* kNumbers[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  Paragraph h = subheading("服务典型案例");
  h.spaceBefore = 18;
  d.add(h);
  for (size_t i = 0; i < doc.cases.size(); ++i) {
    const auto& c = doc.cases[i];
    Paragraph title = line("案例" + std::string(i < 10 ? kNumbers[i] : std::to_string(i + 1).c_str()) + "：" + c.title);
    title.bold = true;
    title.spaceBefore = 8;
    d.add(title);
    d.add(body("服务对象：" + c.enterprise));
    d.add(body("服务内容：" + c.content));
    d.add(body("服务成效：" + c.effect));
  }
  if (doc.cases.empty()) d.add(body("（未填写）"));
  d.pageBreak();
}

void addExpertsAndPartners(Document& d, const Application& doc) {
  d.add(heading("上年度合作专家情况表"));
  d.add(line("填报单位：" + doc.basic.name));
  d.add(listTable({0.07, 0.12, 0.13, 0.16, 0.18, 0.24, 0.10},
                  {"序号", "姓名", "职称级别", "职称名称", "专业领域", "工作单位", "合作协议或佐证"}, doc.experts,
                  [](const Expert& e) {
                    return std::vector<Cell>{Cell{e.name},      Cell{labelOrEmpty(e.title, TitleLevel::Unset)},
                                             Cell{e.titleName}, left(e.field),
                                             left(e.employer),  Cell{yesNo(e.hasAgreement)}};
                  }));
  Paragraph h = heading("合作机构情况表");
  h.spaceBefore = 24;
  d.add(h);
  d.add(listTable({0.07, 0.29, 0.24, 0.14, 0.10, 0.16},
                  {"序号", "机构名称", "统一社会信用代码", "合作类型", "签有合作协议", "协议签订日期"}, doc.partners,
                  [](const Partner& p) {
                    return std::vector<Cell>{left(p.name), Cell{p.uscc}, Cell{p.kind}, Cell{yesNo(p.agreementSigned)},
                                             Cell{p.agreementDate ? formatDate(*p.agreementDate) : ""}};
                  }));
}

Paragraph heading(const std::string& text) {
  return Paragraph{text, Font::Song, kSizeErHao, true, Align::Center, 6, 18, false};
}
Paragraph subheading(const std::string& text) {
  return Paragraph{text, Font::Hei, kSizeSanHao, false, Align::Left, 6, 6, false};
}
Paragraph body(const std::string& text) {
  return Paragraph{text, Font::FangSong, kSizeXiaoSi, false, Align::Justify, 0, 4, true};
}
Paragraph line(const std::string& text, Align align) {
  return Paragraph{text, Font::FangSong, kSizeXiaoSi, false, align, 0, 6, false};
}
Paragraph note(const std::string& text) {
  return Paragraph{text, Font::FangSong, kSizeWuHao, false, Align::Left, 6, 6, false};
}

std::string dateText(const std::optional<Date>& date) {
  return date ? formatDateChinese(*date) : std::string("　　　　年　　月　　日");
}
std::string countText(const std::optional<Count>& n) { return n ? std::to_string(*n) : std::string(); }
std::string moneyText(const std::optional<Money>& m) { return m ? formatMoney(*m) : std::string(); }
std::string yesNo(bool value) { return value ? "有" : "无"; }
Cell left(const std::string& text, int colSpan) { return Cell{text, colSpan, 1, Align::Left, false}; }
Cell label(const std::string& text, int colSpan, int rowSpan) {
  return Cell{text, colSpan, rowSpan, Align::Center, false};
}

}  // namespace sxpool::documents::parts
