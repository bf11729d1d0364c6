#pragma once
// 指南第十条: institutions admitted in 2025 come into the pool from a CSV, so that their quarterly periods count
// from their own admission date. Pure: parses and checks the text, every problem with its line number.
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/date.hpp"
#include "sxpool/directions.hpp"

namespace sxpool {

// The header, in this order (服务性质/服务类别 as codes or as their labels):
// 统一社会信用代码,机构名称,所属市代码,所属县代码,入库日期,服务性质,服务类别,联系人,联系电话
inline constexpr std::string_view kImportHeader =
    "统一社会信用代码,机构名称,所属市代码,所属县代码,入库日期,服务性质,服务类别,联系人,联系电话";

struct ImportedInstitution {
  int line = 0;
  std::string uscc;
  std::string name;
  std::string cityCode;
  std::string countyCode;  // empty: routed by the city (市本级)
  Date admittedOn;
  ServiceCharacter character = ServiceCharacter::Socialized;
  ServiceClass serviceClass = ServiceClass::Other;
  std::string contactName;
  std::string contactPhone;
};

struct ImportProblem {
  int line = 0;  // 1 = the header
  std::string message;
};

struct ImportParse {
  std::vector<ImportedInstitution> rows;
  std::vector<ImportProblem> problems;  // the whole file is refused when any
};

// `admissionYear`: the year every admission date must fall in (2025).
ImportParse parseAdmittedImport(std::string_view csv, int admissionYear);

}  // namespace sxpool
