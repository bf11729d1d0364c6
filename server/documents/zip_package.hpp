#pragma once
// An in-memory zip (libzip), for packages of XML parts such as .docx.
#include <memory>
#include <string>

namespace sxpool::documents {

class ZipPackage {
 public:
  ZipPackage();
  ~ZipPackage();
  ZipPackage(const ZipPackage&) = delete;
  ZipPackage& operator=(const ZipPackage&) = delete;

  void add(const std::string& name, std::string bytes);  // deflated
  std::string finish();                                  // the archive's bytes; the package is then closed

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sxpool::documents
