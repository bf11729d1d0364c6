// Every body decoder of the wire vocabulary (shared/include/sxpool/api/*.hpp: requests the server reads, replies the
// web client reads) and the workflow texts the store keeps. Input: one selector byte (which decoder, modulo their
// number, in fuzz/wire_types.hpp; fuzz/make_seeds.cpp writes seeds for each) and the body. Each decode must return,
// never throw; a body that decodes re-encodes to a text that decodes again to the same text (encode ∘ decode is
// stable).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "wire_types.hpp"

namespace {

using namespace sxpool;
using namespace sxpool::api;

template <class T>
void stable(Parsed<T> (*decode)(std::string_view), std::string (*encodeFn)(const T&), std::string_view body) {
  const Parsed<T> first = decode(body);
  if (!first) {
    SXPOOL_FUZZ_CHECK(!first.message.empty());
    return;
  }
  SXPOOL_FUZZ_CHECK(first.message.empty() && first.fields.empty());
  const std::string once = encodeFn(*first);
  const Parsed<T> second = decode(once);
  if (!second) {
    std::fprintf(stderr, "re-encoded body: %s\nrefused: %s\n", once.c_str(), second.message.c_str());
    for (const auto& f : second.fields) std::fprintf(stderr, "  %s: %s\n", f.path.c_str(), f.message.c_str());
  }
  SXPOOL_FUZZ_CHECK(second.ok());
  SXPOOL_FUZZ_CHECK(encodeFn(*second) == once);
}

template <class T>
std::string encodeOf(const T& value) {
  return encode(value);
}

std::string encodeComments(const std::vector<FieldComment>& c) { return api::encodeFieldComments(c); }

void workflowCase(std::string_view body) {
  const WorkflowDecodeResult first = decodeWorkflowCaseText(body);
  if (!first.ok()) return;
  const std::string once = encodeWorkflowCase(first.value);
  const WorkflowDecodeResult second = decodeWorkflowCaseText(once);
  SXPOOL_FUZZ_CHECK(second.ok());
  SXPOOL_FUZZ_CHECK(second.value == first.value);
  SXPOOL_FUZZ_CHECK(encodeWorkflowCase(second.value) == once);
}

void actionDetail(std::string_view body) {
  const auto first = decodeActionDetail(body);
  if (!first) return;
  const std::string once = encodeActionDetail(*first);
  const auto second = decodeActionDetail(once);
  SXPOOL_FUZZ_CHECK(second.has_value());
  SXPOOL_FUZZ_CHECK(*second == *first);
}

#define SXPOOL_WIRE(T) [](std::string_view b) { stable<T>(decode##T, encodeOf<T>, b); },
using Decoder = void (*)(std::string_view);
const Decoder kDecoders[] = {SXPOOL_WIRE_TYPES(SXPOOL_WIRE)[](std::string_view b){
    stable<std::vector<FieldComment>>(decodeFieldComments, encodeComments, b);
}  // namespace
, workflowCase, actionDetail,
}
;
#undef SXPOOL_WIRE
static_assert(sizeof(kDecoders) / sizeof(kDecoders[0]) == sxpool::fuzz::kWireSelectors);

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  kDecoders[data[0] % sxpool::fuzz::kWireSelectors](
      std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  return 0;
}
