#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "live_server.hpp"

int main(int argc, char* argv[]) {
  const int failed = Catch::Session().run(argc, argv);
  if (failed == 0 && sxpool::testing::sanitizerReports() > 0) return 1;
  return failed;
}
