#include <catch2/catch.hpp>
#include "sxpool/version.hpp"

TEST_CASE("系统名称") { REQUIRE(sxpool::kSystemName == "山西省优质中小企业服务资源库"); }
