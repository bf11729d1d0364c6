#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "sxpool/api/directory.hpp"

using namespace sxpool;
using namespace sxpool::api;

TEST_CASE("公开名录查询：参数逐个检查，键与参数往返一致", "[api]") {
  auto q = DirectoryQuery::fromParams({{"class", "digital"},
                                       {"character", "socialized"},
                                       {"city", "140100"},
                                       {"q", "太原"},
                                       {"page", "2"},
                                       {"pageSize", "50"},
                                       {"unknown", "x"}});
  REQUIRE(q.ok());
  CHECK(q->serviceClass == ServiceClass::DigitalEmpowerment);
  CHECK(q->character == ServiceCharacter::Socialized);
  CHECK(q->city == "140100");
  CHECK(q->page == 2);
  CHECK(q->pageSize == 50);
  auto again = DirectoryQuery::fromParams(q->toParams());
  REQUIRE(again.ok());
  CHECK(again->key() == q->key());
  CHECK(DirectoryQuery::fromParams({}).value->key().empty());

  auto badClass = DirectoryQuery::fromParams({{"class", "nope"}});
  REQUIRE(!badClass.ok());
  CHECK(badClass.message.find("服务类别 nope 无效") != std::string::npos);
  CHECK(badClass.fields.at(0).path == "class");
  CHECK(!DirectoryQuery::fromParams({{"city", "140105"}}).ok());  // a county, not a city
  CHECK(!DirectoryQuery::fromParams({{"pageSize", "101"}}).ok());
  CHECK(!DirectoryQuery::fromParams({{"page", "0"}}).ok());
  CHECK(!DirectoryQuery::fromParams({{"q", std::string(201, 'a')}}).ok());
}

TEST_CASE("公开名录与公示名单：编码后解码不变", "[api]") {
  DirectoryEntry e;
  e.id = 7;
  e.name = "太原数智服务有限公司";
  e.uscc = "91140105MA0000000X";
  e.cityCode = "140100";
  e.cityName = "太原市";
  e.countyName = "小店区";
  e.character = ServiceCharacter::PublicWelfare;
  e.serviceClass = ServiceClass::DigitalEmpowerment;
  e.directions = {ServiceDirection::DigitalEmpowerment, ServiceDirection::PolicyConsulting};
  e.admittedOn = Date{2026, 5, 6};
  DirectoryPage page{{e, DirectoryEntry{8, "未分类机构", "", "140200", "大同市", "", {}, {}, {}, {}}}, 2, 1, 20};
  const std::string text = encode(page);
  CHECK(nlohmann::json::parse(text)["items"][1]["serviceClass"].is_null());
  auto back = decodeDirectoryPage(text);
  REQUIRE(back.ok());
  CHECK(encode(*back) == text);

  DirectoryInstitution d{e,
                         "太原市小店区",
                         "王测试",
                         "0351-1234567",
                         "a@example.com",
                         {{"数字化诊断", "诊断服务", "服务 30 家"}},
                         {{"案例一", "某企业", "改造", "降本 10%"}}};
  const std::string dt = encode(d);
  auto dback = decodeDirectoryInstitution(dt);
  REQUIRE(dback.ok());
  CHECK(encode(*dback) == dt);

  PublicNoticeList list;
  list.objectionHowTo = "请在公示期内反映";
  list.batches.push_back({3,
                          Date{2026, 2, 12},
                          Date{2026, 2, 25},
                          "scheduled",
                          "未开始",
                          {{"太原数智服务有限公司", e.uscc, "太原市", {ServiceDirection::DigitalEmpowerment}}}});
  const std::string lt = encode(list);
  auto lback = decodePublicNoticeList(lt);
  REQUIRE(lback.ok());
  CHECK(encode(*lback) == lt);
}
