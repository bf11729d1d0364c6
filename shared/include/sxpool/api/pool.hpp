#pragma once
// The admitted pool on the wire (docs/api.md "Admitted pool"): classification (指南第九条), the annual evaluation
// (第十二条), the 2025 import, and the products and cases an institution keeps current (第十三条).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/api/codec.hpp"
#include "sxpool/application.hpp"
#include "sxpool/date.hpp"
#include "sxpool/directions.hpp"
#include "sxpool/management.hpp"

namespace sxpool::api {

// 第九条: one 服务性质 and one 服务类别 of the ten.
struct ClassificationChoice {
  ServiceCharacter character = ServiceCharacter::Socialized;
  ServiceClass serviceClass = ServiceClass::Other;
};

// GET /api/v1/pool/{id}/classification, and each item of GET /api/v1/pool.
struct ClassificationView {
  std::int64_t id = 0;  // the institution's (its admitted application's) id
  std::string name;
  std::string uscc;
  std::string cityCode;
  std::string countyCode;
  std::optional<ClassificationChoice> classification;  // null: admitted before classifications were kept
  std::optional<Date> admittedOn;
  std::string source;              // admission | import
  ClassificationChoice suggested;  // from the directions (classify()); 知识产权、出海服务 → 其他类
};

struct PoolList {
  std::vector<ClassificationView> items;  // by id
};

std::string encode(const ClassificationView& view);
Parsed<ClassificationView> decodeClassificationView(std::string_view body);
std::string encode(const PoolList& list);
Parsed<PoolList> decodePoolList(std::string_view body);

// PUT /api/v1/pool/{id}/classification: the province changes it later; the reason goes to the audit row.
struct ClassificationUpdate {
  ClassificationChoice classification;
  std::string reason;
};

std::string encode(const ClassificationUpdate& body);
Parsed<ClassificationUpdate> decodeClassificationUpdate(std::string_view body);

// 第十二条: the annual evaluation of one institution and year.
enum class EvaluationResult { Qualified, Unqualified };
enum class EvaluationDecision { Keep, Remove };

struct EvaluationBody {
  int year = 0;
  EvaluationResult result = EvaluationResult::Qualified;
  std::string siteCheck;  // 现场核查情况; empty when there was none
  EvaluationDecision decision = EvaluationDecision::Keep;
  std::string meetingRef;  // 研究决定的会议及文号
  std::string comment;
  std::optional<RemovalReason> removalReason;  // required when the decision is removal
};

struct EvaluationView {
  EvaluationBody body;
  std::string recordedBy;  // account
  std::int64_t recordedAt = 0;
};

struct EvaluationList {
  std::int64_t id = 0;
  std::string state;                  // admitted | removed
  std::vector<EvaluationView> items;  // by year
};

std::string encode(const EvaluationBody& body);
Parsed<EvaluationBody> decodeEvaluationBody(std::string_view body);
std::string encode(const EvaluationList& list);
Parsed<EvaluationList> decodeEvaluationList(std::string_view body);

// POST /api/v1/pool/import: the CSV of institutions admitted in 2025, all rows or none.
struct ImportRequest {
  std::string csv;
};

struct ImportLineError {
  int line = 0;  // 1 = the header
  std::string message;
};

struct ImportResult {
  int created = 0;
  std::vector<std::int64_t> ids;
  std::vector<ImportLineError> errors;  // when not empty nothing was created
  std::string message;                  // Chinese summary: how many were created, or the first problems
};

std::string encode(const ImportRequest& body);
Parsed<ImportRequest> decodeImportRequest(std::string_view body);
std::string encode(const ImportResult& result);
Parsed<ImportResult> decodeImportResult(std::string_view body);

// 第十三条: GET/PUT /api/v1/pool/{id}/profile.
struct PoolProfile {
  std::int64_t id = 0;
  std::int64_t revision = 0;  // PUT sends the revision it edited; a stale one is 409
  std::vector<ServiceProduct> products;
  std::vector<TypicalCase> cases;
};

std::string encode(const PoolProfile& profile);
Parsed<PoolProfile> decodePoolProfile(std::string_view body);
// The stored form of each list (the store's pool_profiles columns): a JSON array as in the body above.
std::string encodeProducts(const std::vector<ServiceProduct>& products);
std::string encodeCases(const std::vector<TypicalCase>& cases);
Parsed<std::vector<ServiceProduct>> decodeProducts(std::string_view text);
Parsed<std::vector<TypicalCase>> decodeCases(std::string_view text);

}  // namespace sxpool::api

namespace sxpool {
template <>
struct EnumTable<api::EvaluationResult> {
  static constexpr EnumEntry<api::EvaluationResult> entries[] = {
      {api::EvaluationResult::Qualified, "qualified", "符合要求"},
      {api::EvaluationResult::Unqualified, "unqualified", "不符合要求"},
  };
};
template <>
struct EnumTable<api::EvaluationDecision> {
  static constexpr EnumEntry<api::EvaluationDecision> entries[] = {
      {api::EvaluationDecision::Keep, "keep", "保留入库资格"},
      {api::EvaluationDecision::Remove, "remove", "移出资源库"},
  };
};
}  // namespace sxpool
