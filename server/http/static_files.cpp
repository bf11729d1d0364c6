#include "http/static_files.hpp"

#include <zlib.h>

#include <fstream>
#include <memory>
#include <sstream>

namespace sxpool::http {
namespace fs = std::filesystem;
namespace {

bool readFile(const fs::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return true;
}

bool gunzip(const std::string& in, std::string& out) {
  z_stream zs{};
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) return false;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  char buffer[65536];
  int rc = Z_OK;
  while (rc == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(buffer);
    zs.avail_out = sizeof buffer;
    rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - zs.avail_out);
  }
  inflateEnd(&zs);
  return rc == Z_STREAM_END;
}

bool acceptsGzip(const httplib::Request& req) {
  // "gzip;q=0" refuses it explicitly.
  const std::string accept = req.get_header_value("Accept-Encoding");
  auto pos = accept.find("gzip");
  if (pos == std::string::npos) return false;
  auto end = accept.find(',', pos);
  std::string item = accept.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
  return item.find("q=0") == std::string::npos || item.find("q=0.") != std::string::npos;
}

// The body goes out through a sized content provider: cpp-httplib compresses plain bodies on its own
// (brotli or gzip) and would encode an already gzipped file a second time.
void sendBytes(httplib::Response& res, std::string bytes, const std::string& type) {
  auto data = std::make_shared<std::string>(std::move(bytes));
  res.set_content_provider(data->size(), type, [data](size_t offset, size_t length, httplib::DataSink& sink) {
    sink.write(data->data() + offset, length);
    return true;
  });
}

}  // namespace

std::string StaticFiles::contentType(const std::string& ext) {
  if (ext == ".html" || ext == ".htm") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".wasm") return "application/wasm";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json" || ext == ".map") return "application/json; charset=utf-8";
  if (ext == ".ttf") return "font/ttf";
  if (ext == ".otf") return "font/otf";
  if (ext == ".ttc") return "font/collection";
  if (ext == ".woff") return "font/woff";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".png") return "image/png";
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  if (ext == ".csv") return "text/csv; charset=utf-8";
  return "application/octet-stream";
}

bool StaticFiles::serve(const httplib::Request& req, httplib::Response& res) const {
  std::string rel = req.path == "/" ? "index.html" : req.path.substr(1);
  if (rel.empty() || rel.back() == '/') rel += "index.html";
  fs::path relative = fs::path(rel).lexically_normal();
  // Never leave the bundle folder.
  for (const auto& part : relative)
    if (part == ".." || part.string().empty() || part.string()[0] == '.') return false;
  if (relative.is_absolute()) return false;

  const fs::path file = root_ / relative;
  const fs::path gz = fs::path(file.string() + ".gz");
  std::error_code ec;
  const bool plainExists = fs::is_regular_file(file, ec);
  const bool gzExists = fs::is_regular_file(gz, ec);
  if (!plainExists && !gzExists) return false;

  const std::string type = contentType(relative.extension().string());
  std::string bytes;
  if (gzExists && acceptsGzip(req)) {
    if (!readFile(gz, bytes)) return false;
    res.set_header("Content-Encoding", "gzip");
  } else if (plainExists) {
    if (!readFile(file, bytes)) return false;
  } else {
    std::string packed;
    if (!readFile(gz, packed) || !gunzip(packed, bytes)) return false;
  }
  // Bundle file names carry no hash: every file is revalidated, and an unchanged one costs a 304.
  const fs::path stamped = res.get_header_value("Content-Encoding") == "gzip" || !plainExists ? gz : file;
  const auto size = fs::file_size(stamped, ec);
  const auto mtime = fs::last_write_time(stamped, ec).time_since_epoch().count();
  const std::string etag = "\"" + std::to_string(size) + "-" + std::to_string(mtime) +
                           (res.has_header("Content-Encoding") ? "-gz" : "") + "\"";
  if (gzExists) res.set_header("Vary", "Accept-Encoding");
  res.set_header("Cache-Control", "no-cache");
  res.set_header("ETag", etag);
  if (req.get_header_value("If-None-Match") == etag) {
    res.status = 304;
    return true;
  }
  res.status = 200;
  sendBytes(res, std::move(bytes), type);
  return true;
}

}  // namespace sxpool::http
