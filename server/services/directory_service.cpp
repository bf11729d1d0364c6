// The public directory and 公示 list (指南第十四条, 第八条(四)): a snapshot of the admitted pool, searched in memory.
#include "services/directory_service.hpp"

#include <algorithm>
#include <tuple>

#include "services/case_records.hpp"
#include "services/queue_columns.hpp"
#include "services/service_error.hpp"
#include "sxpool/api/pool.hpp"
#include "sxpool/api/publicity.hpp"
#include "sxpool/divisions.hpp"

namespace sxpool::embedded {
extern const std::string_view publicity_contacts_csv;
}

namespace sxpool::services {
namespace {

std::string folded(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

bool matches(const api::DirectoryEntry& e, const std::string& foldedName, const api::DirectoryQuery& q,
             const std::string& foldedSearch) {
  if (q.serviceClass && e.serviceClass != q.serviceClass) return false;
  if (q.character && e.character != q.character) return false;
  if (!q.city.empty() && e.cityCode != q.city) return false;
  if (!foldedSearch.empty() && foldedName.find(foldedSearch) == std::string::npos &&
      folded(e.uscc).rfind(foldedSearch, 0) != 0)
    return false;
  return true;
}

// "公示期间……向山西省工业和信息化厅中小企业处反映（电子邮箱 …；联系人：王乐 0351-3046285，…）" from the embedded
// publicity_contacts.csv (unit,email,contact,phone), so the contacts are data, not code.
std::string objectionHowTo() {
  std::string unit, email, people;
  std::string_view csv = embedded::publicity_contacts_csv;
  bool header = true;
  while (!csv.empty()) {
    const auto eol = csv.find('\n');
    std::string line(csv.substr(0, eol));
    csv = eol == std::string_view::npos ? std::string_view() : csv.substr(eol + 1);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (header || line.empty()) {
      header = false;
      continue;
    }
    std::vector<std::string> cells;
    size_t start = 0;
    for (size_t comma; (comma = line.find(',', start)) != std::string::npos; start = comma + 1)
      cells.push_back(line.substr(start, comma - start));
    cells.push_back(line.substr(start));
    if (cells.size() < 4) continue;
    unit = cells[0];
    email = cells[1];
    people += (people.empty() ? "" : "，") + cells[2] + " " + cells[3];
  }
  return "公示期间，任何单位和个人对名单中的机构有异议的，请在公示期内以书面形式（署真实姓名或单位名称，写明异议事实和"
         "理由，"
         "附联系方式）向" +
         unit + "反映，电子邮箱 " + email + "；联系人：" + people +
         "。公示期满无异议的，直接纳入服务资源库（指南第八条（四））。";
}

// Where the institution is, for the directory's city filter: its county's city when a county recommended it, the
// city when the city did; for the 综改区 and the 省级主管部门 routes the division of the registering authority that
// the 统一社会信用代码 carries (its 3rd–8th characters, GB 32100).
std::pair<std::string, std::string> locationOf(const std::string& countyCode, const std::string& cityCode,
                                               const std::string& uscc) {
  const auto& divisions = Divisions::instance();
  if (auto city = divisions.cityOf(countyCode); !city.empty()) return {city, divisions.nameOf(countyCode)};
  if (unitLevelOf(cityCode) == UnitLevel::City) return {cityCode, ""};
  if (uscc.size() == 18) {
    const std::string registered = uscc.substr(2, 6);
    if (auto city = divisions.cityOf(registered); !city.empty())
      return {city, divisions.findCounty(registered) ? divisions.nameOf(registered) : ""};
  }
  return {"", ""};
}

}  // namespace

std::shared_ptr<DirectoryService::Snapshot> DirectoryService::snapshot() {
  const auto generation = ctx_.poolGeneration.load();
  if (snapshot_ && snapshot_->generation == generation) return snapshot_;
  auto next = std::make_shared<Snapshot>();
  next->generation = generation;
  const auto& divisions = Divisions::instance();
  for (auto& row : ctx_.store.admittedInstitutions()) {
    Entry e;
    e.view.id = row.id;
    e.view.name = std::move(row.name);
    e.view.uscc = std::move(row.uscc);
    std::tie(e.view.cityCode, e.view.countyName) = locationOf(row.countyCode, row.cityCode, row.uscc);
    e.view.cityName = divisions.nameOf(e.view.cityCode);
    e.view.directions = directionsFromColumn(row.directions);
    if (row.classification) {
      e.view.character = fromCode<ServiceCharacter>(row.classification->character);
      e.view.serviceClass = fromCode<ServiceClass>(row.classification->serviceClass);
      e.view.admittedOn = parseDate(row.classification->admittedOn);
    }
    e.foldedName = folded(e.view.name);
    next->entries.push_back(std::move(e));
  }
  std::sort(next->entries.begin(), next->entries.end(), [](const Entry& a, const Entry& b) {
    return a.view.name != b.view.name ? a.view.name < b.view.name : a.view.id < b.view.id;
  });
  snapshot_ = next;
  return snapshot_;
}

api::DirectoryPage DirectoryService::search(const api::DirectoryQuery& q) {
  std::shared_ptr<Snapshot> snap;
  {
    std::lock_guard lock(mutex_);
    snap = snapshot();
  }
  api::DirectoryPage page;
  page.page = q.page;
  page.pageSize = q.pageSize;
  const std::string search = folded(q.search);
  const auto first = static_cast<std::int64_t>(q.page - 1) * q.pageSize;
  for (const auto& e : snap->entries) {
    if (!matches(e.view, e.foldedName, q, search)) continue;
    if (page.total >= first && page.total < first + q.pageSize) page.items.push_back(e.view);
    ++page.total;
  }
  return page;
}

std::string DirectoryService::searchJson(const api::DirectoryQuery& q) {
  const std::string key = q.key();
  {
    std::lock_guard lock(mutex_);
    auto snap = snapshot();
    if (auto it = snap->answers.find(key); it != snap->answers.end()) return it->second;
  }
  std::string body = api::encode(search(q));
  std::lock_guard lock(mutex_);
  auto snap = snapshot();
  if (snap->answers.size() >= 4096) snap->answers.clear();  // bounded: a crawler's every page cannot grow it
  snap->answers.emplace(key, body);
  return body;
}

api::DirectoryInstitution DirectoryService::institution(std::int64_t id) {
  std::shared_ptr<Snapshot> snap;
  {
    std::lock_guard lock(mutex_);
    snap = snapshot();
  }
  const auto it =
      std::find_if(snap->entries.begin(), snap->entries.end(), [&](const Entry& e) { return e.view.id == id; });
  if (it == snap->entries.end())
    throw notFound("资源库中没有编号为 " + std::to_string(id) + " 的入库机构（可能已移出资源库）：请从名录中重新查找");
  const CaseRecord rec = loadCase(ctx_, id);
  api::DirectoryInstitution out;
  out.entry = it->view;
  out.address = rec.draft.basic.address;
  out.contactName = rec.draft.basic.contactName;
  out.contactPhone = rec.draft.basic.contactPhone;
  out.email = rec.draft.basic.email;
  if (auto profile = ctx_.store.poolProfile(id)) {  // 指南第十三条: as the institution keeps them now
    out.products = api::decodeProducts(profile->products).value.value_or(std::vector<ServiceProduct>{});
    out.cases = api::decodeCases(profile->cases).value.value_or(std::vector<TypicalCase>{});
  } else {
    out.products = rec.draft.products;
    out.cases = rec.draft.cases;
  }
  return out;
}

std::unique_ptr<api::PublicNoticeList> DirectoryService::buildNotices() {
  auto list = std::make_unique<api::PublicNoticeList>();
  list->objectionHowTo = objectionHowTo();
  // A batch is a 公示 period: its members are the cases whose workflow names its dates, numbered in date order.
  std::map<std::pair<std::string, std::string>, std::vector<store::PublicityMemberRow>> periods;
  for (auto& m : ctx_.store.publicityMembers()) periods[{m.startOn, m.endOn}].push_back(std::move(m));
  const auto& divisions = Divisions::instance();
  const Date today = ctx_.clock.today();
  std::int64_t number = 0;
  for (const auto& [dates, members] : periods) {
    const auto start = parseDate(dates.first), end = parseDate(dates.second);
    if (!start || !end) continue;
    api::PublicNoticeBatch b;
    b.id = ++number;
    b.startDate = *start;
    b.endDate = *end;
    std::tie(b.state, b.stateLabel) = api::publicityPhase(start, end, today);
    for (const auto& m : members)
      b.items.push_back({m.name, m.uscc, divisions.nameOf(locationOf(m.countyCode, m.cityCode, m.uscc).first),
                         directionsFromColumn(m.directions)});
    list->batches.push_back(std::move(b));
  }
  std::sort(list->batches.begin(), list->batches.end(),
            [](const auto& a, const auto& b) { return b.startDate < a.startDate; });  // newest first
  return list;
}

api::PublicNoticeList DirectoryService::notices() {
  std::lock_guard lock(mutex_);
  auto snap = snapshot();
  // The phase depends on today as well: rebuilt when the day moves on (a demo clock) or the pool changes.
  const Date today = ctx_.clock.today();
  if (!snap->notices || snap->noticesDay != today) {
    snap->notices = buildNotices();
    snap->noticesDay = today;
  }
  return *snap->notices;
}

}  // namespace sxpool::services
