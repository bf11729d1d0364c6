#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "sxpool/api/queue.hpp"

using namespace sxpool;
using namespace sxpool::api;

namespace {

QueueItem sampleItem() {
  QueueItem i;
  i.id = 7;
  i.name = "太原某服务有限公司";
  i.uscc = "91140100MA0000000X";
  i.state = WorkflowState::AtCity;
  i.routingKind = "county";
  i.routingUnit = "140105";
  i.routingUnitName = "小店区";
  i.cityCode = "140100";
  i.cityName = "太原市";
  i.countyCode = "140105";
  i.directions = {ServiceDirection::DigitalEmpowerment, ServiceDirection::TechInnovation};
  i.roundYear = 2026;
  i.receiptNo = "SX2026-000007";
  i.submittedAt = 1776000000;
  i.updatedAt = 1776000100;
  i.version = 2;
  i.holdingUnit = "140100";
  i.mine = true;
  return i;
}

Parsed<QueueQuery> parse(std::initializer_list<std::pair<const std::string, std::string>> params) {
  return QueueQuery::fromParams(QueryParams(params));
}

}  // namespace

TEST_CASE("审核列表查询：参数读入类型，再写回同样的参数", "[api]") {
  auto q = parse({{"state", "at_city,in_publicity"},
                  {"city", "140100"},
                  {"county", "140105"},
                  {"direction", "digital"},
                  {"round", "2026"},
                  {"q", "太原"},
                  {"mine", "1"},
                  {"sort", "name"},
                  {"order", "asc"},
                  {"page", "3"},
                  {"pageSize", "50"}});
  REQUIRE(q.ok());
  CHECK(q->states == std::vector<WorkflowState>{WorkflowState::AtCity, WorkflowState::InPublicity});
  CHECK(q->direction == ServiceDirection::DigitalEmpowerment);
  CHECK(q->roundYear == 2026);
  CHECK(q->mine);
  CHECK(!q->descending);
  CHECK(q->page == 3);
  CHECK(q->pageSize == 50);
  auto again = QueueQuery::fromParams(q->toParams());
  REQUIRE(again.ok());
  CHECK(again->toParams() == q->toParams());
  CHECK(again->key() == q->key());
  // The counts' key leaves out what only pages or orders the same filter.
  QueueQuery otherPage = *q;
  otherPage.page = 9;
  otherPage.descending = true;
  CHECK(otherPage.key(false) == q->key(false));
  CHECK(otherPage.key() != q->key());

  auto defaults = parse({});
  REQUIRE(defaults.ok());
  CHECK(defaults->sort == "updated");
  CHECK(defaults->descending);
  CHECK(defaults->page == 1);
  CHECK(defaults->pageSize == 20);
  CHECK(defaults->toParams().empty());
}

TEST_CASE("审核列表查询：任何不在取值范围内的参数都被拒绝，并指明参数", "[api]") {
  const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
      {"state", "nonsense", "状态 nonsense 无效"},
      {"state", "at_city,bogus", "状态 bogus 无效"},
      {"city", "1'--", "地市（单位）代码 1'-- 无效"},
      {"county", "140100", "县（市、区）代码 140100 无效"},
      {"direction", "digitalx", "服务方向 digitalx 无效"},
      {"round", "2026abc", "「round」应为年份"},
      {"round", "99999999999999999999", "「round」应为年份"},
      {"sort", "price", "「sort」"},
      {"order", "sideways", "「order」"},
      {"page", " 5", "「page」应为 1–1000000 的整数"},
      {"pageSize", "5x", "「pageSize」应为 1–200 的整数"},
      {"pageSize", "0", "「pageSize」应为 1–200 的整数"},
      {"pageSize", "201", "「pageSize」应为 1–200 的整数"},
  };
  for (const auto& [key, value, message] : cases) {
    INFO(key << "=" << value);
    auto q = parse({{key, value}});
    REQUIRE(!q.ok());
    CHECK(q.message.find(message) != std::string::npos);
    REQUIRE(q.fields.size() == 1);
    CHECK(q.fields[0].path == key);
  }
  CHECK(parse({{"pageSize", "0"}}).fields[0].message == "超出范围");
  CHECK(parse({{"pageSize", "x"}}).fields[0].message == "应为整数");
}

TEST_CASE("审核列表页：JSON 的键与类型不变，往返一致", "[api]") {
  QueuePage page;
  page.items = {sampleItem(), QueueItem{}};
  page.items[1].id = 8;
  page.total = 42;
  page.page = 2;
  page.pageSize = 20;
  page.counts = {{"at_city", 30}, {"admitted", 12}};
  page.countAll = 42;

  const std::string text = encode(page);
  const auto j = nlohmann::json::parse(text);
  CHECK(j["total"] == 42);
  CHECK(j["countAll"] == 42);
  CHECK(j["counts"]["at_city"] == 30);
  const auto& item = j["items"][0];
  CHECK(item["state"]["code"] == "at_city");
  CHECK(item["state"]["label"].is_string());
  CHECK(item["directions"][0]["code"] == "digital");
  CHECK(item["directions"][0]["label"].is_string());
  CHECK(item["receiptNo"] == "SX2026-000007");
  CHECK(item["mine"] == true);
  CHECK(j["items"][1]["receiptNo"].is_null());
  CHECK(j["items"][1]["submittedAt"].is_null());
  CHECK(item["publicityStart"].is_null());  // not yet in a 公示 batch
  CHECK(item["publicityEnd"].is_null());
  CHECK(item.size() == 20);

  auto back = decodeQueuePage(text);
  REQUIRE(back.ok());
  CHECK(encode(*back) == text);
  CHECK(back->items[0].directions == sampleItem().directions);
  CHECK(!back->items[1].receiptNo);

  QueuePage published;
  published.items.push_back(sampleItem());
  published.items[0].state = WorkflowState::InPublicity;
  published.items[0].publicityStart = Date{2026, 2, 12};
  published.items[0].publicityEnd = Date{2026, 2, 25};
  const auto again = decodeQueuePage(encode(published));
  REQUIRE(again.ok());
  CHECK(again->items[0].publicityStart == Date{2026, 2, 12});
  CHECK(again->items[0].publicityEnd == Date{2026, 2, 25});
}

TEST_CASE("审核列表页：坏输入给出字段路径", "[api]") {
  auto bad = decodeQueuePage(R"({"items":[{"id":1,"state":{"code":"nowhere"}}],"total":"x"})");
  REQUIRE(!bad.ok());
  REQUIRE(bad.fields.size() == 2);
  CHECK(bad.fields[0].path == "items[0].state.code");
  CHECK(bad.fields[1].path == "total");
  CHECK(!decodeQueuePage("[1]").ok());
  CHECK(!decodeQueuePage("{").ok());
}
