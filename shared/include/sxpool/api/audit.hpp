#pragma once
// The audit log on the wire: GET /api/v1/audit (docs/api.md "Accounts and sessions").
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/api/codec.hpp"

namespace sxpool::api {

// Query: `limit`, and the filters `account` (exact), `unit` (unit code of the actor), `event` (an audit event or
// action code), `application` (id), `from` / `to` (dates YYYY-MM-DD in 山西 time, both inclusive).
struct AuditQuery {
  static constexpr int kMaxLimit = 5000;
  int limit = 200;  // a larger one reads as kMaxLimit
  std::string account;
  std::string unitCode;
  std::string event;
  std::optional<std::int64_t> applicationId;
  std::string fromDate;  // YYYY-MM-DD or empty
  std::string toDate;

  static Parsed<AuditQuery> fromParams(const std::map<std::string, std::string>& params);
  std::map<std::string, std::string> toParams() const;
};

// One audit row: who (account, unit), when, what (event, from → to state codes), on which application.
struct AuditEntry {
  std::int64_t id = 0;
  std::int64_t at = 0;  // Unix seconds
  std::string account;
  std::string unitCode;
  std::string event;
  std::optional<std::int64_t> applicationId;
  std::optional<std::string> from;
  std::optional<std::string> to;
  std::string comment;
};

struct AuditReply {
  std::vector<AuditEntry> items;  // newest first
};

std::string encode(const AuditReply& reply);
Parsed<AuditReply> decodeAuditReply(std::string_view body);

}  // namespace sxpool::api
