// The upload checks that need only bytes (server/services/upload_types.*): the type sniffer over the first bytes
// of a file and the file-name cleaner over the name a client sends (X-File-Name, percent-decoded, or ?name=).
// Input: the bytes, used as both. The kept name must be safe to store and to send back in JSON and headers:
// valid UTF-8, no path separator, no control character, no '"', 1–200 bytes; a name that is already such is kept.
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "fuzz_support.hpp"
#include "services/upload_types.hpp"
#include "sxpool/text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const std::string type = sxpool::services::sniffUploadType(bytes);
  SXPOOL_FUZZ_CHECK(type.empty() || type == "application/pdf" || type == "image/jpeg" || type == "image/png");
  // The type depends on the first 8 bytes only (the upload decides once it has them).
  if (size > 8) SXPOOL_FUZZ_CHECK(sxpool::services::sniffUploadType(bytes.substr(0, 8)) == type);

  const std::string name = sxpool::services::cleanUploadFileName(bytes);
  SXPOOL_FUZZ_CHECK(!name.empty() && name.size() <= 200);
  SXPOOL_FUZZ_CHECK(sxpool::isValidUtf8(name));
  try {
    (void)nlohmann::json(name).dump();  // strict: the name goes into MaterialView bodies
  } catch (const nlohmann::json::exception&) {
    SXPOOL_FUZZ_CHECK(!"the kept file name is not UTF-8");
  }
  for (unsigned char c : name) SXPOOL_FUZZ_CHECK(c >= 0x20 && c != 0x7F && c != '"' && c != '/' && c != '\\');
  SXPOOL_FUZZ_CHECK(name != "." && name != "..");
  SXPOOL_FUZZ_CHECK(sxpool::services::cleanUploadFileName(name) == name);  // cleaning twice changes nothing
  bool plain = size <= 200 && sxpool::isValidUtf8(bytes) && bytes != "." && bytes != ".." && !bytes.empty();
  for (unsigned char c : bytes) plain = plain && c >= 0x20 && c != 0x7F && c != '"' && c != '/' && c != '\\';
  if (plain) SXPOOL_FUZZ_CHECK(name == bytes);
  return 0;
}
