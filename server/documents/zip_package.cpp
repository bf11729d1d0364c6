#include "documents/zip_package.hpp"

#include <zip.h>

#include <stdexcept>
#include <vector>

namespace sxpool::documents {

struct ZipPackage::Impl {
  zip_source_t* buffer = nullptr;
  zip_t* archive = nullptr;
  std::vector<std::unique_ptr<std::string>> parts;  // libzip reads them only at zip_close
};

namespace {
[[noreturn]] void fail(const std::string& what, zip_error_t* error) {
  throw std::runtime_error("生成压缩包失败（" + what + "）：" + zip_error_strerror(error));
}
}  // namespace

ZipPackage::ZipPackage() : impl_(std::make_unique<Impl>()) {
  zip_error_t error;
  zip_error_init(&error);
  impl_->buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!impl_->buffer) fail("buffer", &error);
  zip_source_keep(impl_->buffer);  // read back after the archive is closed
  impl_->archive = zip_open_from_source(impl_->buffer, ZIP_TRUNCATE, &error);
  if (!impl_->archive) {
    zip_source_free(impl_->buffer);
    fail("open", &error);
  }
}

ZipPackage::~ZipPackage() {
  if (impl_->archive) zip_discard(impl_->archive);
  if (impl_->buffer) zip_source_free(impl_->buffer);
}

void ZipPackage::add(const std::string& name, std::string bytes) {
  impl_->parts.push_back(std::make_unique<std::string>(std::move(bytes)));
  const std::string& data = *impl_->parts.back();
  zip_source_t* source = zip_source_buffer(impl_->archive, data.data(), data.size(), 0);
  if (!source) fail(name, zip_get_error(impl_->archive));
  const zip_int64_t index = zip_file_add(impl_->archive, name.c_str(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
  if (index < 0) {
    zip_source_free(source);
    fail(name, zip_get_error(impl_->archive));
  }
  zip_set_file_compression(impl_->archive, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 6);
}

std::string ZipPackage::finish() {
  if (zip_close(impl_->archive) != 0) fail("close", zip_get_error(impl_->archive));
  impl_->archive = nullptr;
  zip_source_t* src = impl_->buffer;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_stat(src, &st) != 0 || zip_source_open(src) != 0) fail("read", zip_source_error(src));
  std::string out(static_cast<size_t>(st.size), '\0');
  const zip_int64_t got = zip_source_read(src, out.data(), out.size());
  zip_source_close(src);
  if (got < 0 || static_cast<zip_uint64_t>(got) != st.size) fail("read", zip_source_error(src));
  return out;
}

}  // namespace sxpool::documents
