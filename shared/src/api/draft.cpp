#include "sxpool/api/draft.hpp"

#include "parts.hpp"

namespace sxpool::api {

using namespace detail;

std::string encode(const DraftReply& reply) { return dump(toJson(reply)); }
Parsed<DraftReply> decodeDraftReply(std::string_view text) {
  return decodeObject<DraftReply>(text, [](const json& j, JsonReader& r, DraftReply& out) { read(r, j, "", out); });
}

std::string encode(const SaveDraftRequest& request) {
  return dump(json{{"baseRevision", request.baseRevision}, {"document", applicationToJson(request.document)}});
}

Parsed<SaveDraftRequest> decodeSaveDraftRequest(std::string_view text) {
  return decodeObject<SaveDraftRequest>(text, [](const json& j, JsonReader& r, SaveDraftRequest& out) {
    const json* document = nullptr;
    const json* base = nullptr;
    members(r, j, "", [&](const std::string& k, const json& v, const std::string&) {
      if (k == "document") document = &v;
      if (k == "baseRevision") base = &v;
    });
    if (!document || !document->is_object())
      r.error("document", "缺少申请书内容：请求体应为 {\"baseRevision\": 数字, \"document\": 申请书}");
    if (!base || !base->is_number_integer())
      r.error("baseRevision", "应为整数：本次修改所基于的草稿版本号（新草稿为 0）");
    else
      readInt(r, *base, "baseRevision", out.baseRevision);
    if (document && document->is_object()) {
      auto decoded = decodeApplicationJson(*document);
      out.document = std::move(decoded.value);
      out.documentErrors = std::move(decoded.errors);
    }
  });
}

std::string encode(const DraftConflict& conflict) {
  json out = toJson(conflict.error);
  out["server"] = toJson(conflict.server);
  return dump(out);
}
Parsed<DraftConflict> decodeDraftConflict(std::string_view text) {
  return decodeObject<DraftConflict>(text, [](const json& j, JsonReader& r, DraftConflict& out) {
    bool seen = false;
    members(r, j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "server")
        read(r, v, p, out.server), seen = true;
      else
        readErrorMember(r, k, v, p, out.error);
    });
    if (!seen) r.error("server", "缺少「server」：冲突时服务器上的草稿");
  });
}

}  // namespace sxpool::api
