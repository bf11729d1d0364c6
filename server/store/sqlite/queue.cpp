// SqliteStore: the review queue and its state counts, read from applications and application_viewers.
#include "store/sqlite_store.hpp"

#include <utility>

namespace sxpool::store {

QueuePage SqliteStore::queue(const QueueQuery& q) {
  // Fixed SQL fragments chosen by the query; every value is a bound parameter.
  std::string from =
      q.viewerUnit ? "application_viewers v JOIN applications a ON a.id = v.application_id" : "applications a";
  std::string where = q.viewerUnit ? "WHERE v.unit_code = ?" : "WHERE a.state <> 'draft'";
  std::vector<std::string> texts;  // bound in order
  std::vector<std::int64_t> numbers;
  std::vector<std::pair<bool, size_t>> order;  // (is number, index)
  auto text = [&](std::string v) {
    texts.push_back(std::move(v));
    order.push_back({false, texts.size() - 1});
  };
  auto number = [&](std::int64_t v) {
    numbers.push_back(v);
    order.push_back({true, numbers.size() - 1});
  };
  if (q.viewerUnit) text(*q.viewerUnit);
  const char* stateColumn = q.viewerUnit ? "v.state" : "a.state";
  if (!q.states.empty()) {
    where += std::string(" AND ") + stateColumn + " IN (";
    for (size_t i = 0; i < q.states.size(); ++i) {
      where += i ? ", ?" : "?";
      text(q.states[i]);
    }
    where += ")";
  }
  if (!q.city.empty()) {
    where += " AND a.city_code = ?";
    text(q.city);
  }
  if (!q.county.empty()) {
    where += " AND a.county_code = ?";
    text(q.county);
  }
  if (!q.direction.empty()) {
    where += " AND a.directions LIKE ?";
    text("%," + q.direction + ",%");
  }
  if (q.roundYear) {
    where += " AND a.round_year = ?";
    number(*q.roundYear);
  }
  if (!q.holdingUnit.empty()) {
    where += " AND a.holding_unit = ?";
    text(q.holdingUnit);
  }
  if (!q.search.empty()) {
    std::string escaped;
    for (char c : q.search) {
      if (c == '%' || c == '_' || c == '\\') escaped += '\\';
      escaped += c;
    }
    where += " AND (a.name LIKE ? ESCAPE '\\' OR a.uscc LIKE ? ESCAPE '\\' OR a.receipt_no = ?)";
    text("%" + escaped + "%");
    text(escaped + "%");
    text(q.search);
  }
  // Sort key and tie-break (always the application id): the page is chosen on them alone, and only its rows
  // are read from the wide applications table.
  std::string key = q.viewerUnit ? "v.updated_at" : "a.updated_at";
  std::string id = q.viewerUnit ? "v.application_id" : "a.id";
  if (q.sort == "name")
    key = "a.name";
  else if (q.sort == "submitted")
    key = "a.submitted_at";
  else if (q.sort == "state")
    key = stateColumn;
  else if (q.sort == "receipt")
    key = "a.receipt_no";
  if (key.rfind("a.", 0) == 0) id = "a.id";
  const std::string dir = q.descending ? " DESC" : " ASC";

  auto bindAll = [&](Stmt& s) {
    int i = 0;
    for (auto [isNumber, index] : order) {
      if (isNumber)
        s.bind(++i, numbers[index]);
      else
        s.bind(++i, texts[index]);
    }
    return i;
  };

  // Without filters on the application itself the unit's visibility rows answer alone (fast at 100 000 rows).
  const bool viewerOnly = q.viewerUnit && q.city.empty() && q.county.empty() && q.direction.empty() && !q.roundYear &&
                          q.holdingUnit.empty() && q.search.empty() && id == "v.application_id";
  if (viewerOnly) from = "application_viewers v";
  QueuePage page;
  if (q.countTotal) {
    auto s = db().prepare("SELECT COUNT(*) FROM " + from + " " + where);
    bindAll(s);
    s.step();
    page.total = s.integer(0);
  }
  const std::string sql =
      "SELECT a.id, a.name, a.uscc, a.state, a.routing_kind, a.routing_unit, a.county_code, a.city_code, "
      "a.directions, a.holding_unit, a.round_year, a.receipt_no, a.submitted_at, a.updated_at, a.current_version, "
      "json_extract(a.workflow, '$.publicityStart'), json_extract(a.workflow, '$.publicityEnd') "
      "FROM (SELECT " +
      key + " AS k, " + id + " AS id FROM " + from + " " + where + " ORDER BY " + key + dir + ", " + id + dir +
      " LIMIT ? OFFSET ?) p JOIN applications a ON a.id = p.id ORDER BY p.k" + dir + ", p.id" + dir;
  auto s = db().prepare(sql);
  int i = bindAll(s);
  s.bind(++i, static_cast<std::int64_t>(q.pageSize));
  s.bind(++i, static_cast<std::int64_t>(q.page - 1) * q.pageSize);
  while (s.step()) {
    QueueItem item;
    item.id = s.integer(0);
    item.name = s.text(1);
    item.uscc = s.text(2);
    item.state = s.text(3);
    item.routingKind = s.text(4);
    item.routingUnit = s.text(5);
    item.countyCode = s.text(6);
    item.cityCode = s.text(7);
    item.directions = s.text(8);
    item.holdingUnit = s.text(9);
    item.roundYear = static_cast<int>(s.integer(10));
    item.receiptNo = s.optionalText(11);
    item.submittedAt = s.optionalInteger(12);
    item.updatedAt = s.integer(13);
    item.currentVersion = static_cast<int>(s.integer(14));
    item.publicityStart = s.optionalText(15);
    item.publicityEnd = s.optionalText(16);
    page.items.push_back(std::move(item));
  }
  return page;
}

std::map<std::string, std::int64_t> SqliteStore::stateCounts(const std::optional<std::string>& viewerUnit) {
  std::map<std::string, std::int64_t> counts;
  if (viewerUnit) {
    auto s = db().prepare("SELECT state, COUNT(*) FROM application_viewers WHERE unit_code = ? GROUP BY state");
    s.bindAll(*viewerUnit);
    while (s.step()) counts[s.text(0)] = s.integer(1);
  } else {
    auto s = db().prepare("SELECT state, COUNT(*) FROM applications WHERE state <> 'draft' GROUP BY state");
    while (s.step()) counts[s.text(0)] = s.integer(1);
  }
  return counts;
}

}  // namespace sxpool::store
