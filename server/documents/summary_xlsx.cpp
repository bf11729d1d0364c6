#include "documents/summary_xlsx.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace sxpool::documents {

const std::vector<std::string> kSummaryColumns = {
    "序号",
    "单位名称",
    "机构类型",
    "成立时间",
    "上年度服务收入（万元）",
    "服务资产（万元）",
    "服务人员（人）",
    "主要服务方向（数字赋能、融资促进、技术创新、检验检测、成果转化、品牌提升、政策咨询、人力资源、合规管理及其他服务，"
    "其他服务请明确写出服务方向。每家机构最多选择两项）",
    "联系人",
    "联系电话",
};

std::string summaryTitle(const std::string& unitName) { return unitName + "优质中小企业服务资源库入库机构推荐汇总表"; }

std::string directionsText(const Application& doc) {
  std::string out;
  for (auto d : doc.basic.directions) {
    if (!out.empty()) out += "、";
    out += std::string(labelOf(d));
    if (d == ServiceDirection::Other && !doc.basic.otherDirection.empty())
      out += "（" + doc.basic.otherDirection + "）";
  }
  return out;
}

SummaryRow summaryRowOf(const Application& doc) {
  const auto& b = doc.basic;
  return SummaryRow{b.name,
                    b.nature == InstitutionNature::Unset ? "" : std::string(labelOf(b.nature)),
                    b.foundedOn,
                    doc.operations[1].revenue,
                    b.serviceAssets,
                    static_cast<Count>(doc.staff.size()),
                    directionsText(doc),
                    b.contactName,
                    b.contactPhone};
}

namespace {

// libxlsxwriter 1.1.4 writes to a file only: a private temporary one, read back and removed.
class TempFile {
 public:
  TempFile() {
    std::string pattern = (std::filesystem::temp_directory_path() / "sxpool-xlsx-XXXXXX").string();
    const int fd = mkstemp(pattern.data());
    if (fd < 0) throw std::runtime_error("无法创建临时文件以生成汇总表");
    close(fd);
    path_ = pattern;
  }
  ~TempFile() { std::remove(path_.c_str()); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

double number(Decimal2 d) { return static_cast<double>(d.hundredths) / 100.0; }

}  // namespace

std::string writeSummaryXlsx(const std::string& unitName, const std::vector<SummaryRow>& rows) {
  TempFile file;
  lxw_workbook* wb = workbook_new(file.path().c_str());
  if (!wb) throw std::runtime_error("无法创建汇总表工作簿");
  lxw_worksheet* ws = workbook_add_worksheet(wb, "推荐汇总表");

  auto format = [&](bool border, bool bold, double size, lxw_format_alignments align) {
    lxw_format* f = workbook_add_format(wb);
    format_set_font_name(f, "宋体");
    format_set_font_size(f, size);
    if (bold) format_set_bold(f);
    if (border) format_set_border(f, LXW_BORDER_THIN);
    format_set_align(f, align);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(f);
    return f;
  };
  lxw_format* title = format(false, true, 16, LXW_ALIGN_CENTER);
  lxw_format* unitLine = format(false, false, 12, LXW_ALIGN_LEFT);
  lxw_format* head = format(true, true, 10, LXW_ALIGN_CENTER);
  lxw_format* text = format(true, false, 10, LXW_ALIGN_LEFT);
  lxw_format* centred = format(true, false, 10, LXW_ALIGN_CENTER);
  lxw_format* money = format(true, false, 10, LXW_ALIGN_RIGHT);
  format_set_num_format(money, "0.00");
  lxw_format* integer = format(true, false, 10, LXW_ALIGN_CENTER);
  format_set_num_format(integer, "0");
  lxw_format* date = format(true, false, 10, LXW_ALIGN_CENTER);
  format_set_num_format(date, "yyyy-mm-dd");

  const double widths[] = {6, 30, 14, 12, 12, 11, 9, 36, 10, 15};
  for (lxw_col_t c = 0; c < 10; ++c) worksheet_set_column(ws, c, c, widths[c], nullptr);
  worksheet_merge_range(ws, 0, 0, 0, 9, summaryTitle(unitName).c_str(), title);
  worksheet_set_row(ws, 0, 36, nullptr);
  worksheet_merge_range(ws, 1, 0, 1, 9, ("填报单位：" + unitName + "（盖章）").c_str(), unitLine);
  worksheet_set_row(ws, 1, 24, nullptr);
  for (lxw_col_t c = 0; c < 10; ++c) worksheet_write_string(ws, 2, c, kSummaryColumns[c].c_str(), head);
  worksheet_set_row(ws, 2, 96, nullptr);

  lxw_row_t r = 3;
  for (size_t i = 0; i < rows.size(); ++i, ++r) {
    const SummaryRow& s = rows[i];
    auto optionalNumber = [&](lxw_col_t c, const auto& value, lxw_format* f, double v) {
      if (value)
        worksheet_write_number(ws, r, c, v, f);
      else
        worksheet_write_blank(ws, r, c, f);
    };
    worksheet_write_number(ws, r, 0, static_cast<double>(i + 1), integer);
    worksheet_write_string(ws, r, 1, s.name.c_str(), text);
    worksheet_write_string(ws, r, 2, s.kind.c_str(), centred);
    if (s.foundedOn) {
      lxw_datetime dt{s.foundedOn->year, s.foundedOn->month, s.foundedOn->day, 0, 0, 0};
      worksheet_write_datetime(ws, r, 3, &dt, date);
    } else {
      worksheet_write_blank(ws, r, 3, date);
    }
    optionalNumber(4, s.lastYearRevenue, money, s.lastYearRevenue ? number(*s.lastYearRevenue) : 0);
    optionalNumber(5, s.serviceAssets, money, s.serviceAssets ? number(*s.serviceAssets) : 0);
    optionalNumber(6, s.serviceStaff, integer, s.serviceStaff ? static_cast<double>(*s.serviceStaff) : 0);
    worksheet_write_string(ws, r, 7, s.directions.c_str(), text);
    worksheet_write_string(ws, r, 8, s.contactName.c_str(), centred);
    worksheet_write_string(ws, r, 9, s.contactPhone.c_str(), centred);
  }

  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);  // A4
  worksheet_set_margins(ws, 0.5, 0.5, 0.75, 0.75);
  worksheet_repeat_rows(ws, 2, 2);
  worksheet_fit_to_pages(ws, 1, 0);
  worksheet_center_horizontally(ws);
  worksheet_set_footer(ws, "&C第 &P 页，共 &N 页");
  worksheet_freeze_panes(ws, 3, 0);

  const lxw_error error = workbook_close(wb);
  if (error != LXW_NO_ERROR) throw std::runtime_error(std::string("生成汇总表失败：") + lxw_strerror(error));
  std::ifstream in(file.path(), std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace sxpool::documents
