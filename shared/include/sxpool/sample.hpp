#pragma once
// Deterministic, realistic, fully valid sample applications (demo data, tests, benchmarks).
#include <string>

#include "sxpool/application.hpp"
#include "sxpool/round.hpp"

namespace sxpool {

struct SampleSizes {
  int staff = 12;
  int enterprises = 15;  // all in Y−1
  int experts = 24;      // the first half 副高级/正高级
  int partners = 6;
  int products = 4;
  int cases = 3;
};

inline constexpr SampleSizes kBenchmarkSizes{30, 50, 40, 8, 6, 3};

// Same index → same application. Valid (no error, no warning) for any submission date from round.year-01-05 on
// (填报日期 and 声明日期 are that day; founded at least three years before); the routing
// is the default one of its USCC (a county; every 7th sample is 市本级).
Application makeSampleApplication(int index, const RoundSettings& round, const SampleSizes& sizes = SampleSizes{});

// A valid Shanxi USCC for `index` (enterprise "91", a real county code of the embedded data).
std::string sampleUscc(int index);

}  // namespace sxpool
