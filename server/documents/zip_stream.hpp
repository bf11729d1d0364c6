#pragma once
// A zip written as it goes (libarchive), for archives of stored files: each file is read from disk in chunks and
// handed to `sink` straight away, so the archive is never whole in memory. Files are stored, not deflated
// (PDF, JPEG and PNG are compressed already).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace sxpool::documents {

struct ZipEntry {
  std::string name;  // UTF-8, e.g. "03_营业执照.pdf"
  std::filesystem::path path;
  std::uint64_t size = 0;
  std::int64_t modified = 0;  // Unix seconds
};

// Returns false when the receiver is gone (the client disconnected): the stream then stops.
using ZipSink = std::function<bool(const char* data, size_t n)>;

class ZipStream {
 public:
  ZipStream(std::vector<ZipEntry> entries, ZipSink sink);
  ~ZipStream();
  ZipStream(const ZipStream&) = delete;
  ZipStream& operator=(const ZipStream&) = delete;

  // Writes the next piece (at most one chunk of one file, or the central directory at the end). False when
  // finished or failed; `failed()` tells which.
  bool step();
  bool failed() const { return failed_; }

  struct Impl;  // libarchive's callbacks reach it

 private:
  std::unique_ptr<Impl> impl_;
  bool failed_ = false;
};

// "NN_材料名称.ext": the material number on two digits, its name, the stored file's extension.
std::string materialEntryName(int kind, const std::string& label, const std::string& fileName, int copy);

}  // namespace sxpool::documents
