#pragma once
// 资源库管理 (reviewers read; the province decides; the admin imports): the admitted institutions of the caller's
// jurisdiction with their classification (指南第九条), one institution's annual evaluations (第十二条) with the
// province's form behind a confirmation when it removes, and the import of the institutions admitted in 2025 (第十条)
// pasted as CSV with the server's problems listed line by line. The transitions are in pool_state.cpp.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sxpool/api/pool.hpp"

namespace sxpool::web {

class App;

// The province's evaluation form as typed; the indexes are into the EnumTables.
struct EvaluationForm {
  std::string year;
  int result = 0;  // EvaluationResult
  std::string siteCheck;
  int decision = 0;  // EvaluationDecision
  std::string meetingRef;
  std::string comment;
  int removalReason = 2;  // RemovalReason, 年度评价不符合要求 first offered
};

struct PoolState {
  api::PoolList list;
  bool loading = false;
  std::string search;  // name or 统一社会信用代码, matched on this device
  std::string message;
  bool messageIsError = false;
  int returnScreen = 0;  // the Screen to go back to

  // The institution open on the right.
  std::int64_t selected = 0;
  int character = 0;     // ServiceCharacter, the classification being edited
  int serviceClass = 0;  // ServiceClass
  std::string classReason;
  std::string classMessage;
  bool classIsError = false;
  std::optional<api::EvaluationList> evaluations;
  EvaluationForm evaluation;
  std::string evaluationMessage;
  bool evaluationIsError = false;
  bool confirmRemoval = false;  // the removal decision waits for the province's confirmation

  // 导入2025年入库机构.
  std::string importCsv;
  std::string importMessage;
  bool importIsError = false;
  std::vector<std::string> importProblems;  // the server's, each "第N行：…"
  bool importing = false;
};

bool mayViewPool(const App& app);    // reviewers and the admin
bool mayDecidePool(const App& app);  // the province: classification and evaluation
bool mayImportPool(const App& app);  // the province and the admin
void openPool(App& app);
void reloadPool(App& app);
void leavePool(App& app);
void selectInstitution(App& app, std::int64_t id);
const api::ClassificationView* selectedInstitution(const App& app);
// The rows the search matches (all when it is empty).
std::vector<const api::ClassificationView*> poolRows(const App& app);
void saveClassification(App& app);
void submitEvaluation(App& app);   // asks for confirmation first when the decision removes
void confirmEvaluation(App& app);  // records it
void importPool(App& app);

}  // namespace sxpool::web
