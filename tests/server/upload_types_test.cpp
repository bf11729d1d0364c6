// The upload checks made from bytes alone (server/services/upload_types.*), fuzzed by fuzz/upload_fuzz.cpp; the
// cases below are the inputs that fuzzer found.
#include <catch2/catch.hpp>

#include <string>

#include "services/upload_types.hpp"
#include "sxpool/text.hpp"

using sxpool::services::cleanUploadFileName;
using sxpool::services::sniffUploadType;

TEST_CASE("上传类型：按文件头识别 PDF、JPEG、PNG，其他一律不认") {
  CHECK(sniffUploadType("%PDF-1.7\n") == "application/pdf");
  CHECK(sniffUploadType("\xFF\xD8\xFF\xE0") == "image/jpeg");
  CHECK(sniffUploadType(std::string("\x89PNG\r\n\x1a\n\0\0", 10)) == "image/png");
  CHECK(sniffUploadType("%PDF").empty());
  CHECK(sniffUploadType("MZ\x90").empty());
  CHECK(sniffUploadType("").empty());
}

TEST_CASE("上传文件名：以中文字结尾的文件名原样保留（曾丢掉最后一个字）") {
  CHECK(cleanUploadFileName("附件一") == "附件一");
  CHECK(cleanUploadFileName("营业执照副本") == "营业执照副本");
  CHECK(cleanUploadFileName("营业执照副本.pdf") == "营业执照副本.pdf");
}

TEST_CASE("上传文件名：不合法的 UTF-8 字节不进入存储与 JSON") {
  const std::string cleaned = cleanUploadFileName("\xFF\xFE报告\xE6\x96.pdf");
  CHECK(sxpool::isValidUtf8(cleaned));
  CHECK(cleaned == "报告.pdf");
  CHECK(cleanUploadFileName("\xC0\xAF") == "附件");  // an overlong '/' is no character at all
}

TEST_CASE("上传文件名：超过 200 字节时在字符边界截断") {
  std::string name;
  for (int i = 0; i < 80; ++i) name += "章";  // 3 bytes each: 240 bytes
  const std::string cleaned = cleanUploadFileName(name);
  CHECK(cleaned.size() == 198);
  CHECK(sxpool::isValidUtf8(cleaned));
  CHECK(cleanUploadFileName(cleaned) == cleaned);
}

TEST_CASE("上传文件名：去掉路径、控制字符与引号，空名得到「附件」") {
  CHECK(cleanUploadFileName("../../etc/passwd") == "passwd");
  CHECK(cleanUploadFileName("C:\\Users\\a\\报告.pdf") == "报告.pdf");
  CHECK(cleanUploadFileName("a\"b\r\n.pdf") == "ab.pdf");
  CHECK(cleanUploadFileName("..") == "附件");
  CHECK(cleanUploadFileName("dir/") == "附件");
  CHECK(cleanUploadFileName("") == "附件");
}
