#pragma once
// A Document as an Office Open XML word-processing package (.docx): a zip (libzip) of XML parts (pugixml).
#include <string>

#include "documents/layout.hpp"

namespace sxpool::documents {

std::string writeDocx(const Document& document);  // the file's bytes

}  // namespace sxpool::documents
