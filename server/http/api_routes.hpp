#pragma once
#include "http/router.hpp"
#include "services/services.hpp"

namespace sxpool::http {
// Thin handlers: parse, call a service, send its JSON. See docs/api.md for every route.
void registerAccountRoutes(Router& router, services::Services& s);
void registerApplicationRoutes(Router& router, services::Services& s);
void registerReviewRoutes(Router& router, services::Services& s);
void registerDocumentRoutes(Router& router, services::Services& s);  // document_routes.cpp
void registerRoundRoutes(Router& router, services::Services& s);     // round_routes.cpp
void registerReportRoutes(Router& router, services::Services& s);    // report_routes.cpp (指南第十、十一条)
void registerPublicRoutes(Router& router, services::Services& s);    // public_routes.cpp: no sign-in
void registerPoolRoutes(Router& router, services::Services& s);      // pool_routes.cpp
}  // namespace sxpool::http
