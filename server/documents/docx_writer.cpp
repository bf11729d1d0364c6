#include "documents/docx_writer.hpp"

#include <pugixml.hpp>
#include <sstream>

#include "documents/zip_package.hpp"

namespace sxpool::documents {
namespace {

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kRelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr int kPageWidth = 11906, kPageHeight = 16838, kMargin = 1418;  // twips: A4, 2.5 cm margins
constexpr int kTextWidth = kPageWidth - 2 * kMargin;

std::string xmlText(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
  return out.str();
}

pugi::xml_node root(pugi::xml_document& doc, const char* name, const char* ns = kW) {
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  decl.append_attribute("standalone") = "yes";
  auto r = doc.append_child(name);
  if (ns == kW) {
    r.append_attribute("xmlns:w") = kW;
    r.append_attribute("xmlns:r") = kR;
  } else {
    r.append_attribute("xmlns") = ns;
  }
  return r;
}

pugi::xml_node val(pugi::xml_node parent, const char* name, const std::string& value) {
  auto n = parent.append_child(name);
  n.append_attribute("w:val") = value.c_str();
  return n;
}

const char* eastAsiaName(Font f) {
  switch (f) {
    case Font::Song: return "宋体";
    case Font::FangSong: return "仿宋_GB2312";
    case Font::Hei: return "黑体";
  }
  return "宋体";
}

const char* jc(Align a) {
  switch (a) {
    case Align::Left: return "left";
    case Align::Center: return "center";
    case Align::Right: return "right";
    case Align::Justify: return "both";
  }
  return "left";
}

void runProps(pugi::xml_node run, Font font, double size, bool bold) {
  auto pr = run.append_child("w:rPr");
  auto fonts = pr.append_child("w:rFonts");
  fonts.append_attribute("w:ascii") = "Times New Roman";
  fonts.append_attribute("w:hAnsi") = "Times New Roman";
  fonts.append_attribute("w:eastAsia") = eastAsiaName(font);
  fonts.append_attribute("w:hint") = "eastAsia";
  if (bold) pr.append_child("w:b");
  const std::string halfPoints = std::to_string(static_cast<int>(size * 2 + 0.5));
  val(pr, "w:sz", halfPoints);
  val(pr, "w:szCs", halfPoints);
}

// Text with '\n' as line breaks.
void addRuns(pugi::xml_node p, const std::string& text, Font font, double size, bool bold) {
  auto run = p.append_child("w:r");
  runProps(run, font, size, bold);
  size_t start = 0;
  while (true) {
    const size_t end = text.find('\n', start);
    auto t = run.append_child("w:t");
    t.append_attribute("xml:space") = "preserve";
    t.text().set(text.substr(start, end == std::string::npos ? std::string::npos : end - start).c_str());
    if (end == std::string::npos) break;
    run.append_child("w:br");
    start = end + 1;
  }
}

void addParagraph(pugi::xml_node body, const Paragraph& para) {
  auto p = body.append_child("w:p");
  auto pr = p.append_child("w:pPr");
  auto spacing = pr.append_child("w:spacing");
  spacing.append_attribute("w:before") = static_cast<int>(para.spaceBefore * 20);
  spacing.append_attribute("w:after") = static_cast<int>(para.spaceAfter * 20);
  if (para.size >= kSizeSanHao) pr.append_child("w:keepNext");  // a heading stays with what follows it
  if (para.firstLineIndent) pr.append_child("w:ind").append_attribute("w:firstLineChars") = 200;
  val(pr, "w:jc", jc(para.align));
  addRuns(p, para.text, para.font, para.size, para.bold);
}

void addBorders(pugi::xml_node parent) {
  auto borders = parent.append_child("w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    auto b = val(borders, side, "single");
    b.append_attribute("w:sz") = 4;
    b.append_attribute("w:space") = 0;
    b.append_attribute("w:color") = "000000";
  }
}

void addTable(pugi::xml_node body, const Table& table) {
  auto tbl = body.append_child("w:tbl");
  auto pr = tbl.append_child("w:tblPr");
  auto width = pr.append_child("w:tblW");
  width.append_attribute("w:w") = kTextWidth;
  width.append_attribute("w:type") = "dxa";
  val(pr, "w:jc", "center");
  addBorders(pr);
  val(pr, "w:tblLayout", "fixed").attribute("w:val").set_name("w:type");
  auto margins = pr.append_child("w:tblCellMar");
  for (const char* side : {"w:left", "w:right"}) {
    auto m = margins.append_child(side);
    m.append_attribute("w:w") = 85;
    m.append_attribute("w:type") = "dxa";
  }
  std::vector<int> twips;
  auto grid = tbl.append_child("w:tblGrid");
  for (double w : table.widths) {
    twips.push_back(static_cast<int>(w * kTextWidth));
    grid.append_child("w:gridCol").append_attribute("w:w") = twips.back();
  }
  const auto cells = gridOf(table);
  for (size_t r = 0; r < table.rows.size(); ++r) {
    auto tr = tbl.append_child("w:tr");
    auto trPr = tr.append_child("w:trPr");
    trPr.append_child("w:cantSplit");
    if (table.rows[r].header) trPr.append_child("w:tblHeader");
    val(trPr, "w:trHeight", "400").append_attribute("w:hRule") = "atLeast";
    for (const auto& g : cells[r]) {
      const Cell& c = *g.cell;
      auto tc = tr.append_child("w:tc");
      auto tcPr = tc.append_child("w:tcPr");
      int w = 0;
      for (int k = 0; k < c.colSpan && g.column + k < static_cast<int>(twips.size()); ++k)
        w += twips[static_cast<size_t>(g.column + k)];
      auto tcW = tcPr.append_child("w:tcW");
      tcW.append_attribute("w:w") = w;
      tcW.append_attribute("w:type") = "dxa";
      if (c.colSpan > 1) val(tcPr, "w:gridSpan", std::to_string(c.colSpan));
      if (g.continued)
        tcPr.append_child("w:vMerge");
      else if (c.rowSpan > 1)
        val(tcPr, "w:vMerge", "restart");
      val(tcPr, "w:vAlign", "center");
      Paragraph para{g.continued ? "" : c.text, table.font, table.size, c.bold, c.align, 0, 0, false};
      addParagraph(tc, para);
    }
  }
}

std::string documentXml(const Document& document) {
  pugi::xml_document doc;
  auto body = root(doc, "w:document").append_child("w:body");
  for (const auto& block : document.blocks) {
    switch (block.kind) {
      case Block::Kind::Paragraph: addParagraph(body, block.paragraph); break;
      case Block::Kind::Table: addTable(body, block.table); break;
      case Block::Kind::PageBreak:
        body.append_child("w:p").append_child("w:r").append_child("w:br").append_attribute("w:type") = "page";
        break;
    }
  }
  auto sect = body.append_child("w:sectPr");
  auto footer = sect.append_child("w:footerReference");
  footer.append_attribute("w:type") = "default";
  footer.append_attribute("r:id") = "rIdFooter";
  auto size = sect.append_child("w:pgSz");
  size.append_attribute("w:w") = kPageWidth;
  size.append_attribute("w:h") = kPageHeight;
  auto mar = sect.append_child("w:pgMar");
  for (auto [k, v] : {std::pair{"w:top", 1440},
                      {"w:right", kMargin},
                      {"w:bottom", 1440},
                      {"w:left", kMargin},
                      {"w:header", 851},
                      {"w:footer", 851},
                      {"w:gutter", 0}})
    mar.append_attribute(k) = v;
  return xmlText(doc);
}

// 第 N 页, N being Word's PAGE field.
std::string footerXml() {
  pugi::xml_document doc;
  auto p = root(doc, "w:ftr").append_child("w:p");
  val(p.append_child("w:pPr"), "w:jc", "center");
  auto text = [&](const char* s) { addRuns(p, s, Font::Song, kSizeXiaoWu + 1.5, false); };
  auto field = [&](const char* type) {
    auto r = p.append_child("w:r");
    r.append_child("w:fldChar").append_attribute("w:fldCharType") = type;
  };
  text("第 ");
  field("begin");
  auto instr = p.append_child("w:r").append_child("w:instrText");
  instr.append_attribute("xml:space") = "preserve";
  instr.text().set(" PAGE ");
  field("separate");
  text("1");
  field("end");
  text(" 页");
  return xmlText(doc);
}

std::string stylesXml() {
  pugi::xml_document doc;
  auto styles = root(doc, "w:styles");
  auto defaults = styles.append_child("w:docDefaults");
  auto rPr = defaults.append_child("w:rPrDefault").append_child("w:rPr");
  auto fonts = rPr.append_child("w:rFonts");
  fonts.append_attribute("w:ascii") = "Times New Roman";
  fonts.append_attribute("w:hAnsi") = "Times New Roman";
  fonts.append_attribute("w:eastAsia") = "宋体";
  fonts.append_attribute("w:cs") = "Times New Roman";
  val(rPr, "w:sz", "24");
  auto lang = val(rPr, "w:lang", "en-US");
  lang.append_attribute("w:eastAsia") = "zh-CN";
  defaults.append_child("w:pPrDefault").append_child("w:pPr");
  auto normal = styles.append_child("w:style");
  normal.append_attribute("w:type") = "paragraph";
  normal.append_attribute("w:default") = "1";
  normal.append_attribute("w:styleId") = "Normal";
  val(normal, "w:name", "Normal");
  val(normal, "w:qFormat", "1").remove_attribute("w:val");
  return xmlText(doc);
}

// The Chinese font names Word and WPS know, each with its usual alternative (GB2312 charset 86).
std::string fontTableXml() {
  pugi::xml_document doc;
  auto fonts = root(doc, "w:fonts");
  for (auto [name, alt, family] : {std::tuple{"宋体", "SimSun", "auto"},
                                   {"仿宋_GB2312", "仿宋", "modern"},
                                   {"黑体", "SimHei", "modern"},
                                   {"Times New Roman", "", "roman"}}) {
    auto f = fonts.append_child("w:font");
    f.append_attribute("w:name") = name;
    if (*alt) val(f, "w:altName", alt);
    val(f, "w:charset", *alt ? "86" : "00");
    val(f, "w:family", family);
  }
  return xmlText(doc);
}

std::string settingsXml() {
  pugi::xml_document doc;
  auto s = root(doc, "w:settings");
  val(s, "w:defaultTabStop", "420");
  val(s, "w:characterSpacingControl", "compressPunctuation");
  auto compat = s.append_child("w:compat").append_child("w:compatSetting");
  compat.append_attribute("w:name") = "compatibilityMode";
  compat.append_attribute("w:uri") = "http://schemas.microsoft.com/office/word";
  compat.append_attribute("w:val") = "15";
  return xmlText(doc);
}

std::string relationships(const std::vector<std::pair<std::string, std::string>>& rels) {
  pugi::xml_document doc;
  auto r = root(doc, "Relationships", "http://schemas.openxmlformats.org/package/2006/relationships");
  int n = 1;
  for (const auto& [type, target] : rels) {
    auto rel = r.append_child("Relationship");
    rel.append_attribute("Id") = type == "footer" ? "rIdFooter" : ("rId" + std::to_string(n++)).c_str();
    rel.append_attribute("Type") = type.rfind("http", 0) == 0 ? type.c_str() : (kRelType + type).c_str();
    rel.append_attribute("Target") = target.c_str();
  }
  return xmlText(doc);
}

std::string corePropsXml(const Document& d) {
  pugi::xml_document doc;
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  auto core = doc.append_child("cp:coreProperties");
  core.append_attribute("xmlns:cp") = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
  core.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  core.append_child("dc:title").text().set(d.title.c_str());
  core.append_child("dc:creator").text().set(d.author.c_str());
  return xmlText(doc);
}

std::string contentTypes() {
  pugi::xml_document doc;
  auto types = root(doc, "Types", "http://schemas.openxmlformats.org/package/2006/content-types");
  auto def = [&](const char* ext, const char* type) {
    auto d = types.append_child("Default");
    d.append_attribute("Extension") = ext;
    d.append_attribute("ContentType") = type;
  };
  def("rels", "application/vnd.openxmlformats-package.relationships+xml");
  def("xml", "application/xml");
  const std::string wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  for (auto [part, type] : {std::pair{"/word/document.xml", "document.main+xml"},
                            {"/word/styles.xml", "styles+xml"},
                            {"/word/settings.xml", "settings+xml"},
                            {"/word/fontTable.xml", "fontTable+xml"},
                            {"/word/footer1.xml", "footer+xml"}}) {
    auto o = types.append_child("Override");
    o.append_attribute("PartName") = part;
    o.append_attribute("ContentType") = (wml + type).c_str();
  }
  auto core = types.append_child("Override");
  core.append_attribute("PartName") = "/docProps/core.xml";
  core.append_attribute("ContentType") = "application/vnd.openxmlformats-package.core-properties+xml";
  return xmlText(doc);
}

}  // namespace

std::string writeDocx(const Document& document) {
  ZipPackage zip;
  zip.add("[Content_Types].xml", contentTypes());
  zip.add("_rels/.rels",
          relationships({{"officeDocument", "word/document.xml"},
                         {"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                          "docProps/core.xml"}}));
  zip.add("docProps/core.xml", corePropsXml(document));
  zip.add("word/document.xml", documentXml(document));
  zip.add("word/_rels/document.xml.rels", relationships({{"styles", "styles.xml"},
                                                         {"settings", "settings.xml"},
                                                         {"fontTable", "fontTable.xml"},
                                                         {"footer", "footer1.xml"}}));
  zip.add("word/styles.xml", stylesXml());
  zip.add("word/settings.xml", settingsXml());
  zip.add("word/fontTable.xml", fontTableXml());
  zip.add("word/footer1.xml", footerXml());
  return zip.finish();
}

}  // namespace sxpool::documents
