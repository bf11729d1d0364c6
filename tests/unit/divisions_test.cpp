#include <catch2/catch.hpp>

#include "sxpool/divisions.hpp"
#include "sxpool/routing.hpp"
#include "sxpool/sample.hpp"
#include "sxpool/uscc.hpp"

using namespace sxpool;

TEST_CASE("行政区划：11个地级市、117个县级区划，来自嵌入的CSV") {
  const auto& d = Divisions::instance();
  CHECK(d.cities().size() == 11);
  CHECK(d.counties().size() == 117);
  REQUIRE(d.findCounty("140105"));
  CHECK(d.findCounty("140105")->name == "小店区");
  CHECK(d.cityOf("140105") == "140100");
  CHECK(d.cityOf("140100") == "140100");
  CHECK(d.cityOf("140101") == "140100");  // 市辖区
  CHECK(d.cityOf("110105").empty());
  CHECK(d.countiesOf("140100").size() == 10);
  CHECK(d.nameOf("140171") == "山西转型综合改革示范区");
  CHECK(d.findCity("140100")->areaCode == "0351");
  CHECK(d.cityByAreaCode("0359")->name == "运城市");
  CHECK_FALSE(d.findCounty("140171"));  // 统计用区划不是县
}

TEST_CASE("审核单位代码：县、市、综改区、省级主管部门、省") {
  CHECK(unitLevelOf("140105") == UnitLevel::County);
  CHECK(unitLevelOf("140100") == UnitLevel::City);
  CHECK(unitLevelOf("140171") == UnitLevel::ReformZone);
  CHECK(unitLevelOf("dept-kjt") == UnitLevel::ProvincialDepartment);
  CHECK(unitLevelOf("140000") == UnitLevel::Province);
  CHECK_FALSE(unitLevelOf("dept-"));
  CHECK_FALSE(unitLevelOf("dept-科技厅"));
  CHECK_FALSE(unitLevelOf("110000"));
}

TEST_CASE("属地原则：由统一社会信用代码默认属地单位") {
  struct Row {
    const char* division;
    RoutingKind kind;
    const char* unit;
  };
  const Row rows[] = {{"140105", RoutingKind::County, "140105"},
                      {"140100", RoutingKind::City, "140100"},
                      {"140101", RoutingKind::City, "140100"},
                      {"141182", RoutingKind::County, "141182"}};
  for (const auto& r : rows) {
    const auto code = *makeUscc('9', '1', r.division, "MA0K1234");
    INFO(code);
    const auto routing = defaultRoutingForUscc(code);
    REQUIRE(routing);
    CHECK(routing->kind == r.kind);
    CHECK(routing->unitCode == r.unit);
    CHECK(routingProblem(*routing).empty());
  }
  std::string why;
  CHECK_FALSE(defaultRoutingForUscc(*makeUscc('9', '1', "140000", "MA0K1234"), &why));
  CHECK(why.find("省级主管部门") != std::string::npos);
  CHECK_FALSE(defaultRoutingForUscc("91110000600037341L", &why));
  CHECK(why.find("不在山西省内") != std::string::npos);
  CHECK_FALSE(defaultRoutingForUscc("abc", &why));
}

TEST_CASE("属地原则：选择的属地单位必须存在") {
  CHECK(routingProblem(reformZoneRouting()).empty());
  CHECK(routingProblem(departmentRouting("dept-kjt", "山西省科学技术厅")).empty());
  CHECK_FALSE(routingProblem(Routing{}).empty());
  CHECK_FALSE(routingProblem(Routing{RoutingKind::County, "140100", "太原市"}).empty());
  CHECK_FALSE(routingProblem(Routing{RoutingKind::City, "140105", "小店区"}).empty());
  CHECK_FALSE(routingProblem(Routing{RoutingKind::ReformZone, "140100", ""}).empty());
  CHECK_FALSE(routingProblem(departmentRouting("kjt", "山西省科学技术厅")).empty());
  CHECK_FALSE(routingProblem(departmentRouting("dept-kjt", "")).empty());
  CHECK(recommendingUnitOf(Routing{RoutingKind::County, "140105", "小店区"}) == "140100");
  CHECK(recommendingUnitOf(reformZoneRouting()) == "140171");
}
