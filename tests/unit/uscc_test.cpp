// GB 32100-2015 统一社会信用代码 with the GB 11714 inner check (data/README.md).
#include <catch2/catch.hpp>

#include "sxpool/uscc.hpp"

using namespace sxpool;

TEST_CASE("统一社会信用代码：公开校验器测试集中的有效代码") {
  for (const char* code : {"91110000600037341L", "121200004013590816", "91310115MA1K3BTP2B"}) {
    INFO(code);
    const UsccCheck c = checkUscc(code);
    CHECK(c.lengthOk);
    CHECK(c.charsetOk);
    CHECK(c.checksumOk);
    CHECK(c.orgCodeOk);
    CHECK(c.fullyValid());
  }
}

TEST_CASE("统一社会信用代码：已知无效代码") {
  const UsccCheck wrongCheck = checkUscc("91110000600037341N");
  CHECK(wrongCheck.wellFormed());
  CHECK_FALSE(wrongCheck.checksumOk);
  const UsccCheck forbidden = checkUscc("9111000060003IOZSV");
  CHECK(forbidden.lengthOk);
  CHECK_FALSE(forbidden.charsetOk);
  CHECK_FALSE(checkUscc("91110000600037341").lengthOk);
  CHECK_FALSE(checkUscc("91110000600037341LL").lengthOk);
  CHECK_FALSE(checkUscc("91110000600037341l").charsetOk);
  CHECK_FALSE(checkUscc("").wellFormed());
}

TEST_CASE("统一社会信用代码：计算校验码与生成代码") {
  CHECK(usccCheckCharacter("91110000600037341") == 'L');
  CHECK(usccCheckCharacter("12120000401359081") == '6');
  CHECK(usccCheckCharacter("91310115MA1K3BTP2") == 'B');
  CHECK_FALSE(usccCheckCharacter("9111000060003734"));
  CHECK_FALSE(usccCheckCharacter("9111000060003734I"));
  CHECK(orgCodeCheckCharacter("60003734") == '1');
  CHECK(orgCodeCheckCharacter("40135908") == '1');
  const auto made = makeUscc('9', '1', "140105", "MA0K1234");
  REQUIRE(made);
  CHECK(made->size() == 18);
  CHECK(checkUscc(*made).fullyValid());
  CHECK(checkUscc(*made).divisionCode == "140105");
  CHECK_FALSE(makeUscc('9', '1', "14010", "MA0K1234"));
}

TEST_CASE("统一社会信用代码：第1–2位对应机构性质") {
  CHECK(natureFromUscc("91140105MA0K12345X") == InstitutionNature::Enterprise);
  CHECK(natureFromUscc("12140000000000000X") == InstitutionNature::PublicInstitution);
  CHECK(natureFromUscc("51") == InstitutionNature::SocialOrganization);
  CHECK(natureFromUscc("52") == InstitutionNature::PrivateNonEnterprise);
  CHECK(natureFromUscc("Y1") == InstitutionNature::Other);
  CHECK_FALSE(natureFromUscc("9"));
}
