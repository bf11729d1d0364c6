// Catch2's implementation and its main, compiled once per build and linked into the test binaries that need
// nothing before or after the session (tests/integration has its own main). Test sources get <catch2/catch.hpp>
// precompiled.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
