#pragma once
#include "http/router.hpp"

namespace sxpool::http {
// GET /api/v1/health
void registerHealthRoutes(Router& router);
}  // namespace sxpool::http
