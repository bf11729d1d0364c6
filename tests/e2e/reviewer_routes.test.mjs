// The reviewer's workspace, continued (see reviewer.test.mjs):
//   2. a return with two field comments; the applicant fixes them and resubmits (through the API); the reviewer
//      sees version 2 and what changed, field by field;
//   6. a 综改区 and a 省级主管部门 application each go their own way to the province;
//   then the province's 实地抽查 record, a 公示 from today, an objection and its resolution, all in the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, clickWidget, waitForProbe, shot, focusField, typeText, settle } from './harness.mjs';
import { startDemo, templateDocument, submitNew, stateOf, apiSession, reviewerPage, openCase, beginAction, confirmDialog,
  searchQueue } from './review_helpers.mjs';

let server;
let routed = [];  // test 6's applications, at the province
let browser;
let template;
before(async () => {
  server = await startDemo('2026-02-10');
  browser = await launchBrowser();
  template = await templateDocument(server);
});
after(async () => { await browser?.close(); await server?.stop(); });

// Picks a field of the read-only form and writes its comment.
async function commentOn(page, field, text) {
  await clickWidget(page, 'pick_field');
  await settle(page);
  await clickWidget(page, `field:${field}`);
  await waitForProbe(page, (q) => q.values.picked_field === field);
  await focusField(page, 'comment_text');
  await typeText(page, text);
  await clickWidget(page, 'comment_add');
}

test('2 退回修改附两条字段意见，申请机构修改后重新提交，审核人员看到第 2 版及逐字段的修改', async () => {
  const a = await submitNew(server, template, { name: '退回测试服务有限公司' });
  const { context, page } = await reviewerPage(browser, server, 'xiaodian');
  const opened = await openCase(page, a.uscc, a.id);
  assert.ok(opened.values.case_actions.split(',').includes('return'));
  await commentOn(page, 'basic.address', '地址请写到门牌号，并与营业执照一致');
  await commentOn(page, 'basic.contactPhone', '请填写联系人的手机号码');
  const written = await waitForProbe(page, (q) => (q.values.comments || '').split('|').length === 2);
  assert.equal(written.values.comments,
    'basic.address=地址请写到门牌号，并与营业执照一致|basic.contactPhone=请填写联系人的手机号码');
  await shot(page, 'reviewer-return-comments');
  const dialog = await beginAction(page, 'return');
  assert.match(dialog.values.dialog_text, /退回申请机构修改，附 2 条审核意见/);
  await confirmDialog(page);
  await waitForProbe(page, (q) => q.values.case_state === 'returned');
  const returned = await stateOf(server, a.id);
  assert.equal(returned.state.code, 'returned');
  assert.deepEqual(returned.workflow.openComments.map((c) => c.path), ['basic.address', 'basic.contactPhone']);

  // The applicant fixes both fields and resubmits.
  const draft = (await a.session.get(`applications/${a.id}/draft`)).json;
  const doc = draft.document;
  doc.basic.address = '山西省太原市小店区长风街42号';
  doc.basic.contactPhone = '13912345678';
  doc.materials = [];
  const saved = await a.session.put(`applications/${a.id}/draft`, { baseRevision: draft.revision, document: doc });
  assert.equal(saved.status, 200, saved.text);
  const resubmitted = await a.session.post(`applications/${a.id}/submit`, {});
  assert.equal(resubmitted.status, 200, resubmitted.text);
  assert.equal(resubmitted.json.version, 2);

  // The reviewer reopens it: version 2, and what changed.
  await clickWidget(page, 'back_to_queue');
  const again = await openCase(page, a.uscc, a.id);
  assert.equal(again.values.case_state, 'at_county');
  await clickWidget(page, 'case_tab:versions');
  await waitForProbe(page, (q) => q.values.version_count === '2' && q.rects['compare:1']);
  await clickWidget(page, 'compare:1');
  const diff = await waitForProbe(page, (q) => Number(q.values.changes_count || 0) > 0);
  const changes = Array.from({ length: Number(diff.values.changes_count) }, (_, i) => diff.values[`change:${i}`]);
  assert.ok(changes.includes(`basic.address|${template.basic.address}|山西省太原市小店区长风街42号`), changes.join('\n'));
  assert.ok(changes.includes(`basic.contactPhone|${template.basic.contactPhone}|13912345678`), changes.join('\n'));
  await shot(page, 'reviewer-versions-diff');
  await context.close();
});

async function passAs(account, a, recommendation) {
  const { context, page } = await reviewerPage(browser, server, account);
  const opened = await openCase(page, a.uscc, a.id);
  assert.ok(opened.values.case_actions.split(',').includes('pass'), `${account}：${opened.values.case_actions}`);
  await beginAction(page, 'pass');
  if (recommendation) {
    await focusField(page, 'dialog_recommendation');
    await typeText(page, recommendation);
    await waitForProbe(page, (q) => q.values.dialog_missing === '');
  }
  await confirmDialog(page);
  const done = await waitForProbe(page, (q) => (q.values.case_notice || '').startsWith('审核通过'));
  await context.close();
  return done;
}

test('6 综改区与省级主管部门的申请各自经本单位推荐后到省工信厅', async () => {
  const zone = await submitNew(server, template, { name: '综改区测试服务有限公司',
    routing: { kind: 'reform_zone', unitCode: '140171', unitName: '山西转型综合改革示范区' } });
  const dept = await submitNew(server, template, { name: '主管部门测试服务有限公司',
    routing: { kind: 'department', unitCode: 'dept-drc', unitName: '山西省发展和改革委员会' } });
  assert.equal((await stateOf(server, zone.id)).state.code, 'at_reform_zone');
  assert.equal((await stateOf(server, dept.id)).state.code, 'at_department');
  // Neither passes a county or the city: 小店区 and 太原 do not see them.
  for (const account of ['xiaodian', 'taiyuan']) {
    const { context, page } = await reviewerPage(browser, server, account);
    for (const a of [zone, dept]) assert.equal((await searchQueue(page, a.uscc)).values.queue_total, '0', account);
    await context.close();
  }
  const z = await passAs('zonggai', zone, '综改区管委会同意推荐。');
  assert.equal(z.values.case_state, 'at_province');
  const d = await passAs('department', dept, '省发展改革委同意推荐。');
  assert.equal(d.values.case_state, 'at_province');
  const zs = await stateOf(server, zone.id);
  const ds = await stateOf(server, dept.id);
  assert.equal(zs.workflow.recommendation, '综改区管委会同意推荐。');
  assert.equal(ds.workflow.recommendation, '省发展改革委同意推荐。');
  // Their ways, as the history records them: submit → own unit → province, no county or city step.
  const admin = await apiSession(server.url, 'admin');
  for (const [a, first] of [[zone, 'at_reform_zone'], [dept, 'at_department']]) {
    const steps = (await admin.get(`applications/${a.id}/history`)).json.items.filter((h) => h.from || h.to)
      .map((h) => `${h.event}:${h.from}>${h.to}`);
    assert.deepEqual(steps, [`submit:draft>${first}`, `pass:${first}>at_province`]);
  }
  routed = [zone, dept];
  // The province has both, and may pass them.
  const { context, page } = await reviewerPage(browser, server, 'province');
  for (const a of [zone, dept]) {
    const opened = await openCase(page, a.uscc, a.id);
    assert.equal(opened.values.case_state, 'at_province');
    assert.ok(opened.values.case_actions.split(',').includes('pass'));
    assert.match(opened.values.case_recommendation, /同意推荐/);
    await clickWidget(page, 'back_to_queue');
  }
  await context.close();
});

async function fill(page, name, text) {
  await focusField(page, name);
  await typeText(page, text);
}

test('省工信厅记录实地抽查、列入公示、登记并处理公示异议', async () => {
  assert.equal(routed.length, 2, '需要上一个测试的申请');
  const [a] = routed;
  const { context, page } = await reviewerPage(browser, server, 'province');
  await openCase(page, a.uscc, a.id);
  const spot = await beginAction(page, 'spot_check');
  assert.match(spot.values.dialog_text, /记录一次实地抽查，状态不变/);
  await fill(page, 'dialog_inspectors', '张三、李四');
  await fill(page, 'dialog_result', '服务场所与申报一致，人员在岗');
  await waitForProbe(page, (q) => q.values.dialog_missing === '');
  await confirmDialog(page);
  await waitForProbe(page, (q) => (q.values.case_notice || '').startsWith('记录实地抽查'));
  const checked = await stateOf(server, a.id);
  assert.equal(checked.state.code, 'at_province');
  assert.equal(checked.workflow.spotChecks[0].result, '服务场所与申报一致，人员在岗');
  assert.equal(checked.workflow.spotChecks[0].date, '2026-02-10');

  await beginAction(page, 'pass');
  await confirmDialog(page);
  await waitForProbe(page, (q) => q.values.case_state === 'province_approved');
  // 公示 from today (the dialog's default date), from the case view.
  const pub = await beginAction(page, 'publish');
  assert.equal(pub.values.dialog_end, '2026-02-14');  // 2月14日（星期六）为春节调休上班日
  await confirmDialog(page);
  const inPublicity = await waitForProbe(page, (q) => q.values.case_state === 'in_publicity');
  assert.equal(inPublicity.values.case_publicity, '公示期：2026-02-10 至 2026-02-14');
  assert.match(inPublicity.values.case_state_text, /公示中（2026年2月10日至2026年2月14日）/);

  const raise = await beginAction(page, 'raise_objection');
  assert.match(raise.values.dialog_text, /登记公示异议/);
  await fill(page, 'dialog_reason', '有群众反映该机构专家名单中2人已离职');
  await waitForProbe(page, (q) => q.values.dialog_missing === '');
  await confirmDialog(page);
  await waitForProbe(page, (q) => q.values.case_state === 'objection_pending');
  const resolve = await beginAction(page, 'resolve_objection');
  assert.match(resolve.values.dialog_text, /异议不成立/);
  await fill(page, 'dialog_reason', '经核实2人均在职，异议不成立');
  await waitForProbe(page, (q) => q.values.dialog_missing === '');
  await confirmDialog(page);
  await waitForProbe(page, (q) => q.values.case_state === 'in_publicity');
  const resolved = await stateOf(server, a.id);
  assert.equal(resolved.workflow.objections[0].resolved, true);
  assert.equal(resolved.workflow.objections[0].upheld, false);
  assert.equal(resolved.workflow.publicityEnd, '2026-02-14');
  await context.close();
});
