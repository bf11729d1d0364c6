#pragma once
// The wire vocabulary's body types (shared/include/sxpool/api/*.hpp), each with `decodeT` and `encode(const T&)`.
// Their order is the wire target's selector byte (fuzz/wire_fuzz.cpp) and the seeds' (fuzz/make_seeds.cpp):
// append, never reorder. After them: field comments, a workflow case, an action detail.
#include "sxpool/api/accounts.hpp"
#include "sxpool/api/application.hpp"
#include "sxpool/api/audit.hpp"
#include "sxpool/api/common.hpp"
#include "sxpool/api/draft.hpp"
#include "sxpool/api/inbox.hpp"
#include "sxpool/api/material.hpp"
#include "sxpool/api/publicity.hpp"
#include "sxpool/api/queue.hpp"
#include "sxpool/api/review.hpp"
#include "sxpool/api/round.hpp"
#include "sxpool/api/session.hpp"
#include "sxpool/workflow_json.hpp"

// clang-format off
#define SXPOOL_WIRE_TYPES(X) \
  X(PasswordResetRequest) X(PasswordChangeRequest) X(ApplicationList) X(ApplicationDetail) X(VersionList) \
  X(VersionReply) X(ValidateReply) X(SubmitRequest) X(Receipt) X(HistoryReply) \
  X(AuditReply) X(ErrorBody) X(HealthReply) X(DraftReply) X(SaveDraftRequest) \
  X(DraftConflict) X(InboxReply) X(MaterialView) X(PublicityBatchList) X(QueuePage) \
  X(ActionBody) X(ActionResult) X(BulkRequest) X(BulkResult) X(PublicityRequest) \
  X(PublicityResult) X(RoundInfo) X(UnitList) X(SignInRequest) X(RegistrationRequest) \
  X(NewUserRequest) X(SessionReply) X(UserList)
// clang-format on

namespace sxpool::fuzz {

#define SXPOOL_COUNT_ONE(T) +1
inline constexpr int kWireTypes = 0 SXPOOL_WIRE_TYPES(SXPOOL_COUNT_ONE);
#undef SXPOOL_COUNT_ONE
inline constexpr int kFieldCommentsSelector = kWireTypes;
inline constexpr int kWorkflowCaseSelector = kWireTypes + 1;
inline constexpr int kActionDetailSelector = kWireTypes + 2;
inline constexpr int kWireSelectors = kWireTypes + 3;

}  // namespace sxpool::fuzz
