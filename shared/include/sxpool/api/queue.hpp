#pragma once
// The review queue on the wire: GET /api/v1/queue's query parameters and its page (docs/api.md "Review").
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/api/codec.hpp"
#include "sxpool/date.hpp"
#include "sxpool/directions.hpp"
#include "sxpool/workflow.hpp"

namespace sxpool::api {

using QueryParams = std::map<std::string, std::string>;

// What a reviewer asks of the queue. Every parameter is checked whole: an unknown state, unit or direction code,
// a number with other characters is a 400 naming the parameter.
struct QueueQuery {
  std::vector<WorkflowState> states;          // state=a,b (empty: every state)
  std::string city;                           // a unit code of GET /api/v1/units
  std::string county;                         // a county-level code
  std::optional<ServiceDirection> direction;  // direction=code
  std::optional<int> roundYear;               // round=2026
  std::string search;                         // q: name contains, USCC prefix or receipt number
  bool mine = false;                          // mine=1: only those my unit holds now
  std::string sort = "updated";               // updated | submitted | name | state | receipt
  bool descending = true;                     // order=desc (default) | asc
  int page = 1;                               // 1–1000000
  int pageSize = 20;                          // 1–200

  static Parsed<QueueQuery> fromParams(const QueryParams& params);
  QueryParams toParams() const;  // only what differs from the defaults
  // One text per distinct query (the response cache's key); `withPaging` false leaves out page, size and order.
  std::string key(bool withPaging = true) const;
};

struct QueueItem {
  std::int64_t id = 0;
  std::string name;
  std::string uscc;
  WorkflowState state = WorkflowState::Draft;
  std::string routingKind;
  std::string routingUnit;
  std::string routingUnitName;
  std::string cityCode;
  std::string cityName;
  std::string countyCode;
  std::vector<ServiceDirection> directions;
  int roundYear = 0;
  std::optional<std::string> receiptNo;
  std::optional<std::int64_t> submittedAt;
  std::int64_t updatedAt = 0;
  int version = 0;
  std::string holdingUnit;
  bool mine = false;                                 // my unit holds it now
  std::optional<Date> publicityStart, publicityEnd;  // the 公示 period, once published
};

struct QueuePage {
  std::vector<QueueItem> items;
  std::int64_t total = 0;  // of the filter, all pages
  int page = 1;
  int pageSize = 20;
  std::map<std::string, std::int64_t> counts;  // state code → applications the viewer sees in it (no filter)
  std::int64_t countAll = 0;                   // the sum of counts
};

std::string encode(const QueuePage& page);
Parsed<QueuePage> decodeQueuePage(std::string_view body);

}  // namespace sxpool::api
