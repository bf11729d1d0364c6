#pragma once
// 统一社会信用代码 (GB 32100-2015) with the inner 组织机构代码 check (GB 11714).
#include <optional>
#include <string>
#include <string_view>

#include "sxpool/institution.hpp"

namespace sxpool {

inline constexpr std::string_view kUsccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

struct UsccCheck {
  bool lengthOk = false;           // exactly 18 characters
  bool charsetOk = false;          // digits and capitals without I, O, Z, S, V
  bool checksumOk = false;         // position 18, mod 31
  bool orgCodeOk = false;          // position 17, GB 11714 mod 11 over positions 9–16
  std::string divisionCode;        // positions 3–8 when length and charset are fine
  char registrationAuthority = 0;  // position 1
  char institutionType = 0;        // position 2

  bool wellFormed() const { return lengthOk && charsetOk; }
  bool fullyValid() const { return wellFormed() && checksumOk && orgCodeOk; }
};

UsccCheck checkUscc(std::string_view code);

// Check character (position 18) for the first 17 characters; nullopt when they are not 17 valid characters.
std::optional<char> usccCheckCharacter(std::string_view first17);
// GB 11714 check character (position 17 of a USCC) for 8 organisation-code characters (digits/capitals).
std::optional<char> orgCodeCheckCharacter(std::string_view first8);

// Builds a valid USCC: 1 registration authority, 1 type, 6-digit division code, 8 organisation-code characters
// (digits or capitals from kUsccAlphabet); computes both check characters. nullopt on bad input.
std::optional<std::string> makeUscc(char registrationAuthority, char institutionType, std::string_view division6,
                                    std::string_view org8);

// Why `code` cannot register an applicant (Chinese; empty: it can). Malformed codes and codes outside Shanxi are
// refused; a well-formed Shanxi code whose check characters fail (early pilot codes were issued so) is accepted,
// its application then flagged for manual review (指南第六条).
std::string usccRegistrationProblem(std::string_view code);

// 机构性质 implied by positions 1–2 ("91" → 企业 …, see data/README.md); nullopt when the code is too short.
std::optional<InstitutionNature> natureFromUscc(std::string_view code);

}  // namespace sxpool
