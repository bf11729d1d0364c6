// The field-value readers every form field and query value goes through: dates, amounts, integers, USCC codes,
// UTF-8 helpers, percent-encoding, unit codes, field paths (labels and the live per-field validation of a sample
// application). Input: a selector byte and the text. Each accepted value formats back to text that parses to it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "fuzz_support.hpp"
#include "sxpool/date.hpp"
#include "sxpool/divisions.hpp"
#include "sxpool/money.hpp"
#include "sxpool/sample.hpp"
#include "sxpool/text.hpp"
#include "sxpool/uscc.hpp"
#include "sxpool/validation.hpp"

namespace {

const sxpool::RoundSettings kRound{};

const sxpool::Application& sample() {
  static const sxpool::Application app =
      sxpool::makeSampleApplication(3, kRound, sxpool::SampleSizes{3, 3, 3, 2, 2, 2});
  return app;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 6) {
    case 0:
      if (const auto d = sxpool::parseDate(text)) {
        SXPOOL_FUZZ_CHECK(d->valid());
        SXPOOL_FUZZ_CHECK(sxpool::parseDate(sxpool::formatDate(*d)) == d);
        SXPOOL_FUZZ_CHECK(sxpool::Date::fromDays(d->toDays()) == *d);
        (void)sxpool::formatDateChinese(*d);
        (void)d->addMonths(25).weekday();
      }
      break;
    case 1:
      if (const auto m = sxpool::parseDecimal2(text)) {
        SXPOOL_FUZZ_CHECK(m->hundredths <= sxpool::kDecimal2MaxHundredths &&
                          m->hundredths >= -sxpool::kDecimal2MaxHundredths);
        SXPOOL_FUZZ_CHECK(sxpool::parseDecimal2(sxpool::formatDecimal2(*m)) == m);
      }
      if (const auto i = sxpool::parseInteger(text)) SXPOOL_FUZZ_CHECK(sxpool::parseInteger(std::to_string(*i)) == i);
      break;
    case 2: {
      (void)sxpool::checkUscc(text);
      (void)sxpool::usccRegistrationProblem(text);
      (void)sxpool::natureFromUscc(text);
      if (const auto c = sxpool::usccCheckCharacter(text.substr(0, 17))) (void)c;
      (void)sxpool::orgCodeCheckCharacter(text.substr(0, 8));
      if (text.size() >= 8) (void)sxpool::makeUscc(text[0], text[1], text.substr(2, 6), text.substr(8, 8));
      break;
    }
    case 3: {
      SXPOOL_FUZZ_CHECK(sxpool::utf8Length(text) <= text.size());
      // What isValidUtf8 accepts, JSON (RFC 8259, strict UTF-8: nlohmann's default dump) must accept too.
      if (sxpool::isValidUtf8(text)) {
        try {
          (void)nlohmann::json(std::string(text)).dump();
        } catch (const nlohmann::json::exception&) {
          SXPOOL_FUZZ_CHECK(!"isValidUtf8 accepted bytes that are not UTF-8");
        }
      }
      const std::string_view t = sxpool::trimmed(text);
      SXPOOL_FUZZ_CHECK(t.size() <= text.size());
      SXPOOL_FUZZ_CHECK(sxpool::isBlank(text) == t.empty());
      const std::string encoded = sxpool::percentEncoded(text);
      for (unsigned char c : encoded)
        SXPOOL_FUZZ_CHECK((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' ||
                          c == '.' || c == '_' || c == '~' || c == '%');
      break;
    }
    case 4:
      (void)sxpool::unitLevelOf(text);
      (void)sxpool::isDepartmentUnitCode(text);
      (void)sxpool::Divisions::instance().nameOf(text);
      (void)sxpool::Divisions::instance().cityOf(text);
      (void)sxpool::Divisions::instance().isShanxiDivision(text);
      break;
    default:
      (void)sxpool::fieldLabel(text);
      (void)sxpool::validateField(sample(), text, kRound, sxpool::Date{2026, 4, 20});
      break;
  }
  return 0;
}
