// The addresses of the documents (docs/api.md "Documents") and the 公示 batch list: like every path of /api/v1,
// known only to the ApiClient.
#include "app/api_client.hpp"
#include "sxpool/text.hpp"
#include "sxpool/api/publicity.hpp"

namespace sxpool::web {
namespace {

std::string applicationFiles(long id) { return "api/v1/applications/" + std::to_string(id); }

}  // namespace

DownloadRequest ApiClient::applicationDocument(long id, BookFile format, std::optional<int> version) {
  const char* ext = format == BookFile::Docx ? ".docx" : ".pdf";
  return {applicationFiles(id) + "/document" + ext + (version ? "?version=" + std::to_string(*version) : ""),
          "申请书" + std::string(ext)};
}

DownloadRequest ApiClient::materialsArchive(long id) {
  return {applicationFiles(id) + "/materials.zip", "申请材料.zip"};
}

DownloadRequest ApiClient::recommendationSummary(const std::string& unitCode, std::optional<int> round) {
  std::string path = "api/v1/recommendation-summary.xlsx?unit=" + sxpool::percentEncoded(unitCode);
  if (round) path += "&round=" + std::to_string(*round);
  return {path, "推荐汇总表.xlsx"};
}

DownloadRequest ApiClient::queueCsv(const api::QueueQuery& filters) {
  std::string query;
  for (const auto& [k, v] : filters.toParams()) {
    if (k == "page" || k == "pageSize") continue;
    query += (query.empty() ? "?" : "&") + sxpool::percentEncoded(k) + "=" + sxpool::percentEncoded(v);
  }
  return {"api/v1/queue.csv" + query, "审核列表.csv"};
}

DownloadRequest ApiClient::publicityCsv(long batchId) {
  return {"api/v1/publicity/" + std::to_string(batchId) + ".csv", "公示名单.csv"};
}

DownloadRequest ApiClient::poolCsv() { return {"api/v1/pool.csv", "资源库入库机构名单.csv"}; }

void ApiClient::publicityBatches(Reply<api::PublicityBatchList> done) {
  call("GET", "publicity", {}, [done](const ApiResult& r, const std::string& body) {
    if (!r.ok()) return done(r, {});
    if (auto list = api::decodePublicityBatchList(body)) return done(r, *list);
    ApiResult bad = r;
    bad.error = "bad_reply";
    bad.message = "服务器的回答无法识别（可能是版本不一致）：请刷新页面后重试";
    done(bad, {});
  });
}

}  // namespace sxpool::web
