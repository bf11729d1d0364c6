// The public pages (指南第十四条, 第八条(四)) on a live demo server, read without signing in: the directory finds
// the admitted pool by class, character, city, name and USCC; each institution's page has its directions, products,
// cases and contact; a removed institution leaves it; the 公示 list shows each batch with its dates and how to
// object; the HTML pages carry the same data.
#include <catch2/catch.hpp>

#include "review_fixture.hpp"

namespace sxpool::testing {
namespace {

nlohmann::json publicGet(Demo& demo, const std::string& path, int status = 200) {
  auto reply = Session(demo.server()).get(path);
  INFO(path << " → " << reply.status << " " << reply.body.substr(0, 300));
  REQUIRE(reply.status == status);
  return reply.json;
}

std::string pageOf(Demo& demo, const std::string& path, int status = 200) {
  auto client = demo.server().client();
  auto r = client.Get(path.c_str());
  REQUIRE(r);
  INFO(path << " → " << r->status);
  REQUIRE(r->status == status);
  CHECK(r->get_header_value("Content-Type").rfind("text/html", 0) == 0);
  return r->body;
}

}  // namespace

TEST_CASE("公开名录：不登录即可按类别、性质、地市、名称和统一社会信用代码查到入库机构", "[server][directory]") {
  Demo demo;
  const auto admitted = demo.queue("admin", "&state=admitted&pageSize=200");
  REQUIRE(admitted["total"].get<int>() > 0);
  auto all = publicGet(demo, "/api/v1/public/directory?pageSize=100");
  CHECK(all["total"] == admitted["total"]);
  REQUIRE(!all["items"].empty());
  const auto first = all["items"][0];
  INFO(first.dump());
  REQUIRE(first["serviceClass"].is_object());  // classified at admission (指南第九条)
  const std::string cls = first["serviceClass"]["code"], character = first["character"]["code"];
  const std::string city = first["cityCode"], name = first["name"], uscc = first["uscc"];

  auto has = [&](const nlohmann::json& page) {
    for (const auto& i : page["items"])
      if (i["id"] == first["id"]) return true;
    return false;
  };
  auto byClass = publicGet(demo, "/api/v1/public/directory?class=" + cls + "&city=" + city);
  CHECK(has(byClass));
  for (const auto& i : byClass["items"]) {
    CHECK(i["serviceClass"]["code"] == cls);
    CHECK(i["cityCode"] == city);
  }
  CHECK(has(publicGet(demo, "/api/v1/public/directory?character=" + character)));
  CHECK(has(publicGet(demo, "/api/v1/public/directory?q=" + urlEncode(name.substr(0, 6)))));
  CHECK(has(publicGet(demo, "/api/v1/public/directory?q=" + uscc.substr(0, 10))));
  auto none = publicGet(demo, "/api/v1/public/directory?q=" + urlEncode("不存在的机构名称"));
  CHECK(none["total"] == 0);
  CHECK(none["items"].empty());
  // Paging: one per page gives every institution once.
  std::set<std::int64_t> seen;
  for (int p = 1; p <= all["total"].get<int>(); ++p) {
    const auto one = publicGet(demo, "/api/v1/public/directory?pageSize=1&page=" + std::to_string(p));
    for (const auto& i : one["items"]) seen.insert(i["id"].get<std::int64_t>());
  }
  CHECK(seen.size() == all["total"].get<size_t>());

  // The institution's page: the same facts, its products and cases, its contact.
  const std::string id = first["id"].dump();
  auto one = publicGet(demo, "/api/v1/public/directory/" + id);
  CHECK(one["institution"]["name"] == name);
  CHECK(!one["contactName"].get<std::string>().empty());
  CHECK(!one["contactPhone"].get<std::string>().empty());
  CHECK(one["products"].is_array());
  CHECK(!one["products"].empty());

  // The HTML pages: a search has its address and lists the institution with a link to its page.
  const auto listing = pageOf(demo, "/directory?class=" + cls + "&city=" + city);
  CHECK(listing.find(name) != std::string::npos);
  CHECK(listing.find("href=\"/directory/" + id + "\"") != std::string::npos);
  CHECK(listing.find("<script") == std::string::npos);
  const auto detail = pageOf(demo, "/directory/" + id);
  CHECK(detail.find(name) != std::string::npos);
  CHECK(detail.find(one["contactPhone"].get<std::string>()) != std::string::npos);
  CHECK(pageOf(demo, "/directory?class=nope", 400).find("服务类别") != std::string::npos);

  // Removed (指南第十二条): it leaves the directory at once.
  auto removed = demo.act("province", first["id"].get<std::int64_t>(),
                          {{"action", "remove"}, {"removalReason", "evaluation_failed"}, {"reason", "年度评价不合格"}});
  REQUIRE(removed.status == 200);
  publicGet(demo, "/api/v1/public/directory/" + id, 404);
  CHECK(!has(publicGet(demo, "/api/v1/public/directory?pageSize=100")));
  CHECK(pageOf(demo, "/directory/" + id, 404).find("已移出") != std::string::npos);
}

TEST_CASE("公开公示：每批的起止日期、名单与异议方式，不登录可看；往期保留", "[server][directory]") {
  Demo demo;
  auto empty = publicGet(demo, "/api/v1/public/publicity");
  const auto before = empty["batches"].size();
  CHECK(empty["objectionHowTo"].get<std::string>().find("sxgxzxqy@126.com") != std::string::npos);

  auto approved = demo.queue("province", "&state=province_approved");
  REQUIRE(approved["total"].get<int>() > 0);
  nlohmann::json ids = nlohmann::json::array();
  for (const auto& i : approved["items"]) ids.push_back(i["id"]);
  auto published = demo.as("province").post("/api/v1/publicity", {{"ids", ids}, {"startDate", "2026-04-22"}});
  REQUIRE(published.status == 200);

  auto list = publicGet(demo, "/api/v1/public/publicity");
  REQUIRE(list["batches"].size() == before + 1);
  const auto batch = list["batches"][0];  // newest first
  CHECK(batch["startDate"] == "2026-04-22");
  CHECK(batch["endDate"] == published.json["endDate"]);
  CHECK(batch["state"]["code"] == "scheduled");  // today is 2026-04-20: not begun
  CHECK(batch["items"].size() == ids.size());
  const std::string firstName = batch["items"][0]["name"];

  const auto html = pageOf(demo, "/publicity");
  CHECK(html.find(firstName) != std::string::npos);
  CHECK(html.find("2026年4月22日") != std::string::npos);
  CHECK(html.find("sxgxzxqy@126.com") != std::string::npos);

  // Past batches stay: after the period (and the admission) the batch is still listed, as ended.
  demo.restartOn("2026-05-06");
  auto later = publicGet(demo, "/api/v1/public/publicity");
  REQUIRE(later["batches"].size() == before + 1);
  CHECK(later["batches"][0]["state"]["code"] == "ended");
  CHECK(later["batches"][0]["items"].size() == ids.size());
}

}  // namespace sxpool::testing
