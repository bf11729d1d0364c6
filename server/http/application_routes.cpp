#include <algorithm>
#include <fstream>

#include "http/api_routes.hpp"
#include "http/json_response.hpp"
#include "http/route_helpers.hpp"
#include "services/service_error.hpp"
#include "sxpool/api/application.hpp"
#include "sxpool/api/draft.hpp"
#include "sxpool/api/material.hpp"

namespace sxpool::http {
namespace {

// RFC 5987 filename* for UTF-8 names, plus an ASCII fallback.
std::string contentDisposition(const std::string& name) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string encoded, ascii;
  for (unsigned char c : name) {
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
      encoded += static_cast<char>(c);
      ascii += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 15];
      if (c < 0x80) ascii += '_';
    }
  }
  if (ascii.empty() || ascii[0] == '.') ascii = "attachment" + ascii;
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

}  // namespace

void registerApplicationRoutes(Router& router, services::Services& s) {
  router.add("GET", "/api/v1/applications",
             [&s](RouteContext& ctx) { send(ctx.res, 200, s.applications.listMine(requireUser(s, ctx))); });
  router.add("POST", "/api/v1/applications",
             [&s](RouteContext& ctx) { send(ctx.res, 200, s.applications.openCurrent(requireUser(s, ctx))); });
  router.add("GET", "/api/v1/applications/:id", [&s](RouteContext& ctx) {
    send(ctx.res, 200, s.applications.detail(idParam(ctx, "id"), requireUser(s, ctx)));
  });
  router.add("GET", "/api/v1/applications/:id/draft", [&s](RouteContext& ctx) {
    send(ctx.res, 200, s.applications.draft(idParam(ctx, "id"), requireUser(s, ctx)));
  });
  router.add("PUT", "/api/v1/applications/:id/draft", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    send(ctx.res, 200,
         s.applications.saveDraft(idParam(ctx, "id"), user, decodeBody(ctx, api::decodeSaveDraftRequest)));
  });
  router.add("POST", "/api/v1/applications/:id/validate", [&s](RouteContext& ctx) {
    send(ctx.res, 200, s.applications.validate(idParam(ctx, "id"), requireUser(s, ctx)));
  });
  router.add("POST", "/api/v1/applications/:id/submit", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    send(ctx.res, 200, s.applications.submit(idParam(ctx, "id"), user, decodeBody(ctx, api::decodeSubmitRequest)));
  });
  router.add("GET", "/api/v1/applications/:id/versions", [&s](RouteContext& ctx) {
    send(ctx.res, 200, s.applications.versions(idParam(ctx, "id"), requireUser(s, ctx)));
  });
  router.add("GET", "/api/v1/applications/:id/versions/:version", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    send(ctx.res, 200, s.applications.version(idParam(ctx, "id"), static_cast<int>(idParam(ctx, "version")), user));
  });
  router.add("GET", "/api/v1/applications/:id/history", [&s](RouteContext& ctx) {
    send(ctx.res, 200, s.applications.history(idParam(ctx, "id"), requireUser(s, ctx)));
  });

  // Uploads: the raw file as the body, streamed to disk; its name in X-File-Name (percent-encoded UTF-8) or ?name=.
  router.addStreaming("PUT", "/api/v1/applications/:id/materials/:kind", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    std::string name = ctx.req.has_param("name")
                           ? ctx.req.get_param_value("name")
                           : httplib::detail::decode_url(ctx.req.get_header_value("X-File-Name"), false);
    auto upload =
        s.attachments.beginUpload(idParam(ctx, "id"), ctx.param("kind"), name, declaredBodyLength(ctx.req), user);
    const bool complete = ctx.readBody([&](const char* data, size_t n) { return upload.write(data, n); });
    send(ctx.res, 201, s.attachments.finishUpload(upload, complete, user));
  });
  router.add("DELETE", "/api/v1/applications/:id/attachments/:attachment", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    s.attachments.remove(idParam(ctx, "id"), idParam(ctx, "attachment"), user);
    ctx.res.status = 204;
  });
  router.add("GET", "/api/v1/applications/:id/files/:sha256", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    auto file = s.attachments.download(idParam(ctx, "id"), ctx.param("sha256"), user);
    ctx.res.status = 200;
    ctx.res.set_header("Content-Disposition", contentDisposition(file.fileName));
    // Never a page of this origin, even if a browser renders it: a stored file runs no script (nosniff is sent
    // with every answer).
    ctx.res.set_header("Content-Security-Policy", "sandbox; default-src 'none'");
    ctx.res.set_header("Cache-Control", "private, no-store");
    auto in = std::make_shared<std::ifstream>(file.path, std::ios::binary);
    ctx.res.set_content_provider(file.sizeBytes, file.contentType,
                                 [in](size_t offset, size_t length, httplib::DataSink& sink) {
                                   char buf[64 * 1024];
                                   in->seekg(static_cast<std::streamoff>(offset));
                                   in->read(buf, static_cast<std::streamsize>(std::min(length, sizeof buf)));
                                   const auto got = in->gcount();
                                   return got > 0 && sink.write(buf, static_cast<size_t>(got));
                                 });
  });
}

}  // namespace sxpool::http
