#include <catch2/catch.hpp>

#include "services/draft_cache.hpp"
#include "sxpool/json.hpp"
#include "sxpool/sample.hpp"

using namespace sxpool;
using sxpool::services::DraftCache;

TEST_CASE("DraftCache: a kept draft answers only for the very text it was decoded from", "[draft_cache]") {
  DraftCache cache(2);
  Application doc = makeSampleApplication(0, round2026());
  doc.materials.clear();
  const std::string text = encodeApplication(doc);
  CHECK_FALSE(cache.find(1, text));
  cache.put(1, text, doc);
  REQUIRE(cache.find(1, text));
  CHECK(*cache.find(1, text) == doc);
  CHECK(*cache.find(1, text) == decodeApplication(text).value);

  // The stored text moved on (a save elsewhere, a reviewer's 推荐意见): not answered from the old entry.
  Application changed = doc;
  changed.recommendation.opinion = "同意推荐";
  CHECK_FALSE(cache.find(1, encodeApplication(changed)));
  CHECK_FALSE(cache.find(2, text));  // another application
}

TEST_CASE("DraftCache: bounded and the least recently used goes first", "[draft_cache]") {
  DraftCache cache(2);
  Application a, b, c;
  a.basic.name = "甲";
  b.basic.name = "乙";
  c.basic.name = "丙";
  cache.put(1, "a", a);
  cache.put(2, "b", b);
  CHECK(cache.find(1, "a"));  // 1 used last: 2 is the oldest now
  cache.put(3, "c", c);
  CHECK(cache.find(1, "a"));
  CHECK_FALSE(cache.find(2, "b"));
  CHECK(cache.find(3, "c")->basic.name == "丙");
  cache.put(1, "a2", b);  // a new save of 1 replaces its entry
  CHECK_FALSE(cache.find(1, "a"));
  CHECK(cache.find(1, "a2")->basic.name == "乙");
}
