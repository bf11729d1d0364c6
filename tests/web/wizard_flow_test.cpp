#include "sxpool/sample.hpp"
#include "wizard_test_support.hpp"

using namespace wizard_test;

namespace {

int step(WizardStep s) { return static_cast<int>(s); }

// The sample's materials as the application's detail gives them (a loaded draft never carries any).
void loadSample(Harness& h) {
  Application sample = makeSampleApplication(0, round2026());
  h.editor.setMaterials(sample.materials);
  h.editor.load(std::move(sample));
  h.frames(2);
}

}  // namespace

TEST_CASE("检查页：点击错误跳到对应字段并获得键盘焦点") {
  Harness h;
  h.goToStep(WizardStep::Review);
  CHECK(h.editor.showAll());
  CHECK(std::stoi(h.value("error_count")) > 10);
  h.click("review:basic.email");
  h.frames(3);
  CHECK(h.editor.step == step(WizardStep::Basic));
  CHECK(h.editor.jumpTo.empty());
  CHECK(h.rectVisible("field:basic.email"));
  h.type("info@example.cn");  // lands in the focused field
  CHECK(h.editor.app().basic.email == "info@example.cn");
}

TEST_CASE("检查页：表格单元格的错误跳到该行该列") {
  Harness h;
  h.editor.edit("staff", [](Application& a) { a.staff.resize(3); });
  h.goToStep(WizardStep::Review);
  h.click("review:staff[2].position");
  h.frames(3);
  CHECK(h.editor.step == step(WizardStep::Staff));
  h.type("技术总监");
  CHECK(h.editor.app().staff[2].position == "技术总监");
}

TEST_CASE("检查页：没有对应字段的路径跳到所在栏目") {
  Harness h;
  h.editor.jumpTo = "materials[7].sizeBytes";
  h.frames(4);
  CHECK(h.editor.step == step(WizardStep::Materials));
  CHECK(h.editor.jumpTo.empty());
}

TEST_CASE("步骤状态：未填 → 有错误 → 已完成") {
  Harness h;
  const std::string staff = "step_state:" + std::to_string(step(WizardStep::Staff));
  CHECK(h.value(staff) == "未填");
  h.goToStep(WizardStep::Staff);
  h.click("row_add:staff");
  h.frames(2);
  h.type("王乐");
  CHECK(h.value(staff) == "有错误");
  h.focus("staff[0].position");
  h.type("主任");
  h.editor.edit("staff[0].title", [](Application& a) { a.staff[0].title = TitleLevel::ViceSenior; });
  CHECK(h.value(staff) == "有错误");
  h.editor.edit("staff[0].education", [](Application& a) { a.staff[0].education = Education::Master; });
  h.frames(1);
  CHECK(h.value(staff) == "已完成");
  CHECK(stepState(step(WizardStep::Products), h.editor.app(), h.editor.findings()) == StepState::Empty);
  CHECK(stepOptional(step(WizardStep::Products)));
}

TEST_CASE("步骤状态：示例申请书每一步都已完成，入库条件全部符合") {
  Harness h;
  loadSample(h);
  for (int s = 0; s < kStepCount; ++s) {
    INFO(stepTitle(s));
    const bool optionalEmpty = stepOptional(s) && !stepFilled(s, h.editor.app());
    CHECK(h.value("step_state:" + std::to_string(s)) == (optionalEmpty ? "未填" : "已完成"));
  }
  CHECK(h.value("error_count") == "0");
  for (const char* rule : {"6-0", "6-1", "6-2", "6-3", "6-4", "6-5", "6-6", "6-7"}) {
    INFO(rule);
    CHECK(h.value(std::string("eligibility:") + rule) == "符合");
  }
}

TEST_CASE("入库条件：空白申请书的承诺项不符合，未填的项待填写") {
  Harness h;
  CHECK(h.value("eligibility:6-1") == "不符合");
  CHECK(h.value("eligibility:6-0") == "待填写");
  CHECK(h.value("eligibility:6-4") == "不符合");
}

TEST_CASE("提交：确认框声明后才调用 onSubmit，Esc 取消，Enter 确认") {
  Harness h;
  loadSample(h);
  h.goToStep(WizardStep::Declaration);
  h.click("submit");
  CHECK(h.value("submit_dialog") == "open");
  REQUIRE(h.has("confirm_submit"));
  h.key(ImGuiKey_Escape);
  CHECK(h.value("submit_dialog") == "closed");
  CHECK(h.submitted == 0);

  h.click("submit");
  h.click("cancel_submit");
  CHECK(h.submitted == 0);

  h.click("submit");
  h.click("confirm_submit");
  CHECK(h.submitted == 1);

  h.click("submit");
  h.key(ImGuiKey_Enter);
  CHECK(h.submitted == 2);
  CHECK(h.value("submit_dialog") == "closed");
}

TEST_CASE("提交：仍有错误时不弹确认框，转到检查页") {
  Harness h;
  h.goToStep(WizardStep::Declaration);
  h.click("submit");
  h.frames(2);
  CHECK(h.editor.step == step(WizardStep::Review));
  CHECK(h.value("submit_dialog") != "open");
  CHECK(h.submitted == 0);
}

TEST_CASE("提交：只读时提交按钮不可用") {
  Harness h;
  loadSample(h);
  h.env.readOnly = true;
  h.frames(1);  // the header grows by a line: rectangles move
  h.goToStep(WizardStep::Declaration);
  REQUIRE(h.editor.step == static_cast<int>(WizardStep::Declaration));
  h.click("submit");
  CHECK(h.value("submit_dialog") != "open");
  CHECK(h.submitted == 0);
}

TEST_CASE("材料：上传中显示进度并可取消，失败可重试，已上传可预览、替换、删除") {
  Harness h(1400, 1800);
  loadSample(h);
  h.materials.statuses[MaterialKind::RegistrationLicense] = {UploadStatus::State::Uploading, "执照.pdf",
                                                             2 * 1024 * 1024, 0.4f, ""};
  h.materials.statuses[MaterialKind::OtherEvidence] = {UploadStatus::State::Failed, "其他.pdf", 1024, 0,
                                                       "网络中断，请重试",          true};
  // Refused by the browser (type): no 重试, only 重新选择文件.
  h.materials.statuses[MaterialKind::CreditCheck] = {
      UploadStatus::State::Failed, "报告.docx", 1024, 0, "文件「报告.docx」的内容不是 PDF、JPEG 或 PNG", false};
  h.goToStep(WizardStep::Materials);
  CHECK(h.value("material:3") == "uploading");
  CHECK(h.value("material:12") == "failed");
  CHECK(h.value("material:1") == "uploaded");
  h.click("material:3:cancel");
  h.click("material:12:retry");
  h.click("material:1:preview");
  h.click("material:1:replace");
  h.click("material:1:remove");
  CHECK(h.materials.calls == std::vector<std::string>{"cancel:3", "retry:12", "preview:1", "pick:1", "remove:1"});
  CHECK(h.value("material:10") == "failed");
  CHECK(!h.has("material:10:retry"));
  h.click("material:10:pick");
  CHECK(h.materials.calls.back() == "pick:10");

  h.editor.edit("materials", [](Application& a) { a.materials.clear(); });
  h.materials.statuses.clear();
  h.frames(2);
  CHECK(h.value("material:11") == "missing");
  CHECK(h.value("material:12") == "optional");
  h.click("material:11:pick");
  CHECK(h.materials.calls.back() == "pick:11");
}

TEST_CASE("步骤列表：点击切换步骤，上一步/下一步") {
  Harness h;
  h.goToStep(WizardStep::Operations);
  CHECK(h.editor.step == step(WizardStep::Operations));
  h.click("next_step");
  CHECK(h.editor.step == step(WizardStep::Materials));
  h.click("prev_step");
  h.click("prev_step");
  CHECK(h.editor.step == step(WizardStep::Experts));
}

TEST_CASE("经营情况：两列为回合的 Y−2、Y−1，填写时写入年度") {
  Harness h;
  h.goToStep(WizardStep::Operations);
  h.click("field:operations[1].revenue");
  h.type("356.8");
  const auto& y = h.editor.app().operations[1];
  REQUIRE(y.revenue);
  CHECK(y.revenue->hundredths == 35680);
  CHECK(y.year == 2025);
  CHECK_FALSE(h.editor.app().operations[0].year);
}
