#include "documents/pdf_writer.hpp"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace sxpool::documents {
namespace {

constexpr double kPageW = 595.276, kPageH = 841.89;  // A4 in points
constexpr double kMarginX = 70.9, kTop = 72, kBottom = 72;
constexpr double kTextW = kPageW - 2 * kMarginX;
constexpr double kPad = 4;       // inside a table cell
constexpr double kMinRowH = 20;  // as the DOCX rows (400 twips)

// Pango picks the first family that has a glyph: the Office names resolve on machines that have them, the
// project font (WenQuanYi Micro Hei) otherwise, and DejaVu for ☑ / ☐.
const char* familyOf(Font f) {
  switch (f) {
    case Font::Song: return "SimSun,Noto Serif CJK SC,WenQuanYi Micro Hei,DejaVu Sans";
    case Font::FangSong: return "FangSong_GB2312,FangSong,Noto Serif CJK SC,WenQuanYi Micro Hei,DejaVu Sans";
    case Font::Hei: return "SimHei,Noto Sans CJK SC,WenQuanYi Micro Hei,DejaVu Sans";
  }
  return "WenQuanYi Micro Hei";
}

PangoAlignment pangoAlign(Align a) {
  switch (a) {
    case Align::Center: return PANGO_ALIGN_CENTER;
    case Align::Right: return PANGO_ALIGN_RIGHT;
    default: return PANGO_ALIGN_LEFT;
  }
}

cairo_status_t appendTo(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

struct LayoutDeleter {
  void operator()(PangoLayout* l) const { g_object_unref(l); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, LayoutDeleter>;

class Painter {
 public:
  explicit Painter(std::string& out) {
    surface_ = cairo_pdf_surface_create_for_stream(appendTo, &out, kPageW, kPageH);
    cr_ = cairo_create(surface_);
    y_ = kTop;
  }
  ~Painter() {
    cairo_destroy(cr_);
    cairo_surface_destroy(surface_);
  }
  void metadata(const Document& d) {
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, d.title.c_str());
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_AUTHOR, d.author.c_str());
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "山西省优质中小企业服务资源库");
  }

  void paragraph(const Paragraph& p) {
    y_ += p.spaceBefore;
    if (p.size >= kSizeSanHao && y_ + 150 > bottom()) newPage();  // a heading stays with what follows it
    const double indent = p.firstLineIndent ? 2 * p.size : 0;
    auto layout = makeLayout(p.text, p.font, p.size, p.bold, p.align, kTextW, indent);
    PangoLayoutIter* it = pango_layout_get_iter(layout.get());
    do {
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(it, nullptr, &logical);
      const double h = logical.height / double(PANGO_SCALE);
      if (y_ + h > bottom()) newPage();
      const double baseline = (pango_layout_iter_get_baseline(it) - logical.y) / double(PANGO_SCALE);
      cairo_move_to(cr_, kMarginX + logical.x / double(PANGO_SCALE), y_ + baseline);
      pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(it));
      y_ += h;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    y_ += p.spaceAfter;
  }

  void table(const Table& t) {
    const auto grid = gridOf(t);
    std::vector<double> xs{kMarginX};
    for (double w : t.widths) xs.push_back(xs.back() + w * kTextW);
    // Heights: each row fits its own cells; a row-spanning cell stretches the last row it covers.
    std::vector<double> heights(t.rows.size(), kMinRowH);
    std::vector<size_t> groupEnd(t.rows.size());  // rows r..groupEnd[r] stay on one page
    for (size_t r = 0; r < t.rows.size(); ++r) groupEnd[r] = r;
    for (size_t r = 0; r < t.rows.size(); ++r)
      for (const auto& g : grid[r])
        if (!g.continued && g.cell->rowSpan == 1)
          heights[r] = std::max(heights[r], cellTextHeight(t, *g.cell, xs, g.column) + 2 * kPad);
    for (size_t r = 0; r < t.rows.size(); ++r)
      for (const auto& g : grid[r]) {
        if (g.continued || g.cell->rowSpan == 1) continue;
        const size_t last = std::min(t.rows.size() - 1, r + static_cast<size_t>(g.cell->rowSpan) - 1);
        double spanned = 0;
        for (size_t k = r; k <= last; ++k) spanned += heights[k];
        const double need = cellTextHeight(t, *g.cell, xs, g.column) + 2 * kPad;
        if (need > spanned) heights[last] += need - spanned;
        for (size_t k = r; k <= last; ++k) groupEnd[k] = std::max(groupEnd[k], last);
      }
    size_t headers = 0;
    while (headers < t.rows.size() && t.rows[headers].header) ++headers;
    double headerH = 0;
    for (size_t r = 0; r < headers; ++r) headerH += heights[r];

    size_t r = 0;
    while (r < t.rows.size()) {
      size_t end = r;
      while (end < groupEnd[end]) end = groupEnd[end];
      double h = 0;
      for (size_t k = r; k <= end; ++k) h += heights[k];
      const bool header = r < headers;
      if (header) {
        end = headers - 1;
        h = headerH;
      }
      const double needed = h + (header && headers < t.rows.size() ? heights[headers] : 0);
      if (y_ + needed > bottom() && y_ > kTop + 1) {
        newPage();
        if (!header && headers > 0) drawRows(t, grid, xs, heights, 0, headers - 1);
      }
      drawRows(t, grid, xs, heights, r, end);
      r = end + 1;
    }
    y_ += 6;
  }

  void newPage() {
    footer();
    cairo_show_page(cr_);
    y_ = kTop;
  }

  void finish() {
    footer();
    cairo_show_page(cr_);
    cairo_surface_finish(surface_);
    if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS)
      throw std::runtime_error(std::string("生成 PDF 失败：") + cairo_status_to_string(cairo_surface_status(surface_)));
  }

 private:
  double bottom() const { return kPageH - kBottom; }

  LayoutPtr makeLayout(const std::string& text, Font font, double size, bool bold, Align align, double width,
                       double indent = 0) {
    LayoutPtr layout(pango_cairo_create_layout(cr_));
    PangoFontDescription* desc = pango_font_description_from_string(familyOf(font));
    pango_font_description_set_absolute_size(desc, size * PANGO_SCALE);
    if (bold) pango_font_description_set_weight(desc, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(layout.get(), desc);
    pango_font_description_free(desc);
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), pangoAlign(align));
    pango_layout_set_justify(layout.get(), align == Align::Justify);
    if (indent > 0) pango_layout_set_indent(layout.get(), static_cast<int>(indent * PANGO_SCALE));
    pango_layout_set_spacing(layout.get(), static_cast<int>(size * 0.25 * PANGO_SCALE));
    PangoAttrList* attrs = pango_attr_list_new();
    pango_attr_list_insert(attrs, pango_attr_insert_hyphens_new(FALSE));  // e-mail addresses, codes
    pango_layout_set_attributes(layout.get(), attrs);
    pango_attr_list_unref(attrs);
    pango_layout_set_text(layout.get(), text.c_str(), static_cast<int>(text.size()));
    return layout;
  }

  double cellWidth(const std::vector<double>& xs, int column, int span) const {
    const size_t end = std::min(xs.size() - 1, static_cast<size_t>(column + std::max(1, span)));
    return xs[end] - xs[static_cast<size_t>(column)];
  }

  double cellTextHeight(const Table& t, const Cell& c, const std::vector<double>& xs, int column) {
    if (c.text.empty()) return 0;
    auto layout = makeLayout(c.text, t.font, t.size, c.bold, c.align, cellWidth(xs, column, c.colSpan) - 2 * kPad);
    int w = 0, h = 0;
    pango_layout_get_size(layout.get(), &w, &h);
    return h / double(PANGO_SCALE);
  }

  void drawRows(const Table& t, const std::vector<std::vector<GridCell>>& grid, const std::vector<double>& xs,
                const std::vector<double>& heights, size_t first, size_t last) {
    cairo_set_line_width(cr_, 0.6);
    for (size_t r = first; r <= last; ++r) {
      double y = y_;
      for (size_t k = first; k < r; ++k) y += heights[k];
      for (const auto& g : grid[r]) {
        if (g.continued) continue;
        const Cell& c = *g.cell;
        const size_t lastRow = std::min(last, r + static_cast<size_t>(c.rowSpan) - 1);
        double h = 0;
        for (size_t k = r; k <= lastRow; ++k) h += heights[k];
        const double x = xs[static_cast<size_t>(g.column)], w = cellWidth(xs, g.column, c.colSpan);
        cairo_rectangle(cr_, x, y, w, h);
        cairo_stroke(cr_);
        if (c.text.empty()) continue;
        auto layout = makeLayout(c.text, t.font, t.size, c.bold, c.align, w - 2 * kPad);
        int lw = 0, lh = 0;
        pango_layout_get_size(layout.get(), &lw, &lh);
        cairo_move_to(cr_, x + kPad, y + std::max(kPad, (h - lh / double(PANGO_SCALE)) / 2));
        pango_cairo_show_layout(cr_, layout.get());
      }
    }
    for (size_t k = first; k <= last; ++k) y_ += heights[k];
  }

  void footer() {
    ++page_;
    const std::string text = "第 " + std::to_string(page_) + " 页";
    auto layout = makeLayout(text, Font::Song, kSizeXiaoWu + 1.5, false, Align::Center, kTextW);
    cairo_move_to(cr_, kMarginX, kPageH - kBottom / 2 - 6);
    pango_cairo_show_layout(cr_, layout.get());
  }

  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  double y_ = 0;
  int page_ = 0;
};

}  // namespace

std::string writePdf(const Document& document) {
  std::string out;
  {
    Painter painter(out);
    painter.metadata(document);
    bool fresh = true;  // nothing drawn on this page yet: a page break there would leave it empty
    for (const auto& block : document.blocks) {
      switch (block.kind) {
        case Block::Kind::Paragraph: painter.paragraph(block.paragraph); break;
        case Block::Kind::Table: painter.table(block.table); break;
        case Block::Kind::PageBreak:
          if (!fresh) painter.newPage();
          fresh = true;
          continue;
      }
      fresh = false;
    }
    painter.finish();
  }
  return out;
}

}  // namespace sxpool::documents
