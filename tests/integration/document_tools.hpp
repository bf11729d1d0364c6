#pragma once
// The outside tools the document tests read the exports with: LibreOffice (each call its own profile), poppler
// (pdftotext, pdfinfo, pdffonts, pdftoppm) and Python's csv module.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace sxpool::testing {

struct Shell {
  int exitCode = -1;
  std::string out;
};
Shell shell(const std::string& command);  // stdout; stderr goes to the test's log

void writeFile(const std::filesystem::path& path, const std::string& bytes);
std::string readFile(const std::filesystem::path& path);
// "/api/v1/applications/{id}" + rest.
std::string applicationPath(std::int64_t id, const std::string& rest);

// soffice --headless --convert-to `format` for all `inputs` at once, into `outDir`, with a fresh profile.
void convertWithLibreOffice(const std::vector<std::filesystem::path>& inputs, const std::string& format,
                            const std::filesystem::path& outDir);
// pdftotext's text with every space and line break removed (table cells wrap wherever they like).
std::string pdfTextCompact(const std::filesystem::path& pdf);
int pdfPages(const std::filesystem::path& pdf);
// pdffonts' rows: every font listed is embedded.
bool pdfFontsAllEmbedded(const std::filesystem::path& pdf, std::string* listing);
// Page `page` as PNG at 60 dpi under artifacts/documents/<name>.png.
std::filesystem::path renderPage(const std::filesystem::path& pdf, int page, const std::string& name);

// Rows of a CSV file as Python's csv module reads it (utf-8-sig).
std::vector<std::vector<std::string>> pythonCsvRows(const std::filesystem::path& csv);

std::string compact(const std::string& text);  // without spaces and line breaks

}  // namespace sxpool::testing
