#pragma once
// The public directory of the admitted pool (指南第十四条) and the public 公示 list (第八条(四)), read without
// signing in: GET /api/v1/public/directory, /api/v1/public/directory/{id}, /api/v1/public/publicity
// (docs/api.md "Public pages"). The server answers the same data as plain HTML at /directory and /publicity.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/api/codec.hpp"
#include "sxpool/application.hpp"
#include "sxpool/date.hpp"
#include "sxpool/directions.hpp"

namespace sxpool::api {

// A search: every parameter is checked whole (an unknown class, character or city code is a 400 naming it).
struct DirectoryQuery {
  std::optional<ServiceClass> serviceClass;   // class=digital
  std::optional<ServiceCharacter> character;  // character=public_welfare
  std::string city;                           // a city-level code of the divisions (140100)
  std::string search;                         // q: name contains, or a 统一社会信用代码 prefix
  int page = 1;                               // 1–100000
  int pageSize = 20;                          // 1–100

  static Parsed<DirectoryQuery> fromParams(const std::map<std::string, std::string>& params);
  std::map<std::string, std::string> toParams() const;  // only what differs from the defaults
  std::string key() const;                              // one text per distinct query
};

struct DirectoryEntry {
  std::int64_t id = 0;
  std::string name;
  std::string uscc;
  std::string cityCode;
  std::string cityName;
  std::string countyName;
  std::optional<ServiceCharacter> character;  // null: not classified (admitted before classifications were kept)
  std::optional<ServiceClass> serviceClass;
  std::vector<ServiceDirection> directions;
  std::optional<Date> admittedOn;
};

struct DirectoryPage {
  std::vector<DirectoryEntry> items;
  std::int64_t total = 0;  // of the search, all pages
  int page = 1;
  int pageSize = 20;
};

// One institution's public page: the entry, its products and cases as it keeps them (第十三条), its contact.
struct DirectoryInstitution {
  DirectoryEntry entry;
  std::string address;
  std::string contactName;
  std::string contactPhone;
  std::string email;
  std::vector<ServiceProduct> products;
  std::vector<TypicalCase> cases;
};

// The public 公示 list: every batch with its dates and the applications in it; how to raise an objection.
struct PublicNoticeItem {
  std::string name;
  std::string uscc;
  std::string cityName;
  std::vector<ServiceDirection> directions;
};

struct PublicNoticeBatch {
  std::int64_t id = 0;
  Date startDate;
  Date endDate;       // the fifth working day, inclusive
  std::string state;  // scheduled | open | ended (publicityPhase)
  std::string stateLabel;
  std::vector<PublicNoticeItem> items;
};

struct PublicNoticeList {
  std::vector<PublicNoticeBatch> batches;  // newest first; past batches kept
  std::string objectionHowTo;              // Chinese: to whom, how and until when objections are raised
};

std::string encode(const DirectoryPage& page);
Parsed<DirectoryPage> decodeDirectoryPage(std::string_view body);
std::string encode(const DirectoryInstitution& institution);
Parsed<DirectoryInstitution> decodeDirectoryInstitution(std::string_view body);
std::string encode(const PublicNoticeList& list);
Parsed<PublicNoticeList> decodePublicNoticeList(std::string_view body);

}  // namespace sxpool::api
