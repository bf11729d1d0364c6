#include "documents/zip_stream.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <cstdio>
#include <fstream>

namespace sxpool::documents {

struct ZipStream::Impl {
  std::vector<ZipEntry> entries;
  ZipSink sink;
  archive* a = nullptr;
  size_t next = 0;  // entry being written
  std::ifstream in;
  bool open = false;  // `in` holds entry `next`
  bool closed = false;
  bool sinkGone = false;
};

namespace {
la_ssize_t writeCallback(archive*, void* data, const void* buffer, size_t length) {
  auto* impl = static_cast<ZipStream::Impl*>(data);
  if (!impl->sink(static_cast<const char*>(buffer), length)) {
    impl->sinkGone = true;
    return -1;
  }
  return static_cast<la_ssize_t>(length);
}
}  // namespace

ZipStream::ZipStream(std::vector<ZipEntry> entries, ZipSink sink) : impl_(std::make_unique<Impl>()) {
  impl_->entries = std::move(entries);
  impl_->sink = std::move(sink);
  impl_->a = archive_write_new();
  archive_write_set_format_zip(impl_->a);
  archive_write_zip_set_compression_store(impl_->a);
  archive_write_set_options(impl_->a, "zip:hdrcharset=UTF-8");  // names as UTF-8, flagged so (bit 11)
  archive_write_set_bytes_per_block(impl_->a, 0);               // hand every write on at once, no 10 KiB blocking
  if (archive_write_open2(impl_->a, impl_.get(), nullptr, writeCallback, nullptr, nullptr) != ARCHIVE_OK)
    failed_ = true;
}

ZipStream::~ZipStream() {
  if (impl_->a) archive_write_free(impl_->a);
}

bool ZipStream::step() {
  if (failed_ || impl_->closed) return false;
  Impl& s = *impl_;
  if (s.next >= s.entries.size()) {
    s.closed = true;
    failed_ = archive_write_close(s.a) != ARCHIVE_OK;
    return false;
  }
  const ZipEntry& e = s.entries[s.next];
  if (!s.open) {
    s.in = std::ifstream(e.path, std::ios::binary);
    if (!s.in) return !(failed_ = true);
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname_utf8(entry, e.name.c_str());
    archive_entry_set_size(entry, static_cast<la_int64_t>(e.size));
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_mtime(entry, e.modified, 0);
    const int rc = archive_write_header(s.a, entry);
    archive_entry_free(entry);
    if (rc != ARCHIVE_OK) return !(failed_ = true);
    s.open = true;
  }
  char buffer[64 * 1024];
  s.in.read(buffer, sizeof buffer);
  const auto got = s.in.gcount();
  if (got > 0 && archive_write_data(s.a, buffer, static_cast<size_t>(got)) != got) return !(failed_ = true);
  if (s.in.eof() || got <= 0) {
    s.in.close();
    s.open = false;
    ++s.next;
    if (archive_write_finish_entry(s.a) != ARCHIVE_OK) return !(failed_ = true);
  }
  return !s.sinkGone || !(failed_ = true);
}

std::string materialEntryName(int kind, const std::string& label, const std::string& fileName, int copy) {
  char number[8];
  std::snprintf(number, sizeof number, "%02d", kind);
  std::string ext;
  if (auto dot = fileName.rfind('.'); dot != std::string::npos && fileName.size() - dot <= 6)
    ext = fileName.substr(dot);
  std::string name = std::string(number) + "_" + label;
  if (copy > 1) name += "_" + std::to_string(copy);
  for (char& c : name)
    if (c == '/' || c == '\\') c = '_';
  return name + ext;
}

}  // namespace sxpool::documents
