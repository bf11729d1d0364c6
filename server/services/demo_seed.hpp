#pragma once
#include <ostream>

#include "services/services.hpp"

namespace sxpool::services {

// `sxpool serve --demo`: one account per role and about 30 synthetic applications spread over every workflow
// state, each moved there through the real domain workflow (so history, audit rows and inbox are real).
// Runs once per data directory; prints the demo credentials every time.
void seedDemo(Services& s, std::ostream& out);

inline constexpr const char* kDemoPassword = "Demo2026!sx";

}  // namespace sxpool::services
