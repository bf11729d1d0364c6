#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "sxpool/api/application.hpp"
#include "sxpool/api/draft.hpp"
#include "sxpool/api/material.hpp"
#include "test_support.hpp"

using namespace sxpool;
using namespace sxpool::api;
using nlohmann::json;

namespace {

MaterialView material() {
  return {12,
          "3",
          "营业执照",
          "执照.pdf",
          1024,
          "application/pdf",
          std::string(64, 'a'),
          1770000000,
          false,
          fileUrl(5, std::string(64, 'a'))};
}

WorkflowCase someCase() {
  WorkflowCase c;
  c.state = WorkflowState::AtCounty;
  c.routing = Routing{RoutingKind::County, "140105", "小店区"};
  c.submittedOn = Date{2026, 4, 1};
  return c;
}

}  // namespace

TEST_CASE("接口附件：往返一致，字段与网址") {
  const auto m = material();
  const auto j = json::parse(encode(m));
  CHECK(j["kind"] == "3");
  CHECK(j["url"] == "/api/v1/applications/5/files/" + std::string(64, 'a'));
  CHECK(j.size() == 10);
  auto m2 = decodeMaterialView(encode(m));
  REQUIRE(m2.ok());
  CHECK(*m2 == m);
  auto bad = decodeMaterialView(R"({"sizeBytes": "1 KB", "removed": "no"})");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.fields[0].path == "removed");  // members in key order
  CHECK(bad.fields[1].path == "sizeBytes");
}

TEST_CASE("接口草稿：回复、保存请求与冲突体往返一致") {
  DraftReply d;
  d.applicationId = 5;
  d.revision = 3;
  d.state = stateView(WorkflowState::Returned);
  d.editable = true;
  d.updatedAt = 1770000000;
  d.document = test::validSample();
  d.document.materials.clear();
  const auto j = json::parse(encode(d));
  CHECK(j["state"]["code"] == "returned");
  CHECK_FALSE(j.contains("changed"));
  d.changed = false;
  auto d2 = decodeDraftReply(encode(d));
  REQUIRE(d2.ok());
  CHECK(d2->document == d.document);
  CHECK(d2->state == d.state);
  CHECK(d2->changed == false);

  SaveDraftRequest save{3, d.document, {}};
  auto save2 = decodeSaveDraftRequest(encode(save));
  REQUIRE(save2.ok());
  CHECK(save2->baseRevision == 3);
  CHECK(save2->document == d.document);
  CHECK(save2->documentErrors.empty());

  DraftConflict c{{"draft_conflict", "草稿已在其他地方修改", {}, std::nullopt}, d};
  const auto cj = json::parse(encode(c));
  CHECK(cj["error"] == "draft_conflict");
  CHECK(cj["server"]["revision"] == 3);
  auto c2 = decodeDraftConflict(encode(c));
  REQUIRE(c2.ok());
  CHECK(c2->server.document == d.document);
  CHECK(c2->error.error == "draft_conflict");
}

TEST_CASE("接口草稿：缺少信封字段是失败，申请书内的字段错误单独交回") {
  auto none = decodeSaveDraftRequest(R"({"baseRevision": "1"})");
  REQUIRE_FALSE(none.ok());
  REQUIRE(none.fields.size() == 2);
  CHECK(none.fields[0].path == "document");
  CHECK(none.fields[1].path == "baseRevision");
  auto inner = decodeSaveDraftRequest(
      R"({"baseRevision": 0, "document": {"format": "sxpool.application/1", "basic": {"name": 5}}})");
  REQUIRE(inner.ok());
  REQUIRE_FALSE(inner->documentErrors.empty());
  CHECK(inner->documentErrors[0].path == "basic.name");
  auto state = decodeDraftReply(R"({"state": {"code": "nowhere"}})");
  REQUIRE_FALSE(state.ok());
  CHECK(state.fields[0].path == "state.code");
}

TEST_CASE("接口申请详情：文书、流程、附件、版本与可用操作往返一致") {
  ApplicationDetail d;
  d.id = 5;
  d.roundYear = 2026;
  d.name = "某机构";
  d.uscc = "91140100MA0K123456";
  d.state = stateView(WorkflowState::AtCounty);
  d.receiptNo = "SX2026-000001";
  d.currentVersion = 1;
  d.draftRevision = 4;
  d.holdingUnit = "140105";
  d.holdingUnitName = "小店区";
  d.nextStep = "已提交至小店区";
  d.workflow = someCase();
  d.document = test::validSample();
  d.materials = {material()};
  d.versions = {{1, "SX2026-000001", 1770000000}};
  d.availableActions = {Action::Pass, Action::Return};
  const auto j = json::parse(encode(d));
  CHECK(j["availableActions"] == json::array({"pass", "return"}));
  CHECK(j["workflow"]["state"] == "at_county");
  CHECK(j.size() == 18);
  auto d2 = decodeApplicationDetail(encode(d));
  REQUIRE(d2.ok());
  CHECK(d2->document == d.document);
  CHECK(d2->workflow == d.workflow);
  CHECK(d2->materials == d.materials);
  CHECK(d2->versions == d.versions);
  CHECK(d2->availableActions == d.availableActions);
  CHECK(d2->receiptNo == d.receiptNo);

  d.receiptNo.reset();
  CHECK(json::parse(encode(d))["receiptNo"].is_null());
  CHECK_FALSE(decodeApplicationDetail(encode(d))->receiptNo);
  auto bad = decodeApplicationDetail(
      R"({"availableActions": ["fly"], "document": {"format": "sxpool.application/1", "basic": []}})");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.fields[0].path == "availableActions[0]");
  CHECK(bad.fields[1].path == "document.basic");
}

TEST_CASE("接口申请：列表、版本、校验、提交与回执、历史往返一致") {
  ApplicationList list{{{5, 2026, "某机构", stateView(WorkflowState::Draft), std::nullopt, 0, 2, 1770000000}}};
  auto list2 = decodeApplicationList(encode(list));
  REQUIRE(list2.ok());
  CHECK(list2->items[0].draftRevision == 2);
  CHECK(list2->items[0].state.label == list.items[0].state.label);

  VersionList versions{{{1, "SX2026-000001", 100}, {2, "SX2026-000001", 200}}};
  CHECK(decodeVersionList(encode(versions))->items == versions.items);
  VersionReply v{{2, "SX2026-000001", 200}, test::validSample()};
  const auto vj = json::parse(encode(v));
  CHECK(vj["version"] == 2);
  CHECK(vj["document"]["format"] == "sxpool.application/1");
  auto v2 = decodeVersionReply(encode(v));
  REQUIRE(v2.ok());
  CHECK(v2->info == v.info);
  CHECK(v2->document == v.document);

  ValidateReply val{false, {{"basic.uscc", "format.uscc.checksum", Severity::Error, "校验位不符"}}};
  auto val2 = decodeValidateReply(encode(val));
  REQUIRE(val2.ok());
  CHECK(val2->findings == val.findings);
  CHECK_FALSE(decodeValidateReply(R"({"findings": [{"severity": "fatal"}]})").ok());

  CHECK(encode(SubmitRequest{}) == "{}");
  CHECK(decodeSubmitRequest(encode(SubmitRequest{7}))->revision == 7);
  CHECK_FALSE(decodeSubmitRequest(R"({"revision": "7"})").ok());

  Receipt r{5, "SX2026-000001", 1, stateView(WorkflowState::AtCounty), 100, "已提交", {}, false};
  CHECK_FALSE(json::parse(encode(r)).contains("repeated"));
  r.repeated = true;
  CHECK(json::parse(encode(r))["repeated"] == true);
  auto r2 = decodeReceipt(encode(r));
  REQUIRE(r2.ok());
  CHECK(r2->repeated);
  CHECK(r2->receiptNo == r.receiptNo);

  HistoryReply h;
  h.items = {{100, "a", "", "", "attachment_uploaded", std::nullopt, std::nullopt, "材料3", std::nullopt},
             {200, "b", "140105", "小店区", "return", "at_county", "returned", "1 条修改意见",
              std::vector<FieldComment>{{"basic.name", "改"}}}};
  h.workflow = someCase();
  const auto hj = json::parse(encode(h));
  CHECK(hj["items"][0]["detail"] == json::object());
  CHECK(hj["items"][0]["from"].is_null());
  CHECK(hj["items"][1]["detail"]["comments"][0]["comment"] == "改");
  auto h2 = decodeHistoryReply(encode(h));
  REQUIRE(h2.ok());
  CHECK_FALSE(h2->items[0].comments);
  CHECK(*h2->items[1].comments == *h.items[1].comments);
  CHECK(h2->items[1].from == "at_county");
  CHECK(h2->workflow == h.workflow);
}
