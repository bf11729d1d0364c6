// SqliteStore: the applications of every 公示 batch, for the public 公示 page (指南第八条(四)).
#include "store/sqlite_store.hpp"

namespace sxpool::store {

std::vector<PublicityMemberRow> SqliteStore::publicityMembers() {
  // A batch's members are the cases whose workflow names its dates; later states (异议, 入库, 驳回, 移出) stay in it.
  auto s = db().prepare(
      "SELECT id, name, uscc, city_code, county_code, directions, state, json_extract(workflow, '$.publicityStart'), "
      "json_extract(workflow, '$.publicityEnd') FROM applications "
      "WHERE state IN ('in_publicity', 'objection_pending', 'admitted', 'rejected', 'removed') "
      "AND json_extract(workflow, '$.publicityStart') IS NOT NULL ORDER BY id");
  std::vector<PublicityMemberRow> out;
  while (s.step())
    out.push_back(
        {s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7), s.text(8)});
  return out;
}

}  // namespace sxpool::store
