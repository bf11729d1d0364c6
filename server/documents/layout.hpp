#pragma once
// A printed document as plain blocks (paragraphs, bordered tables, page breaks): built once from the data,
// drawn by each writer (DOCX, PDF) so that both show the same content in the same order.
#include <string>
#include <vector>

namespace sxpool::documents {

enum class Font { Song, FangSong, Hei };  // 宋体, 仿宋_GB2312, 黑体
enum class Align { Left, Center, Right, Justify };

// Sizes of the Chinese type scale, in points.
inline constexpr double kSizeErHao = 22;    // 二号
inline constexpr double kSizeSanHao = 16;   // 三号
inline constexpr double kSizeSiHao = 14;    // 四号
inline constexpr double kSizeXiaoSi = 12;   // 小四
inline constexpr double kSizeWuHao = 10.5;  // 五号
inline constexpr double kSizeXiaoWu = 9;    // 小五

struct Paragraph {
  std::string text;  // '\n' = line break inside the paragraph
  Font font = Font::FangSong;
  double size = kSizeXiaoSi;
  bool bold = false;
  Align align = Align::Justify;
  double spaceBefore = 0;  // points
  double spaceAfter = 0;
  bool firstLineIndent = false;  // two characters, as Chinese body text
};

struct Cell {
  std::string text;
  int colSpan = 1;
  int rowSpan = 1;
  Align align = Align::Center;
  bool bold = false;
};

struct Row {
  std::vector<Cell> cells;  // positions covered by a rowSpan from above are left out (as in HTML)
  bool header = false;      // repeated at the top of every page the table continues on (leading rows only)
};

struct Table {
  std::vector<double> widths;  // fractions of the text width, summing to 1
  std::vector<Row> rows;
  Font font = Font::Song;
  double size = kSizeWuHao;
};

struct Block {
  enum class Kind { Paragraph, Table, PageBreak };
  Kind kind = Kind::Paragraph;
  Paragraph paragraph;
  Table table;
};

struct Document {
  std::string title;   // file metadata
  std::string author;  // file metadata
  std::vector<Block> blocks;

  void add(Paragraph p) { blocks.push_back({Block::Kind::Paragraph, std::move(p), {}}); }
  void add(Table t) { blocks.push_back({Block::Kind::Table, {}, std::move(t)}); }
  void pageBreak() { blocks.push_back({Block::Kind::PageBreak, {}, {}}); }
};

// Where each cell of `table` sits in the grid: its first column. A position covered by a rowSpan from above
// appears too, as `continued` with the spanning cell.
struct GridCell {
  int column = 0;
  const Cell* cell = nullptr;
  bool continued = false;
};
std::vector<std::vector<GridCell>> gridOf(const Table& table);
int columnsOf(const Table& table);

}  // namespace sxpool::documents
