#pragma once
// Download buttons for the documents officials work with, with each download's progress, result or error drawn
// where it was started. Shared by the applicant's screens and the reviewer's (queue, case view).
#include <optional>

#include "sxpool/api/queue.hpp"

namespace sxpool::web {
class App;

// 申请书（Word）, 申请书（PDF）, 佐证材料（zip） of one application (`version`: a submitted version; none: the
// owner's draft, for reviewers the latest submission). `compact`: short labels, for a table row.
// Widgets: download:docx:<id>, download:pdf:<id>, download:zip:<id> (values: running | saved | failed, and
// download:…:text the line shown).
void drawApplicationDownloads(App& app, long applicationId, std::optional<int> version, bool compact = false);

// The reviewer's files: the 推荐汇总表 (city, 综改区, 省级主管部门: its own, this round), the queue as CSV (with
// `filters`), the 公示 batches each with its CSV, the admitted pool (province, admin). Only what the role may have.
void drawReviewerDocuments(App& app, const api::QueueQuery& filters = {});

}  // namespace sxpool::web
