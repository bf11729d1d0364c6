#include "documents/book.hpp"

#include <algorithm>

#include "documents/book_parts.hpp"

namespace sxpool::documents {
namespace {

using namespace parts;

bool ticked(const Application& doc, ServiceDirection d) {
  return std::find(doc.basic.directions.begin(), doc.basic.directions.end(), d) != doc.basic.directions.end();
}

std::string box(bool on) { return on ? "☑" : "☐"; }

void addCover(Document& d, const Application& doc) {
  auto title = heading("山西省优质中小企业服务\n资源库入库申请书");
  title.size = 26;
  title.spaceBefore = 150;
  title.spaceAfter = 150;
  d.add(title);
  auto field = [](const std::string& text) {
    Paragraph p = line(text);
    p.size = kSizeSanHao;
    p.spaceAfter = 24;
    return p;
  };
  d.add(field("申请单位名称（盖章）：" + (doc.basic.name.empty() ? std::string("________________") : doc.basic.name)));
  d.add(field("填 报 日 期：" + dateText(doc.basic.fillDate)));
  Paragraph maker = line("山西省工业和信息化厅 制", Align::Center);
  maker.size = kSizeSanHao;
  maker.spaceBefore = 200;
  d.add(maker);
  d.pageBreak();
}

// 附件2 目录, with the round's years where the notice names them.
void addContents(Document& d, const RoundSettings& round) {
  d.add(heading("申请材料"));
  d.add(line("（目录）", Align::Center));
  const std::string y1 = std::to_string(round.previousYear()), y2 = std::to_string(round.twoYearsAgo());
  const std::vector<std::string> items = {
      "山西省优质中小企业服务资源库入库申请表；",
      "单位情况概述（包括基本情况、发展沿革、服务产品、服务业绩）；",
      "机构成立批文或注册登记执照复印件；",
      "服务场地的不动产权证书（或租赁合同）复印件；",
      "服务管理、规范程序、服务承诺等制度；",
      "近两年服务产品、服务企业相关情况；",
      "服务机构主要人员基本情况表及有关人员职称、社保证明或签订合同、执业资格证书复印件；上年度与专家、机构合作的"
      "相关佐证材料；",
      "经会计师事务所审计的" + y2 + "年、" + y1 + "年财务报表和审计报告；",
      y1 + "年度开展相关服务情况（主要服务内容、对象、规模及收费情况，为企业提供公益性服务、取得经济效益和社会效益），"
           "附服务典型案例2-3例；",
      "申请单位未被列入“信用中国”失信被执行人、严重失信主体名单、异常经营名录、税收违法黑名单查询结果截图。法定代表人"
      "诚信情况出具诚信、守法、无不良信用承诺；",
      "申请材料真实性声明（加盖申请单位公章）；",
      "其他佐证材料。",
  };
  for (size_t i = 0; i < items.size(); ++i) {
    Paragraph p = line(std::to_string(i + 1) + ". " + items[i]);
    p.spaceAfter = 6;
    d.add(p);
  }
  d.pageBreak();
}

std::string recommendationText(const Application& doc, const WorkflowCase& workflow) {
  std::string opinion = doc.recommendation.opinion.empty() ? workflow.recommendation : doc.recommendation.opinion;
  std::optional<Date> date = doc.recommendation.date;
  if (!date)
    for (const auto& h : workflow.history)
      if (h.action == Action::Pass && (h.from == WorkflowState::AtCity || h.from == WorkflowState::AtReformZone ||
                                       h.from == WorkflowState::AtDepartment))
        date = h.date;
  std::string text = opinion.empty() ? "\n\n" : opinion + "\n";
  if (!doc.recommendation.unitName.empty()) text += "\n推荐单位：" + doc.recommendation.unitName;
  return text + "\n（盖 章）\n" + dateText(opinion.empty() ? std::nullopt : date);
}

void addForm(Document& d, const Application& doc, const RoundSettings& round, const WorkflowCase& workflow) {
  const BasicInfo& b = doc.basic;
  Paragraph title = heading("山西省优质中小企业服务资源库入库申请表");
  title.size = 18;  // 小二: the form stays on one page
  title.spaceAfter = 8;
  d.add(title);
  Paragraph who = line("入库单位（盖章）：" + b.name + "　　　　填报日期：" + dateText(b.fillDate));
  who.size = kSizeWuHao;
  d.add(who);
  Table t;
  t.size = 10;
  t.widths = {0.20, 0.17, 0.14, 0.16, 0.15, 0.18};
  auto row = [&t](std::vector<Cell> cells) { t.rows.push_back({std::move(cells), false}); };
  const std::string nature = b.nature == InstitutionNature::Unset ? "" : std::string(labelOf(b.nature));
  row({label("单位名称"), left(b.name, 3), label("机构性质"), left(nature)});
  row({label("地 址"), left(b.address, 3), label("邮政编码"), left(b.postalCode)});
  row({label("法定代表人"), left(b.legalRepresentative, 3), label("成立日期"), left(dateText(b.foundedOn))});
  row({label("统一社会信用代码"), left(b.uscc, 5)});
  row({label("注册资本（万元）"), left(moneyText(b.registeredCapital)), label("联系人"), left(b.contactName),
       label("联系电话"), left(b.contactPhone)});
  row({label("电子信箱"), left(b.email), label("从业人数"), left(countText(b.employeeCount)),
       label("大专以上和中级职称以上人数"), left(countText(b.qualifiedStaffCount))});
  row({label("合作专家数量"), left(countText(b.expertCount)), label("合作机构数量"),
       left(countText(b.partnerCount), 3)});
  row({label("服务资产（万元）"), left(moneyText(b.serviceAssets)), label("服务场地（平方米）"),
       left(b.serviceArea ? formatDecimal2(*b.serviceArea) : "", 3)});
  std::string boxes;
  for (const auto& e : EnumTable<ServiceDirection>::entries) {
    if (e.value == ServiceDirection::Other) continue;
    if (!boxes.empty()) boxes += "　";
    boxes += box(ticked(doc, e.value)) + std::string(e.label);
  }
  row({label("主要服务方向\n（最多选择两项）", 1, 2), left(boxes, 5)});
  row({left(box(ticked(doc, ServiceDirection::Other)) + "其他（文字描述）：" + b.otherDirection, 5)});
  row({label("“一起益企”、产学研、项目对接等服务活动开展情况（400字左右）"), left(b.activities, 5)});
  std::vector<Cell> years = {label("近两年经营情况", 1, 5), label("年度")};
  for (int i = 0; i < 2; ++i) {
    const auto& y = doc.operations[static_cast<size_t>(i)];
    const int year = y.year.value_or(i == 0 ? round.twoYearsAgo() : round.previousYear());
    years.push_back(label(std::to_string(year) + "年", 2));
  }
  row(years);
  auto opsRow = [&](const std::string& name, auto value) {
    row({label(name), Cell{value(doc.operations[0]), 2}, Cell{value(doc.operations[1]), 2}});
  };
  opsRow("服务收入（万元）", [](const YearOperations& y) { return moneyText(y.revenue); });
  opsRow("服务利润（万元）", [](const YearOperations& y) { return moneyText(y.profit); });
  opsRow("服务企业数", [](const YearOperations& y) { return countText(y.enterprisesServed); });
  opsRow("服务活动场次", [](const YearOperations& y) { return countText(y.activityCount); });
  Cell opinion = left(recommendationText(doc, workflow), 5);
  row({label("市级（综改区）推荐部门意见"), opinion});
  d.add(t);
  d.pageBreak();
}

void addDeclaration(Document& d, const Application& doc) {
  d.pageBreak();
  d.add(heading("申报材料真实性声明"));
  Paragraph text = body(
      "本单位知悉并保证所提供的山西省优质中小企业公共服务资源库入库申请资料和相关证明文件的真实性、完整性和准确性，"
      "并承担因资料虚假而产生的后果。");
  text.spaceBefore = 24;
  text.spaceAfter = 80;
  d.add(text);
  auto sign = [](const std::string& s) {
    Paragraph p = line(s);
    p.spaceAfter = 30;
    p.size = kSizeSanHao;
    return p;
  };
  d.add(sign("申报单位（盖章）：" + doc.basic.name));
  d.add(sign("法定代表人（签字）："));
  d.add(sign("日　　期：" + dateText(doc.declaration.date)));
}

}  // namespace

Document applicationBook(const Application& doc, const RoundSettings& round, const WorkflowCase& workflow) {
  Document d;
  d.title = "山西省优质中小企业服务资源库入库申请书：" + doc.basic.name;
  d.author = doc.basic.name;
  addCover(d, doc);
  addContents(d, round);
  addForm(d, doc, round, workflow);
  addOverview(d, doc);
  addProducts(d, doc);
  addStaff(d, doc);
  addEnterprises(d, doc);
  addExpertsAndPartners(d, doc);
  addDeclaration(d, doc);
  return d;
}

std::string bookFileStem(const Application& doc) {
  return "入库申请书_" + (doc.basic.name.empty() ? std::string("未命名") : doc.basic.name);
}

}  // namespace sxpool::documents
