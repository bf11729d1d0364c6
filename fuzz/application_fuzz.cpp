// The application document (sxpool.application/1): decode any bytes, validate whatever could be read (whole
// document and one field, as the server and the live form do), and check the exact round trip of every document
// that decodes without errors. Input: the JSON text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "sxpool/json.hpp"
#include "sxpool/validation.hpp"

namespace {

const sxpool::RoundSettings kRound{};
constexpr sxpool::Date kToday{2026, 4, 20};
constexpr const char* kFieldPaths[] = {"basic.uscc",  "staff[0].title", "experts", "operations[1].profit", "materials",
                                       "partners[2]", "cases[0]",       "routing", "declaration"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const sxpool::DecodeResult decoded = sxpool::decodeApplication(text);
  for (const auto& error : decoded.errors) {
    SXPOOL_FUZZ_CHECK(!error.message.empty());
    (void)sxpool::fieldLabel(error.path);
  }
  const sxpool::Findings findings = sxpool::validateApplication(decoded.value, kRound, kToday);
  for (const auto& finding : findings) (void)sxpool::findingToJson(finding).dump();
  // One field per input, chosen by the input's length: each per-field check reruns the cross-field rules, and all
  // nine on every input cost a third of this target's speed (243 → 319–382 executions/s) while a run reaches every
  // path either way.
  constexpr std::size_t kPathCount = sizeof(kFieldPaths) / sizeof(kFieldPaths[0]);
  (void)sxpool::validateField(decoded.value, kFieldPaths[size % kPathCount], kRound, kToday);
  if (decoded.ok()) {
    const std::string encoded = sxpool::encodeApplication(decoded.value);
    const sxpool::DecodeResult again = sxpool::decodeApplication(encoded);
    SXPOOL_FUZZ_CHECK(again.ok());
    SXPOOL_FUZZ_CHECK(again.value == decoded.value);
    SXPOOL_FUZZ_CHECK(sxpool::encodeApplication(again.value) == encoded);
  }
  return 0;
}
