#pragma once
// The checks an upload gets from its bytes and its name alone: no store, no I/O (fuzzed: fuzz/upload_fuzz.cpp).
#include <string>

namespace sxpool::services {

// "application/pdf", "image/jpeg", "image/png" from the first bytes; "" for anything else.
std::string sniffUploadType(const std::string& bytes);
// The name to keep: the last path component, valid UTF-8 (other bytes dropped), without control characters or
// '"', at most 200 bytes cut at a character boundary; "附件" when nothing usable is left.
std::string cleanUploadFileName(const std::string& name);

}  // namespace sxpool::services
