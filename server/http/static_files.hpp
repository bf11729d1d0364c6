#pragma once
#include <httplib.h>

#include <filesystem>
#include <string>

namespace sxpool::http {

// Serves the built web bundle: "/" is index.html; X.gz is sent (Content-Encoding: gzip) when it exists
// and the browser accepts gzip; index.html is never cached without revalidation.
class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root) : root_(std::move(root)) {}
  // False when no such file exists (the caller answers 404).
  bool serve(const httplib::Request& req, httplib::Response& res) const;
  const std::filesystem::path& root() const { return root_; }

  static std::string contentType(const std::string& extension);

 private:
  std::filesystem::path root_;
};

}  // namespace sxpool::http
