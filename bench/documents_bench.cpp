// Writes one document from the domain's sample data: `docx OUT`, `pdf OUT` (a full application of the
// benchmark sizes) or `xlsx OUT ROWS` (a 推荐汇总表 of ROWS institutions). Run under /usr/bin/time -v for the
// time and peak memory (bench/documents.sh).
#include <chrono>
#include <fstream>
#include <iostream>
#include <string>

#include "documents/book.hpp"
#include "documents/docx_writer.hpp"
#include "documents/pdf_writer.hpp"
#include "documents/summary_xlsx.hpp"
#include "sxpool/sample.hpp"

int main(int argc, char** argv) {
  using namespace sxpool;
  if (argc < 3) {
    std::cerr << "用法：sxpool_documents_bench docx|pdf|xlsx 输出文件 [行数]\n";
    return 2;
  }
  const std::string kind = argv[1];
  const auto round = round2026();
  const auto start = std::chrono::steady_clock::now();
  std::string bytes;
  if (kind == "xlsx") {
    const int rows = argc > 3 ? std::stoi(argv[3]) : 100;
    std::vector<documents::SummaryRow> summary;
    for (int i = 0; i < rows; ++i) summary.push_back(documents::summaryRowOf(makeSampleApplication(i, round)));
    bytes = documents::writeSummaryXlsx("太原市工信局", summary);
  } else {
    Application doc = makeSampleApplication(1, round, kBenchmarkSizes);
    doc.recommendation = {"该机构服务能力突出，符合入库条件，同意推荐。", "太原市工信局", Date{2026, 3, 16}};
    const auto book = documents::applicationBook(doc, round, WorkflowCase{});
    bytes = kind == "pdf" ? documents::writePdf(book) : documents::writeDocx(book);
  }
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  std::ofstream(argv[2], std::ios::binary) << bytes;
  std::cout << kind << "：" << bytes.size() << " 字节，" << ms << " ms\n";
  return 0;
}
