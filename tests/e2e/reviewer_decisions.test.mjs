// The reviewer's decisions that end or undo a case, in real headless Chromium against a live demo server:
//   a reject needs its reason and ends the case; a bulk return of three applications with one comment; the
//   province removes an admitted institution with a 第十二条 reason (the list's 7th entry, 税收违法黑名单).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, clickWidget, waitForProbe, shot, focusField, typeText, settle, probe } from './harness.mjs';
import { startDemo, templateDocument, submitNew, stateOf, apiSession, reviewerPage, openCase, beginAction,
  confirmDialog, searchQueue } from './review_helpers.mjs';

let server;
let browser;
let template;
before(async () => {
  server = await startDemo('2026-02-10');
  browser = await launchBrowser();
  template = await templateDocument(server);
});
after(async () => { await browser?.close(); await server?.stop(); });

test('驳回须写明理由：没有理由不能确认，确认后审核结束，申请机构收到理由', async () => {
  const a = await submitNew(server, template, { name: '驳回测试服务有限公司' });
  const { context, page } = await reviewerPage(browser, server, 'xiaodian');
  await openCase(page, a.uscc, a.id);
  const dialog = await beginAction(page, 'reject');
  assert.match(dialog.values.dialog_text, /不予通过/);
  assert.match(dialog.values.dialog_missing, /请填写不予通过的理由/);
  // Without a reason the confirmation does nothing.
  await clickWidget(page, 'dialog_confirm');
  await settle(page);
  assert.equal((await probe(page)).values.dialog, '不予通过');
  assert.equal((await stateOf(server, a.id)).state.code, 'at_county');
  const reason = '专职服务人员不足 10 人，不符合指南第六条。';
  await focusField(page, 'dialog_reason');
  await typeText(page, reason);
  await waitForProbe(page, (q) => q.values.dialog_missing === '');
  await confirmDialog(page);
  const done = await waitForProbe(page, (q) => q.values.case_state === 'rejected');
  assert.deepEqual(done.values.case_actions.split(',').filter(Boolean), []);
  const after = await stateOf(server, a.id);
  assert.equal(after.state.code, 'rejected');
  assert.equal(after.workflow.decisionReason, reason);
  // The applicant's inbox names the reason.
  const inbox = await a.session.get('inbox');
  assert.ok(inbox.json.items.some((m) => (m.title + m.body).includes(reason)), JSON.stringify(inbox.json.items));
  await context.close();
});

test('批量退回修改：选中 3 份，确认框写明份数并要求退回意见，3 份都退回申请机构', async () => {
  const apps = [];
  for (let i = 0; i < 3; i++) apps.push(await submitNew(server, template, { name: `批量退回测试机构${i + 1}有限公司` }));
  const { context, page } = await reviewerPage(browser, server, 'xiaodian');
  const found = await searchQueue(page, '批量退回测试');
  assert.equal(found.values.queue_total, '3');
  await clickWidget(page, 'select_all');
  await waitForProbe(page, (q) => q.values.selected === '3');
  await clickWidget(page, 'bulk_return');
  const dialog = await waitForProbe(page, (q) => q.values.dialog === '批量退回修改');
  assert.match(dialog.values.dialog_text, /3 份/);
  assert.match(dialog.values.dialog_missing, /请填写退回意见/);
  const comment = '请补充近两年的服务案例佐证材料。';
  await focusField(page, 'dialog_reason');
  await typeText(page, comment);
  await waitForProbe(page, (q) => q.values.dialog_missing === '');
  await confirmDialog(page);
  const done = await waitForProbe(page, (q) => (q.values.queue_notice || '').startsWith('已办理'));
  assert.equal(done.values.queue_notice, '已办理 3 份');
  for (const a of apps) {
    const s = await stateOf(server, a.id);
    assert.equal(s.state.code, 'returned');
    assert.ok(JSON.stringify(s.workflow.history.at(-1)).includes(comment));
  }
  await context.close();
});

test('省工信厅将已入库机构移出资源库，选择第十二条原因，服务器记下原因', async () => {
  await server.restartOn('2026-05-10');  // after the demo's admissions (2026-04-10): removal dates follow them
  const admin = await apiSession(server.url, 'province');
  const pool = await admin.get('queue?state=admitted&pageSize=50');
  assert.ok(pool.json.items.length > 0, '演示数据应有已入库机构');
  const target = pool.json.items[0];
  const { context, page } = await reviewerPage(browser, server, 'province');
  await openCase(page, target.uscc, target.id);
  const dialog = await beginAction(page, 'remove');
  assert.match(dialog.values.dialog_text, /移出/);
  await clickWidget(page, 'dialog_removal');
  await waitForProbe(page, (q) => q.rects['dialog_removal:tax_blacklist']);
  await clickWidget(page, 'dialog_removal:tax_blacklist');
  await waitForProbe(page, (q) => q.values.dialog_removal === 'tax_blacklist');
  await shot(page, 'reviewer-remove-dialog');
  await confirmDialog(page);
  await waitForProbe(page, (q) => q.values.case_state === 'removed');
  const after = await stateOf(server, target.id);
  assert.equal(after.state.code, 'removed');
  assert.equal(after.workflow.removalReason, 'tax_blacklist');
  await context.close();
});
