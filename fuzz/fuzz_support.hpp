#pragma once
// Shared by the libFuzzer targets: a broken invariant is a crash with a message, like a sanitizer report.
#include <cstdio>
#include <cstdlib>

#define SXPOOL_FUZZ_CHECK(cond)                                                           \
  do {                                                                                    \
    if (!(cond)) {                                                                        \
      std::fprintf(stderr, "invariant broken at %s:%d: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                       \
    }                                                                                     \
  } while (0)
