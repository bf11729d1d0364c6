// GET routes of the documents officials work with (docs/api.md, "Documents"): each sends a file as an attachment
// with its Chinese name (RFC 6266 filename*, plus a plain ASCII filename= for old clients).
#include <cctype>
#include <memory>

#include "http/api_routes.hpp"
#include "http/json_response.hpp"
#include "http/route_helpers.hpp"
#include "services/document_service.hpp"
#include "services/service_error.hpp"
#include "sxpool/text.hpp"

namespace sxpool::http {
namespace {

void attachmentHeaders(httplib::Response& res, const std::string& name, const std::string& asciiName) {
  res.set_header("Content-Disposition",
                 "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + percentEncoded(name));
  res.set_header("Cache-Control", "private, no-store");
}

void sendFile(RouteContext& ctx, const services::DocumentFile& file, const std::string& asciiName) {
  ctx.res.status = 200;
  attachmentHeaders(ctx.res, file.fileName, asciiName);
  ctx.res.set_content(file.bytes, file.contentType);
}

std::optional<int> intQuery(const RouteContext& ctx, const char* key, const char* what) {
  if (!ctx.req.has_param(key)) return std::nullopt;
  const auto n = parseInteger(ctx.req.get_param_value(key));
  if (!n || *n < 1 || *n > 9999)
    throw services::badRequest(std::string("「") + key + "」应为" + what, {services::fieldError(key, what)});
  return static_cast<int>(*n);
}

}  // namespace

void registerDocumentRoutes(Router& router, services::Services& s) {
  auto docs = std::make_shared<services::DocumentService>(s.ctx);
  auto book = [&s, docs](services::BookFormat format, const char* ext) {
    return [&s, docs, format, ext](RouteContext& ctx) {
      auto user = requireUser(s, ctx);
      const auto id = idParam(ctx, "id");
      const auto version = intQuery(ctx, "version", "提交版本号（正整数）");
      sendFile(ctx, docs->applicationBook(id, user, version, format),
               "application-" + std::to_string(id) + (version ? "-v" + std::to_string(*version) : "") + ext);
    };
  };
  router.add("GET", "/api/v1/applications/:id/document.docx", book(services::BookFormat::Docx, ".docx"));
  router.add("GET", "/api/v1/applications/:id/document.pdf", book(services::BookFormat::Pdf, ".pdf"));

  router.add("GET", "/api/v1/recommendation-summary.xlsx", [&s, docs](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    const std::string unit =
        ctx.req.has_param("unit") ? ctx.req.get_param_value("unit") : std::string(user.user.unitCode);
    const auto round = intQuery(ctx, "round", "年份，如 2026");
    sendFile(ctx, docs->recommendationSummary(user, unit, round), "recommendation-summary.xlsx");
  });
  router.add("GET", "/api/v1/queue.csv", [&s, docs](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    api::QueryParams params;
    for (const auto& [k, v] : ctx.req.params)
      if (k != "page" && k != "pageSize") params[k] = v;
    sendFile(ctx, docs->queueCsv(user, decodedOrBadRequest(api::QueueQuery::fromParams(params))), "queue.csv");
  });
  router.add("GET", "/api/v1/publicity",
             [&s, docs](RouteContext& ctx) { send(ctx.res, 200, docs->publicityBatches(requireUser(s, ctx))); });
  router.add("GET", "/api/v1/publicity/:file", [&s, docs](RouteContext& ctx) {
    const std::string& file = ctx.param("file");
    const auto dot = file.size() > 4 ? file.size() - 4 : 0;
    const auto id = parseInteger(std::string_view(file).substr(0, dot));
    if (file.compare(dot, std::string::npos, ".csv") != 0 || !id || *id < 1)
      throw services::notFound("公示名单的地址应为 /api/v1/publicity/{批次号}.csv");
    auto user = requireUser(s, ctx);
    sendFile(ctx, docs->publicityCsv(user, *id), "publicity-" + std::to_string(*id) + ".csv");
  });
  router.add("GET", "/api/v1/pool.csv",
             [&s, docs](RouteContext& ctx) { sendFile(ctx, docs->poolCsv(requireUser(s, ctx)), "pool.csv"); });

  // Streamed: each file is read in 64 KiB chunks as the archive goes out (chunked transfer encoding).
  router.add("GET", "/api/v1/applications/:id/materials.zip", [&s, docs](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    const auto id = idParam(ctx, "id");
    auto archive = docs->materials(id, user);
    struct State {
      httplib::DataSink* sink = nullptr;
      std::unique_ptr<documents::ZipStream> zip;
    };
    auto state = std::make_shared<State>();
    state->zip = std::make_unique<documents::ZipStream>(
        std::move(archive.entries),
        [st = state.get()](const char* d, size_t n) { return st->sink && st->sink->write(d, n); });
    ctx.res.status = 200;
    attachmentHeaders(ctx.res, archive.fileName, "materials-" + std::to_string(id) + ".zip");
    ctx.res.set_chunked_content_provider("application/zip", [state](size_t, httplib::DataSink& sink) {
      state->sink = &sink;
      if (state->zip->step()) return true;
      if (state->zip->failed()) return false;
      sink.done();
      return true;
    });
  });
}

}  // namespace sxpool::http
