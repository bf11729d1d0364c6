#pragma once
// The 公示 batches on the wire: GET /api/v1/publicity, the list a reviewer downloads each batch's CSV from
// (docs/api.md "Documents").
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sxpool/api/codec.hpp"
#include "sxpool/date.hpp"

namespace sxpool::api {

struct PublicityBatchView {
  std::int64_t id = 0;
  std::optional<Date> startDate;
  std::optional<Date> endDate;  // the fifth working day, inclusive
  int count = 0;                // the batch's applications in the caller's jurisdiction
  std::string state;            // scheduled (not begun) | open (公示中) | ended (公示期满)
  std::string stateLabel;       // 未开始 | 公示中 | 公示期满
};

struct PublicityBatchList {
  std::vector<PublicityBatchView> items;  // newest first
};

// The phase of a batch on `today`: its code and label as above.
std::pair<std::string, std::string> publicityPhase(const std::optional<Date>& start, const std::optional<Date>& end,
                                                   Date today);

std::string encode(const PublicityBatchList& list);
Parsed<PublicityBatchList> decodePublicityBatchList(std::string_view body);

}  // namespace sxpool::api
