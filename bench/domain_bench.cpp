// Whole-application validation vs JSON decode for a realistic application (30 staff, 50 enterprises, 40 experts).
// Goal (issue 3): validation costs less than decoding.
#include <benchmark/benchmark.h>

#include "sxpool/json.hpp"
#include "sxpool/sample.hpp"
#include "sxpool/validation.hpp"

namespace {

const sxpool::RoundSettings kRound = sxpool::round2026();
constexpr sxpool::Date kSubmission{2026, 4, 15};

const sxpool::Application& realistic() {
  static const sxpool::Application a = sxpool::makeSampleApplication(7, kRound, sxpool::kBenchmarkSizes);
  return a;
}

void BM_ValidateApplication(benchmark::State& state) {
  const auto& app = realistic();
  for (auto _ : state) {
    auto findings = sxpool::validateApplication(app, kRound, kSubmission);
    benchmark::DoNotOptimize(findings);
  }
}
BENCHMARK(BM_ValidateApplication)->Unit(benchmark::kMicrosecond);

void BM_ValidateInvalidApplication(benchmark::State& state) {
  sxpool::Application app = realistic();  // many findings: the message-building path
  app.experts.resize(5);
  app.enterprises.resize(3);
  app.basic.email = "bad";
  for (auto& s : app.staff) s.title = sxpool::TitleLevel::Unset;
  for (auto _ : state) {
    auto findings = sxpool::validateApplication(app, kRound, kSubmission);
    benchmark::DoNotOptimize(findings);
  }
}
BENCHMARK(BM_ValidateInvalidApplication)->Unit(benchmark::kMicrosecond);

void BM_ValidateField(benchmark::State& state) {
  const auto& app = realistic();
  for (auto _ : state) {
    auto findings = sxpool::validateField(app, "staff[12].title", kRound, kSubmission);
    benchmark::DoNotOptimize(findings);
  }
}
BENCHMARK(BM_ValidateField)->Unit(benchmark::kMicrosecond);

void BM_DecodeJson(benchmark::State& state) {
  const std::string text = sxpool::encodeApplication(realistic());
  for (auto _ : state) {
    auto result = sxpool::decodeApplication(text);
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
  state.counters["doc_bytes"] = static_cast<double>(text.size());
}
BENCHMARK(BM_DecodeJson)->Unit(benchmark::kMicrosecond);

void BM_EncodeJson(benchmark::State& state) {
  const auto& app = realistic();
  for (auto _ : state) {
    auto text = sxpool::encodeApplication(app);
    benchmark::DoNotOptimize(text);
  }
}
BENCHMARK(BM_EncodeJson)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
