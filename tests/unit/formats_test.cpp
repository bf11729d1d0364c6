// Format predicates (data/README.md: phones, postcodes).
#include <catch2/catch.hpp>

#include "sxpool/rules/formats.hpp"

using namespace sxpool::rules;

TEST_CASE("格式：手机号") {
  for (const char* ok : {"13912345678", "+8613912345678", "008613912345678", "8613912345678", "139 1234 5678",
                         "139-1234-5678", "19912345678"})
    CHECK(isMobilePhone(ok));
  for (const char* bad :
       {"12912345678", "1391234567", "139123456789", "23912345678", "+8612912345678", "", "1391234567a"})
    CHECK_FALSE(isMobilePhone(bad));
}

TEST_CASE("格式：座机号") {
  for (const char* ok : {"0351-3046285", "0351-3046392", "03513046285", "0351 3046285", "(0351)3046285", "010-12345678",
                         "0351-3046285-8001", "0351-3046285转8001", "0359-2021234"})
    CHECK(isLandline(ok));
  for (const char* bad :
       {"3046285", "0351-304628", "0351-304628512", "351-3046285", "0351-0046285", "0351-3046285-", ""})
    CHECK_FALSE(isLandline(bad));
  CHECK(isShanxiLandline("0351-3046285"));
  CHECK(isShanxiLandline("0349-1234567"));
  CHECK_FALSE(isShanxiLandline("010-12345678"));
  CHECK(isPhone("13912345678"));
  CHECK(isPhone("0351-3046285"));
}

TEST_CASE("格式：电子信箱") {
  for (const char* ok : {"sxgxzxqy@126.com", "a.b-c+d@mail.example.cn", "x@y.io"}) CHECK(isEmail(ok));
  for (const char* bad : {"", "a@", "@b.com", "a@b", "a@@b.com", "a b@c.com", "a@b.c", "a@-b.com", "a..b@c.com",
                          "张三@qq.com", "a@b.com ", "a@b.123"})
    CHECK_FALSE(isEmail(bad));
}

TEST_CASE("格式：邮政编码（山西 030000–048999）") {
  CHECK(isPostalCode("030082"));
  CHECK(isShanxiPostalCode("030082"));
  CHECK(isShanxiPostalCode("048999"));
  CHECK_FALSE(isShanxiPostalCode("049000"));
  CHECK_FALSE(isShanxiPostalCode("100000"));
  CHECK(isPostalCode("100000"));
  CHECK_FALSE(isPostalCode("03008"));
  CHECK_FALSE(isPostalCode("03008a"));
}

TEST_CASE("格式：材料文件类型与校验值") {
  CHECK(isAllowedMaterialType("application/pdf"));
  CHECK(isAllowedMaterialType("image/jpeg"));
  CHECK(isAllowedMaterialType("image/png"));
  CHECK_FALSE(isAllowedMaterialType("application/zip"));
  CHECK(isSha256Hex(std::string(64, 'a')));
  CHECK_FALSE(isSha256Hex(std::string(64, 'A')));
  CHECK_FALSE(isSha256Hex(std::string(63, 'a')));
}
