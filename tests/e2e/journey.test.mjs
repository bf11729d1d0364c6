// The whole application book through the UI only, in real headless Chromium against a live server (--demo: today
// is 2026-04-20, the round's years are 2024 and 2025). A new applicant registers, then fills every required field of
// every step with the keyboard (Tab from field to field, Space and arrow keys in lists and boxes, IME-style
// insertText for Chinese) and the mouse where a person would use it (a step, “添加一行”, the file picker), with
// enough table rows for the eligibility rules 6-4 and 6-6; reloads mid-way and finds everything; uploads a real PDF
// or JPEG for every required material; reaches 0 errors; submits and gets a receipt. No document write goes
// through the API: the test only reads the server's state, with the page's own cookie.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, probe, clickWidget, settle, waitForProbe, reloadApp, shot, typeInto,
  waitSynced, openWizard, goToStep, serverDraft, makeJpeg, uploadMaterial, fillByTab, tabTo, scrollIntoView }
  from './harness.mjs';
import { makeUscc, minimalPdf } from './fixtures.mjs';

let server;
let browser;
before(async () => { server = await startServer(['--demo']); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const uscc = makeUscc('140105', 'MA0JRNY1');
const password = 'Journey#2026x';
const phases = [];
let phaseStart = Date.now();
// A key screen: its screenshot, and how long the journey took to get there since the last one.
const snap = async (page, name) => {
  await shot(page, `journey-${name}`);
  phases.push(`${name} ${((Date.now() - phaseStart) / 1000).toFixed(1)}s`);
  phaseStart = Date.now();
};

// Entries of the drop-down lists: how far below 未填写 (the first entry of every list), and the label.
const VICE_SENIOR = { down: 4, label: '副高级' };
const FULL_SENIOR = { down: 5, label: '正高级' };
const INTERMEDIATE = { down: 3, label: '中级' };
const BACHELOR = { down: 3, label: '大学本科' };
const MASTER = { down: 2, label: '硕士研究生' };
const ENTERPRISE = { down: 1, label: '企业' };
const PUBLIC_WELFARE = { down: 1, label: '公益性服务' };
const PAID = { down: 2, label: '有偿服务' };
const VERY_SATISFIED = { down: 1, label: '非常满意' };
const SATISFIED = { down: 2, label: '满意' };

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const GIVEN = ['建国', '晓梅', '志强', '丽华', '海涛', '秀英', '国栋', '春燕', '文博', '雅琴'];
const personName = (i) => SURNAMES[i % SURNAMES.length] + GIVEN[(i * 3) % GIVEN.length];

const experts = Array.from({ length: 20 }, (_, i) => ({
  name: personName(i),
  title: i < 10 ? (i % 2 ? FULL_SENIOR : VICE_SENIOR) : INTERMEDIATE,
  titleName: i < 10 ? (i % 2 ? '研究员' : '高级工程师') : '工程师',
  field: ['工业互联网', '财务管理', '知识产权', '智能制造', '市场营销'][i % 5],
  employer: ['太原理工大学', '山西大学', '中北大学', '山西省科学技术情报研究所'][i % 4],
}));
const enterprises = Array.from({ length: 10 }, (_, i) =>
  `山西${['龙城', '晋阳', '汾河', '并州', '晋祠', '迎泽', '双塔', '清徐', '阳曲', '古交'][i]}${['精密机械', '新材料', '食品', '电子'][i % 4]}有限公司`);
const partners = ['山西省中小企业发展促进中心', '太原市知识产权服务中心', '晋商银行小企业金融部', '山西智创检测认证有限公司',
  '山西数智产业研究院'];
const staff = [
  { name: '李娜', position: '总经理', title: VICE_SENIOR, titleName: '高级经济师', education: MASTER },
  { name: '赵磊', position: '技术总监', title: INTERMEDIATE, titleName: '工程师', education: BACHELOR },
];
const cases = [
  { title: '精密机械企业数字化车间改造', enterprise: enterprises[0], content: '为企业部署设备联网与生产执行系统，覆盖32台数控设备，收费48万元。',
    effect: '设备综合效率提升18%，年节约成本约120万元，带动3家配套企业上云。' },
  { title: '食品企业融资与品牌提升服务', enterprise: enterprises[2], content: '对接2家银行完成信用贷款800万元，提供品牌策划与质量体系辅导，公益性服务。',
    effect: '企业新增产能30%，新增就业45人，产品进入省内三家连锁超市。' },
];
const activities = '2024年组织“一起益企”中小企业服务行动12场，服务企业310家；2025年承办产学研对接会4场，促成技术合作项目9项，' +
  '开展数字化转型诊断86家次，帮助企业解决融资、用工、知识产权等难题，企业满意度达96%。';

// “添加一行” by keyboard from the last cell of row i − 1: Tab past that row's 上移 (the first row has none) and
// 删除 (下移 is disabled in the last row) to the button, Enter; the new row's first cell takes the focus.
async function addRowByKeyboard(page, table, i) {
  if (i > 1) await tabTo(page, `row_up:${table}[${i - 1}]`);
  await tabTo(page, `row_remove:${table}[${i - 1}]`);
  await tabTo(page, `row_add:${table}`);
  await page.keyboard.press('Enter');
}

// Opens step `step`, clicks `start` (its first field, or “添加一行”), and fills `cells` from there with Tab.
async function fillStep(page, step, start, cells) {
  await goToStep(page, step);
  await clickWidget(page, start);
  await fillByTab(page, cells);
}

test('新申请机构通过界面填完整本申请书（键盘、输入法、表格、真实文件），刷新后内容仍在，提交后得到回执', async () => {
  const started = Date.now();
  phaseStart = started;
  const { context, page } = await openApp(browser, server.url);
  const url = server.url;

  // ---- registration ----
  await waitForProbe(page, (q) => q.values.screen === 'signin');
  await clickWidget(page, 'tab:register');
  await typeInto(page, 'signin:uscc', uscc);
  await typeInto(page, 'signin:name', '太原晋阳数智服务有限公司', { ime: true });
  await typeInto(page, 'signin:contact', '李娜', { ime: true });
  await typeInto(page, 'signin:phone', '13912345678');
  await typeInto(page, 'signin:email', 'lina@jinyang.example.cn');
  await typeInto(page, 'signin:reg_password', password);
  await typeInto(page, 'signin:reg_password2', password);
  await clickWidget(page, 'signin:register');
  await openWizard(page);
  await snap(page, '01-wizard-start');

  // ---- 1 申请表 ----
  await clickWidget(page, 'field:basic.name');  // prefilled from the registration; Tab on from here
  await fillByTab(page, [
    ['field:basic.name', null],
    ['field:basic.nature', { choose: ENTERPRISE }],
    ['field:basic.address', '山西省太原市小店区长治路111号'],
    ['field:basic.postalCode', '030006'],
    ['field:basic.legalRepresentative', '张喆'],
    ['field:basic.foundedOn', '2018-06-01'],
    ['field:basic.uscc', null],
    ['field:basic.registeredCapital', '500'],
    ['field:basic.contactName', null],
    ['field:basic.contactPhone', null],
    ['field:basic.email', null],
    ['field:basic.employeeCount', '36'],
    ['field:basic.qualifiedStaffCount', '28'],
    ['field:basic.expertCount', '20'],
    ['field:basic.partnerCount', '5'],
    ['field:basic.serviceAssets', '1280.50'],
    ['field:basic.serviceArea', '860'],
    ['direction:digital', { tick: true }],
    ['direction:financing', null],
    ['direction:innovation', null],
    ['direction:compliance', null],
    ['direction:testing', null],
    ['direction:transfer', null],
    ['direction:brand', null],
    ['direction:policy', { tick: true }],  // two chosen: the others are disabled and Tab passes them by
    ['field:basic.otherDirection', null],
    ['field:basic.activities', activities],
    ['routing:county', null],  // 属地 defaulted from the code: 小店区
    ['routing:city', null],
    ['routing:reform_zone', null],
    ['routing:department', null],
    ['field:routing.city', null],
    ['field:routing.unitCode', null],
    ['field:basic.fillDate', '2026-04-18'],
  ]);
  await waitSynced(page);
  assert.equal((await probe(page)).values['step_state:0'], '已完成');
  await snap(page, '02-basic');

  // ---- 2 单位情况概述 ----
  await fillStep(page, 1, 'field:overview.basics', [
    ['field:overview.basics', '本公司成立于2018年，注册资本500万元，现有从业人员36人，服务场地860平方米，配有数字化转型体验中心。'],
    ['field:overview.history', '2018年成立；2020年获评市级中小企业公共服务示范平台；2023年设立数字化转型促进中心。'],
    ['field:overview.products', '数字化转型诊断、工业互联网平台部署、融资对接、政策咨询与申报辅导。'],
    ['field:overview.achievements', '近两年服务企业580余家次，促成融资2.3亿元，帮助46家企业完成数字化改造。'],
  ]);
  await snap(page, '03-overview');

  // ---- 3 服务产品 (选填: one row) ----
  await fillStep(page, 2, 'row_add:products', [
    ['field:products[0].name', '数字化转型诊断'],
    ['field:products[0].content', '现场调研、成熟度评估、改造路线图'],
    ['field:products[0].application', '已服务制造企业120家'],
  ]);

  // ---- 4 服务人员 ----
  await goToStep(page, 3);
  await clickWidget(page, 'row_add:staff');
  for (const [i, s] of staff.entries()) {
    if (i > 0) await addRowByKeyboard(page, 'staff', i);
    await fillByTab(page, [
      [`field:staff[${i}].name`, s.name],
      [`field:staff[${i}].position`, s.position],
      [`field:staff[${i}].title`, { choose: s.title }],
      [`field:staff[${i}].titleName`, s.titleName],
      [`field:staff[${i}].education`, { choose: s.education }],
      [`field:staff[${i}].hasContract`, { tick: true }],
    ]);
  }
  await snap(page, '04-staff');

  // ---- 5 服务企业与典型案例 ----
  await goToStep(page, 4);
  await clickWidget(page, 'field:enterpriseCount');
  await fillByTab(page, [['field:enterpriseCount', '12'], ['row_add:enterprises', null]]);
  await page.keyboard.press('Enter');
  for (const [i, name] of enterprises.entries()) {
    if (i > 0) await addRowByKeyboard(page, 'enterprises', i);
    await fillByTab(page, [
      [`field:enterprises[${i}].name`, name],
      [`field:enterprises[${i}].year`, null],  // a new row is of the last year (2025)
      [`field:enterprises[${i}].nature`, { choose: i % 3 ? PAID : PUBLIC_WELFARE }],
      [`field:enterprises[${i}].satisfaction`, { choose: i % 4 ? VERY_SATISFIED : SATISFIED }],
    ]);
  }
  await fillByTab(page, [
    [`field:enterprises[9].satisfaction`, null],
    ['row_up:enterprises[9]', null],
    ['row_remove:enterprises[9]', null],
    ['row_add:enterprises', null],
    ['row_add:cases', null],
  ]);
  for (const [i, c] of cases.entries()) {
    await page.keyboard.press('Enter');  // 添加典型案例: the new card's title takes the focus
    await fillByTab(page, [
      [`field:cases[${i}].title`, c.title],
      [`field:cases[${i}].enterprise`, c.enterprise],
      [`field:cases[${i}].content`, c.content],
      [`field:cases[${i}].effect`, c.effect],
      ['row_add:cases', null],  // a card's 上移 / 下移 / 删除 come before its fields
    ]);
  }
  await snap(page, '05-enterprises');

  // ---- 6 专家与合作机构 ----
  await goToStep(page, 5);
  await clickWidget(page, 'row_add:experts');
  for (const [i, e] of experts.entries()) {
    if (i > 0) await addRowByKeyboard(page, 'experts', i);
    await fillByTab(page, [
      [`field:experts[${i}].name`, e.name],
      [`field:experts[${i}].title`, { choose: e.title }],
      [`field:experts[${i}].titleName`, e.titleName],
      [`field:experts[${i}].field`, e.field],
      [`field:experts[${i}].employer`, e.employer],
      [`field:experts[${i}].hasAgreement`, { tick: true }],
    ]);
  }
  await fillByTab(page, [
    ['field:experts[19].hasAgreement', null],
    ['row_up:experts[19]', null],
    ['row_remove:experts[19]', null],
    ['row_add:experts', null],
    ['row_add:partners', null],
  ]);
  await page.keyboard.press('Enter');
  for (const [i, name] of partners.entries()) {
    if (i > 0) await addRowByKeyboard(page, 'partners', i);
    await fillByTab(page, [
      [`field:partners[${i}].name`, name],
      [`field:partners[${i}].uscc`, null],  // 选填
      [`field:partners[${i}].kind`, i % 2 ? '外联型' : '专业化'],
      [`field:partners[${i}].agreementSigned`, { tick: true }],
      [`field:partners[${i}].agreementDate`, `2025-0${i + 3}-15`],
    ]);
  }
  await settle(page);
  let p = await probe(page);
  assert.equal(p.values['rows:experts'], '20');
  assert.equal(p.values['rows:partners'], '5');
  assert.equal(p.values['eligibility:6-4'], '符合');
  assert.equal(p.values['eligibility:6-6'], '符合');
  await snap(page, '06-experts');

  // ---- mid-way: the page reloaded at once (before any wait for the background sync) ----
  await reloadApp(page);
  await openWizard(page);
  let { draft } = await serverDraft(page, url);
  let doc = draft.document;
  assert.equal(doc.basic.address, '山西省太原市小店区长治路111号');
  assert.equal(doc.basic.nature, 'enterprise');
  assert.deepEqual(doc.basic.directions, ['digital', 'policy']);
  assert.equal(doc.basic.fillDate, '2026-04-18');
  assert.equal(doc.overview.achievements, '近两年服务企业580余家次，促成融资2.3亿元，帮助46家企业完成数字化改造。');
  assert.deepEqual(doc.staff.map((s) => [s.name, s.title, s.education, s.hasContract]),
    [['李娜', 'vice_senior', 'master', true], ['赵磊', 'intermediate', 'bachelor', true]]);
  assert.deepEqual(doc.enterprises.map((e) => [e.name, e.year, e.nature, e.satisfaction]),
    enterprises.map((n, i) => [n, 2025, i % 3 ? 'paid' : 'public_welfare', i % 4 ? 'very_satisfied' : 'satisfied']));
  assert.deepEqual(doc.cases.map((c) => c.title), cases.map((c) => c.title));
  assert.deepEqual(doc.experts.map((e) => e.name), experts.map((e) => e.name));
  assert.equal(doc.experts.filter((e) => ['vice_senior', 'full_senior'].includes(e.title)).length, 10);
  assert.deepEqual(doc.partners.map((x) => [x.name, x.agreementSigned, x.agreementDate]),
    partners.map((n, i) => [n, true, `2025-0${i + 3}-15`]));
  await goToStep(page, 5);
  p = await probe(page);
  assert.equal(p.values['rows:experts'], '20');
  await snap(page, '07-after-reload');

  // ---- 7 近两年经营情况 ----
  await fillStep(page, 6, 'field:operations[0].revenue', [
    ['field:operations[0].revenue', '820.00'],
    ['field:operations[1].revenue', '965.30'],
    ['field:operations[0].profit', '96.10'],
    ['field:operations[1].profit', '-12.50'],
    ['field:operations[0].enterprisesServed', '260'],
    ['field:operations[1].enterprisesServed', '320'],
    ['field:operations[0].activityCount', '12'],
    ['field:operations[1].activityCount', '16'],
  ]);
  await snap(page, '08-operations');

  // ---- 8 申请材料: a real PDF or JPEG for each of the 11 required ----
  await goToStep(page, 7);
  const jpeg = await makeJpeg(page, '营业执照（扫描件）');
  const files = {};
  for (let n = 1; n <= 11; n++) {
    files[n] = n === 3 || n === 10
      ? { name: `材料${n}.jpg`, mimeType: 'image/jpeg', buffer: n === 3 ? jpeg : await makeJpeg(page, '信用中国查询结果') }
      : { name: `材料${n}.pdf`, mimeType: 'application/pdf', buffer: minimalPdf(`Material ${n}`) };
    await uploadMaterial(page, n, files[n]);
    await waitForProbe(page, (q) => q.values[`material:${n}`] === 'uploaded');
  }
  await snap(page, '09-materials');

  // ---- 9 承诺与声明 ----
  await goToStep(page, 8);
  // The boxes by mouse (after a click on a box, ImGui's first Tab only shows the focus ring), the rest by keyboard.
  for (const box of ['commitments.political', 'commitments.credit', 'declaration.confirmed']) {
    await clickWidget(page, `field:${box}`);
    await waitForProbe(page, (q) => q.values.focus === `field:${box}`);
  }
  await clickWidget(page, 'field:declaration.legalRepresentative');
  await fillByTab(page, [
    ['field:declaration.legalRepresentative', '张喆'],
    ['field:declaration.date', '2026-04-20'],
  ]);
  await waitSynced(page);
  p = await probe(page);
  assert.equal(p.values.error_count, '0', '通过界面填完后没有错误');
  for (let s = 0; s <= 8; s++) assert.equal(p.values[`step_state:${s}`], '已完成', `第 ${s + 1} 步已完成`);
  for (const rule of ['6-0', '6-1', '6-2', '6-3', '6-4', '6-5', '6-6', '6-7'])
    assert.equal(p.values[`eligibility:${rule}`], '符合', `入库条件 ${rule}`);
  await snap(page, '10-declaration');

  // ---- 10 检查与提交 ----
  await goToStep(page, 9);
  await settle(page);
  await snap(page, '11-review');
  await clickWidget(page, 'review_go_submit');
  await waitForProbe(page, (q) => q.values.wizard_step === '8');
  await scrollIntoView(page, 'submit');
  await clickWidget(page, 'submit');
  await waitForProbe(page, (q) => q.values.submit_dialog === 'open');
  await snap(page, '12-confirm');
  await page.keyboard.press('Enter');
  p = await waitForProbe(page, (q) => q.values.screen === 'receipt', 20000);
  assert.match(p.values.receipt_no, /^SX2026-\d{6}$/);
  await settle(page);
  await snap(page, '13-receipt');

  const server_ = await serverDraft(page, url);
  assert.equal(server_.summary.receiptNo, p.values.receipt_no);
  assert.equal(server_.summary.state.code, 'at_county');  // submitted: with 小店区's 中小企业主管部门 for 初审
  assert.equal(server_.draft.editable, false);
  doc = server_.draft.document;
  assert.equal(doc.declaration.confirmed, true);
  assert.equal(doc.declaration.legalRepresentative, '张喆');
  assert.deepEqual(doc.operations.map((o) => [o.year, o.revenue, o.profit]), [[2024, '820.00', '96.10'], [2025, '965.30', '-12.50']]);
  const stored = server_.detail.materials.map((m) => [Number(m.kind), m.contentType, m.sizeBytes]).sort((a, b) => a[0] - b[0]);
  assert.deepEqual(stored, Object.entries(files).map(([n, f]) => [Number(n), f.mimeType, f.buffer.length]));
  console.log(`# 整本申请书填写与提交用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒（${phases.join('，')}）`);
  await context.close();
});
