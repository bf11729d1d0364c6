#pragma once
#include "services/account_admin.hpp"
#include "services/address_throttle.hpp"
#include "services/app_context.hpp"
#include "services/application_service.hpp"
#include "services/attachment_service.hpp"
#include "services/auth_service.hpp"
#include "services/report_service.hpp"
#include "services/directory_service.hpp"
#include "services/pool_service.hpp"
#include "services/review_service.hpp"
#include "services/round_admin.hpp"

namespace sxpool::services {

// Every service of the running server, built once on one AppContext.
struct Services {
  explicit Services(AppContext& context)
      : ctx(context),
        auth(context),
        accounts(context, auth),
        applications(context),
        attachments(context),
        review(context),
        rounds(context),
        reports(context, review),
        pool(context, review),
        directory(context),
        signInsByAddress(static_cast<size_t>(context.config.addressMaxFailures), context.config.addressWindow) {}
  AppContext& ctx;
  AuthService auth;
  AccountAdmin accounts;
  ApplicationService applications;
  AttachmentService attachments;
  ReviewService review;
  RoundAdmin rounds;
  ReportService reports;  // 指南第十、十一条
  PoolService pool;
  DirectoryService directory;
  AddressThrottle signInsByAddress;
};

}  // namespace sxpool::services
