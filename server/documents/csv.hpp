#pragma once
// CSV for Excel and WPS: UTF-8 with a byte order mark, RFC 4180 quoting, CRLF, and cells that a spreadsheet
// would run as a formula (starting with = + - @, tab or CR) prefixed with ' (OWASP CSV injection).
#include <string>
#include <vector>

namespace sxpool::documents {

using CsvRow = std::vector<std::string>;

std::string csvCell(const std::string& text);
std::string csvDocument(const CsvRow& header, const std::vector<CsvRow>& rows);

}  // namespace sxpool::documents
