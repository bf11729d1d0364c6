// fuzz_seeds OUT_DIR: writes the generated part of the seed corpora (fuzz/make_seeds.sh adds the files of the
// repository: reference CSVs, bad-input bodies): OUT_DIR/application — the demo's sample applications
// (makeSampleApplication, as `sxpool serve --demo` seeds them) in several sizes, an empty draft, an indented one;
// OUT_DIR/wire — for every decoder of fuzz/wire_types.hpp its selector byte and a default and a filled body;
// OUT_DIR/fields — one value of each field kind.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "sxpool/json.hpp"
#include "sxpool/sample.hpp"
#include "sxpool/uscc.hpp"
#include "wire_types.hpp"

namespace {

namespace fs = std::filesystem;
using namespace sxpool;
using namespace sxpool::api;

void write(const fs::path& file, const std::string& bytes) { std::ofstream(file, std::ios::binary) << bytes; }

void writeWire(const fs::path& dir, int selector, const std::string& name, const std::string& body) {
  write(dir / (std::to_string(selector) + "_" + name), std::string(1, static_cast<char>(selector)) + body);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "用法：fuzz_seeds 输出目录\n";
    return 2;
  }
  const fs::path out = argv[1];
  for (const char* sub : {"application", "wire", "fields"}) fs::create_directories(out / sub);
  const RoundSettings round{};

  const Application full = makeSampleApplication(0, round);
  write(out / "application" / "sample_full", encodeApplication(full));
  write(out / "application" / "sample_indented",
        encodeApplication(makeSampleApplication(1, round, {2, 2, 2, 1, 1, 1}), 2));
  for (int i = 2; i < 9; ++i)
    write(out / "application" / ("sample_" + std::to_string(i)),
          encodeApplication(makeSampleApplication(i, round, {1 + i % 3, 1 + i % 2, 2, 1, 1, 1})));
  write(out / "application" / "empty_draft", encodeApplication(Application{}));

  int selector = 0;
#define SXPOOL_SEED(T) writeWire(out / "wire", selector++, #T, encode(T{}));
  SXPOOL_WIRE_TYPES(SXPOOL_SEED)
#undef SXPOOL_SEED
  writeWire(out / "wire", fuzz::kFieldCommentsSelector, "FieldComments", api::encodeFieldComments({FieldComment{}}));
  writeWire(out / "wire", fuzz::kWorkflowCaseSelector, "WorkflowCase", encodeWorkflowCase(WorkflowCase{}));
  writeWire(out / "wire", fuzz::kActionDetailSelector, "ActionDetail", encodeActionDetail({FieldComment{}}));

  // Filled bodies where a default one says little.
  int s = 0;
#define SXPOOL_FIND(T)                   \
  if (std::string(#T) == name) return s; \
  ++s;
  auto selectorOf = [&s](const std::string& name) {
    s = 0;
    SXPOOL_WIRE_TYPES(SXPOOL_FIND)
    return -1;
  };
#undef SXPOOL_FIND
  SaveDraftRequest draft;
  draft.baseRevision = 3;
  draft.document = makeSampleApplication(4, round, {2, 2, 2, 1, 1, 1});
  writeWire(out / "wire", selectorOf("SaveDraftRequest"), "SaveDraftRequest_filled", encode(draft));
  writeWire(out / "wire", selectorOf("SignInRequest"), "SignInRequest_filled",
            encode(SignInRequest{"taiyuan", "Demo2026!sx"}));
  writeWire(out / "wire", selectorOf("RegistrationRequest"), "RegistrationRequest_filled",
            encode(RegistrationRequest{sampleUscc(5), "太原某服务机构有限公司", "张三", "13912345678", "a@b.cn",
                                       "Demo2026!sx"}));
  writeWire(out / "wire", selectorOf("PublicityRequest"), "PublicityRequest_filled",
            encode(PublicityRequest{{1, 2, 3}, Date{2026, 5, 6}}));
  writeWire(out / "wire", selectorOf("SubmitRequest"), "SubmitRequest_filled", encode(SubmitRequest{7}));

  // Fields: selector (fields_fuzz.cpp) and a value.
  const std::pair<int, std::string> fields[] = {{0, "2026-04-30"},  {1, "-12.34"},         {1, "100"},
                                                {2, sampleUscc(3)}, {3, "　 服务机构 "},   {4, "140105"},
                                                {4, "dept-kjt"},    {5, "staff[3].title"}, {5, "operations[1].profit"}};
  int n = 0;
  for (const auto& [sel, value] : fields)
    write(out / "fields" / std::to_string(n++), std::string(1, static_cast<char>(sel)) + value);
  write(out / "wire_selectors", std::to_string(fuzz::kWireSelectors));
  std::cout << "[fuzz] 种子已写入 " << out << "\n";
  return 0;
}
