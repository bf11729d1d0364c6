#include "data_digest.hpp"

#include <sqlite3.h>

#include <catch2/catch.hpp>

namespace sxpool::testing {

std::string userVisibleDigest(const std::filesystem::path& dataDir) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2((dataDir / "sxpool.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  std::string out;
  for (const char* query :
       {"SELECT * FROM applications ORDER BY id", "SELECT * FROM application_versions ORDER BY 1, 2",
        "SELECT * FROM application_viewers ORDER BY 1, 2", "SELECT * FROM attachments ORDER BY id",
        "SELECT * FROM inbox ORDER BY id", "SELECT * FROM removals ORDER BY 1, 2",
        "SELECT * FROM publicity_batches ORDER BY 1, 2", "SELECT * FROM units ORDER BY code",
        "SELECT * FROM rounds ORDER BY year", "SELECT * FROM holiday_calendars ORDER BY year",
        "SELECT * FROM classifications ORDER BY 1", "SELECT * FROM evaluations ORDER BY 1",
        "SELECT * FROM pool_profiles ORDER BY 1", "SELECT * FROM service_reports ORDER BY 1",
        "SELECT * FROM change_reports ORDER BY 1", "SELECT * FROM removal_proposals ORDER BY 1",
        "SELECT * FROM report_notices ORDER BY 1", "SELECT * FROM report_notice_entries ORDER BY 1, 2",
        "SELECT id, account, password_hash, role, unit_code, display_name, disabled FROM users ORDER BY id"}) {
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, query, -1, &s, nullptr) == SQLITE_OK);
    while (sqlite3_step(s) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(s); ++c) {
        const auto* text = sqlite3_column_text(s, c);
        out += text ? std::string(reinterpret_cast<const char*>(text), sqlite3_column_bytes(s, c)) : "NULL";
        out += '\x1f';
      }
      out += '\n';
    }
    sqlite3_finalize(s);
  }
  sqlite3_close(db);
  for (const auto& e : std::filesystem::recursive_directory_iterator(dataDir / "attachments"))
    if (e.is_regular_file()) out += e.path().filename().string() + "\n";
  return out;
}

}  // namespace sxpool::testing
