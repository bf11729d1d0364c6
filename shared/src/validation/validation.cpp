// Orchestration: the whole application, or one section (for live per-field feedback).
#include "sxpool/validation.hpp"

#include "checker.hpp"
#include "sxpool/rules/eligibility.hpp"

namespace sxpool {
namespace {

using detail::Checker;
using detail::Row;

enum class Section {
  Basic,
  Operations,
  Overview,
  Products,
  Staff,
  Enterprises,
  Cases,
  Experts,
  Partners,
  Materials,
  Commitments,
  Declaration,
  Routing,
  Recommendation,
  Unknown
};

struct SectionKey {
  std::string_view key;
  Section section;
};

constexpr SectionKey kSectionKeys[] = {
    {"basic", Section::Basic},
    {"operations", Section::Operations},
    {"overview", Section::Overview},
    {"products", Section::Products},
    {"staff", Section::Staff},
    {"enterpriseCount", Section::Enterprises},
    {"enterprises", Section::Enterprises},
    {"cases", Section::Cases},
    {"experts", Section::Experts},
    {"partners", Section::Partners},
    {"materials", Section::Materials},
    {"commitments", Section::Commitments},
    {"declaration", Section::Declaration},
    {"routing", Section::Routing},
    {"recommendation", Section::Recommendation},
};

void runSection(Checker& c, Section s, Row row) {
  switch (s) {
    case Section::Basic:
      detail::checkBasic(c);
      detail::checkUsccField(c);
      detail::checkContact(c);
      break;
    case Section::Operations: detail::checkOperations(c); break;
    case Section::Overview: detail::checkOverview(c); break;
    case Section::Products: detail::checkProducts(c, row); break;
    case Section::Staff: detail::checkStaff(c, row); break;
    case Section::Enterprises: detail::checkEnterprises(c, row); break;
    case Section::Cases: detail::checkCases(c, row); break;
    case Section::Experts: detail::checkExperts(c, row); break;
    case Section::Partners: detail::checkPartners(c, row); break;
    case Section::Materials: detail::checkMaterials(c, row); break;
    case Section::Declaration: detail::checkDeclaration(c); break;
    case Section::Routing: detail::checkRouting(c); break;
    case Section::Commitments:     // rules 6-1 and 6-7 only
    case Section::Recommendation:  // written by the reviewer; the workflow requires it
    case Section::Unknown: break;
  }
}

}  // namespace

Findings validateApplication(const Application& app, const RoundSettings& round, const ValidationContext& ctx) {
  Findings out;
  out.reserve(16);
  Checker c{app, round, ctx, out};
  for (const auto& s : kSectionKeys)
    if (s.key != "enterpriseCount") runSection(c, s.section, std::nullopt);
  detail::checkConsistency(c);
  for (auto* rule : {rules::checkRule60, rules::checkRule61, rules::checkRule62, rules::checkRule63, rules::checkRule64,
                     rules::checkRule65, rules::checkRule66, rules::checkRule67})
    rule(app, round, ctx, out);
  return out;
}

Findings validateApplication(const Application& app, const RoundSettings& round, Date submissionDate) {
  return validateApplication(app, round, ValidationContext{submissionDate, nullptr});
}

Findings validateField(const Application& app, std::string_view path, const RoundSettings& round,
                       const ValidationContext& ctx) {
  const auto stop = path.find_first_of(".[");
  const std::string_view key = path.substr(0, stop);
  Section section = Section::Unknown;
  for (const auto& s : kSectionKeys)
    if (s.key == key) section = s.section;
  if (section == Section::Unknown) return {};
  Row row;
  if (stop != std::string_view::npos && path[stop] == '[') {
    std::size_t index = 0;
    std::size_t i = stop + 1;
    for (; i < path.size() && path[i] >= '0' && path[i] <= '9'; ++i)
      index = index * 10 + static_cast<std::size_t>(path[i] - '0');
    if (i > stop + 1 && i < path.size() && path[i] == ']') row = index;
  }
  Findings all;
  Checker c{app, round, ctx, all};
  runSection(c, section, section == Section::Operations ? std::nullopt : row);
  detail::checkConsistency(c);
  for (auto* rule : {rules::checkRule60, rules::checkRule61, rules::checkRule62, rules::checkRule63, rules::checkRule64,
                     rules::checkRule65, rules::checkRule66, rules::checkRule67})
    rule(app, round, ctx, all);
  return findingsAt(all, path);
}

Findings validateField(const Application& app, std::string_view path, const RoundSettings& round, Date today) {
  return validateField(app, path, round, ValidationContext{today, nullptr});
}

}  // namespace sxpool
