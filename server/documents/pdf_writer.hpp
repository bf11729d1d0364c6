#pragma once
// A Document drawn as A4 PDF with Cairo and Pango: Chinese text shaped and broken by Pango, the font subset
// embedded by Cairo (text stays selectable), page numbers, table header rows repeated after a page break.
#include <string>

#include "documents/layout.hpp"

namespace sxpool::documents {

std::string writePdf(const Document& document);  // the file's bytes

}  // namespace sxpool::documents
