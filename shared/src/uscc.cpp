#include "sxpool/uscc.hpp"

#include "sxpool/divisions.hpp"

namespace sxpool {
namespace {

int usccValue(char c) {
  const auto pos = kUsccAlphabet.find(c);
  return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

// GB 11714: digits 0–9, letters A=10 … Z=35.
int orgValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<char> usccCheckCharacter(std::string_view first17) {
  if (first17.size() != 17) return std::nullopt;
  int sum = 0;
  int weight = 1;  // 3^i mod 31
  for (char c : first17) {
    const int v = usccValue(c);
    if (v < 0) return std::nullopt;
    sum += v * weight;
    weight = weight * 3 % 31;
  }
  return kUsccAlphabet[static_cast<std::size_t>((31 - sum % 31) % 31)];
}

std::optional<char> orgCodeCheckCharacter(std::string_view first8) {
  static constexpr int kWeights[] = {3, 7, 9, 10, 5, 8, 4, 2};
  if (first8.size() != 8) return std::nullopt;
  int sum = 0;
  for (std::size_t i = 0; i < 8; ++i) {
    const int v = orgValue(first8[i]);
    if (v < 0) return std::nullopt;
    sum += v * kWeights[i];
  }
  const int c = 11 - sum % 11;
  if (c == 10) return 'X';
  if (c == 11) return '0';
  return static_cast<char>('0' + c);
}

UsccCheck checkUscc(std::string_view code) {
  UsccCheck r;
  r.lengthOk = code.size() == 18;
  r.charsetOk = !code.empty();
  for (char c : code)
    if (usccValue(c) < 0) r.charsetOk = false;
  if (!r.wellFormed()) return r;
  r.registrationAuthority = code[0];
  r.institutionType = code[1];
  r.divisionCode = std::string(code.substr(2, 6));
  r.checksumOk = usccCheckCharacter(code.substr(0, 17)) == code[17];
  r.orgCodeOk = orgCodeCheckCharacter(code.substr(8, 8)) == code[16];
  return r;
}

std::optional<std::string> makeUscc(char authority, char type, std::string_view division6, std::string_view org8) {
  if (division6.size() != 6 || org8.size() != 8) return std::nullopt;
  std::string code;
  code += authority;
  code += type;
  code += division6;
  code += org8;
  const auto org = orgCodeCheckCharacter(org8);
  if (!org || usccValue(*org) < 0) return std::nullopt;
  code += *org;
  const auto check = usccCheckCharacter(code);
  if (!check) return std::nullopt;
  code += *check;
  return code;
}

std::optional<InstitutionNature> natureFromUscc(std::string_view code) {
  if (code.size() < 2) return std::nullopt;
  const std::string_view p = code.substr(0, 2);
  if (p == "91") return InstitutionNature::Enterprise;
  if (p == "92") return InstitutionNature::IndividualBusiness;
  if (p == "93") return InstitutionNature::Cooperative;
  if (p == "11") return InstitutionNature::GovernmentOrgan;
  if (p == "12") return InstitutionNature::PublicInstitution;
  if (p == "13") return InstitutionNature::MassOrganization;
  if (p == "51") return InstitutionNature::SocialOrganization;
  if (p == "52") return InstitutionNature::PrivateNonEnterprise;
  if (p == "53") return InstitutionNature::Foundation;
  return InstitutionNature::Other;
}

std::string usccRegistrationProblem(std::string_view code) {
  const std::string c(code);
  if (code.empty()) return "请填写「统一社会信用代码」（18 位）";
  const UsccCheck check = checkUscc(code);
  if (!check.wellFormed())
    return "「统一社会信用代码」" + c +
           " 格式不对：应为 18 位数字或大写字母（不含 I、O、Z、S、V），请对照营业执照重新填写";
  const bool shanxi = Divisions::instance().isShanxiDivision(check.divisionCode);
  if (!check.fullyValid() && !shanxi)
    return "「统一社会信用代码」" + c + " 校验位不符，且第3–8位不是山西省的行政区划代码：请对照营业执照逐位核对";
  if (!shanxi && check.divisionCode.rfind("14", 0) != 0)
    return "「统一社会信用代码」的登记管理机关不在山西省（第3–8位应为14开头）：资源库只受理注册地在山西省的机构（指南第"
           "六条）";
  return {};
}

}  // namespace sxpool
