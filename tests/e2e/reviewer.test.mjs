// The reviewer's workspace in real headless Chromium against a live demo server (--today moves the workflow's
// clock; a restart on the same data directory moves it on). Applicants submit through the API; every review step
// is taken in the browser (queue → case → action → confirmation), and each test checks the screen and the server.
//   3. a reviewer of another county neither sees the application nor can act on it through the API;
//   4. a bulk pass of 20 applications from the queue, the count named in the confirmation;
//   1. county → city (推荐意见) → province pass, a 公示 batch starting 2026-02-12 ends 2026-02-25, an early
//      admission is refused naming the end date, admission after it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, clickWidget, settle, waitForProbe, shot, focusField, typeText, probeValue, pressMovingFocus,
  tabTo } from './harness.mjs';
import { startDemo, templateDocument, submitNew, stateOf, apiSession, reviewerPage, openCase, beginAction,
  confirmDialog, searchQueue, replaceText } from './review_helpers.mjs';

let server;
let browser;
let template;
before(async () => {
  server = await startDemo('2026-02-10');
  browser = await launchBrowser();
  template = await templateDocument(server);
});
after(async () => { await browser?.close(); await server?.stop(); });

test('3 另一县的审核人员在界面上看不到这份申请，通过接口也无法查看或办理（403/404）', async () => {
  const a = await submitNew(server, template, { name: '属地测试服务有限公司' });
  // 小店区 sees it …
  const own = await reviewerPage(browser, server, 'xiaodian');
  await searchQueue(own.page, a.uscc);
  const p0 = await waitForProbe(own.page, (q) => q.values.queue_ids === String(a.id));
  assert.equal(p0.values.queue_total, '1');
  await own.context.close();
  // … 迎泽区 does not: not by its USCC, not by its name, not among everything it sees.
  const other = await reviewerPage(browser, server, 'yingze');
  const all = await waitForProbe(other.page, (q) => q.values.queue_ids !== undefined);
  assert.ok(!all.values.queue_ids.split(',').includes(String(a.id)));
  for (const text of [a.uscc, a.name]) {
    const p = await searchQueue(other.page, text);
    assert.equal(p.values.queue_total, '0', `迎泽区搜索“${text}”不应找到`);
    assert.ok(!p.rects[`open:${a.id}`]);
  }
  await other.context.close();
  const yingze = await apiSession(server.url, 'yingze');
  const view = await yingze.get(`applications/${a.id}`);
  assert.ok([403, 404].includes(view.status), `查看：${view.status}`);
  for (const body of [{ action: 'pass' }, { action: 'return', comments: [{ path: 'basic.name', comment: '改' }] },
    { action: 'reject', reason: '不符合' }]) {
    const r = await yingze.post(`applications/${a.id}/actions`, body);
    assert.ok([403, 404].includes(r.status), `${body.action}：${r.status}`);
  }
  const bulk = await yingze.post('actions/bulk', { action: 'pass', ids: [a.id] });
  assert.equal(bulk.json.done, 0);
  assert.equal((await stateOf(server, a.id)).state.code, 'at_county');
});

test('4 在队列中批量审核通过 20 份申请，确认框写明份数', async () => {
  const apps = [];
  for (let i = 0; i < 20; i++) apps.push(await submitNew(server, template, { name: `批量测试服务机构${i + 1}有限公司` }));
  const { context, page } = await reviewerPage(browser, server, 'xiaodian');
  const found = await searchQueue(page, '批量测试');
  assert.equal(found.values.queue_total, '20');
  await clickWidget(page, 'select_all');
  await waitForProbe(page, (q) => q.values.selected === '20');
  await shot(page, 'reviewer-queue');
  await clickWidget(page, 'bulk_pass');
  const dialog = await waitForProbe(page, (q) => q.values.dialog === '批量审核通过');
  assert.match(dialog.values.dialog_text, /选中的 20 份申请审核通过/);
  await shot(page, 'reviewer-bulk-confirm');
  await confirmDialog(page);
  const done = await waitForProbe(page, (q) => (q.values.queue_notice || '').startsWith('已办理'));
  assert.equal(done.values.queue_notice, '已办理 20 份');
  for (const a of apps) assert.equal((await stateOf(server, a.id)).state.code, 'at_city');
  // The queue shows the new state.
  const after = await waitForProbe(page, (q) => q.values.queue_loading === '0');
  assert.deepEqual(after.values.queue_states.split(','), Array(20).fill('at_city'));
  await context.close();
});

test('只用键盘办理队列：Tab 进入表格，空格勾选，Enter 打开申请与确认，Esc 取消', async () => {
  const apps = [];
  for (let i = 0; i < 2; i++) apps.push(await submitNew(server, template, { name: `键盘办理服务机构${i + 1}有限公司` }));
  const { context, page } = await reviewerPage(browser, server, 'xiaodian');
  const found = await searchQueue(page, '键盘办理');  // the search field keeps the focus: from here on only keys
  assert.equal(found.values.queue_total, '2');
  const [first, second] = found.values.queue_ids.split(',');
  // Tab through the search button, the bulk bar, the pager and the column headers into the first row.
  // (The search was clicked, so the first Tab only shows where the focus is, as in every ImGui window.)
  await page.keyboard.press('Tab');
  await settle(page);
  const visited = [];
  for (let i = 0; i < 30 && (await probeValue(page, 'focus')) !== `select:${first}`; i++) {
    await pressMovingFocus(page, 'Tab');
    visited.push(await probeValue(page, 'focus'));
  }
  assert.equal(await probeValue(page, 'focus'), `select:${first}`, `Tab 依次经过：${visited.join(' → ')}`);
  await page.keyboard.press('Space');
  await waitForProbe(page, (q) => q.values.selected === '1');
  await tabTo(page, `open:${first}`);
  await tabTo(page, `select:${second}`);
  await page.keyboard.press('Space');
  await waitForProbe(page, (q) => q.values.selected === '2');
  // Back up to 批量审核通过: Enter opens the confirmation, Esc cancels it and nothing changes.
  for (let i = 0; i < 30 && (await probeValue(page, 'focus')) !== 'bulk_pass'; i++) await pressMovingFocus(page, 'Shift+Tab');
  assert.equal(await probeValue(page, 'focus'), 'bulk_pass');
  await page.keyboard.press('Enter');
  const dialog = await waitForProbe(page, (q) => q.values.dialog === '批量审核通过');
  assert.match(dialog.values.dialog_text, /选中的 2 份申请审核通过/);
  await page.keyboard.press('Escape');
  await waitForProbe(page, (q) => q.values.dialog === '');
  for (const a of apps) assert.equal((await stateOf(server, a.id)).state.code, 'at_county');
  // Enter again, and Enter confirms.
  await page.keyboard.press('Enter');
  await waitForProbe(page, (q) => q.values.dialog === '批量审核通过');
  await page.keyboard.press('Enter');
  const done = await waitForProbe(page, (q) => (q.values.queue_notice || '').startsWith('已办理'));
  assert.equal(done.values.queue_notice, '已办理 2 份');
  for (const a of apps) assert.equal((await stateOf(server, a.id)).state.code, 'at_city');
  // Enter on a name opens its case.
  for (let i = 0; i < 30 && (await probeValue(page, 'focus')) !== `open:${first}`; i++) await pressMovingFocus(page, 'Tab');
  assert.equal(await probeValue(page, 'focus'), `open:${first}`);
  await page.keyboard.press('Enter');
  await waitForProbe(page, (q) => q.values.screen === 'reviewer_case' && q.values.case_id === first, 20000);
  await context.close();
});

// One reviewer step in the browser: open the case from the queue, pass it (with 推荐意见 where needed).
async function passInBrowser(account, a, { recommendation, shotName } = {}) {
  const { context, page } = await reviewerPage(browser, server, account);
  const opened = await openCase(page, a.uscc, a.id);
  assert.ok(opened.values.case_actions.split(',').includes('pass'), `${account} 应能审核通过：${opened.values.case_actions}`);
  if (shotName) await shot(page, shotName);
  const dialog = await beginAction(page, 'pass');
  assert.match(dialog.values.dialog_text, /共 1 份申请/);
  if (recommendation) {
    assert.notEqual(dialog.values.dialog_missing, '', '没有推荐意见时不能确认');
    await focusField(page, 'dialog_recommendation');
    await typeText(page, recommendation);
    await waitForProbe(page, (q) => q.values.dialog_missing === '');
  }
  await confirmDialog(page);
  const done = await waitForProbe(page, (q) => (q.values.case_notice || '').startsWith('审核通过'));
  await context.close();
  return done;
}

test('1 县→市（推荐意见）→省审核通过，2026-02-12 起公示至 2026-02-25，公示结束后纳入资源库', async () => {
  const a = await submitNew(server, template, { name: '全流程测试服务有限公司' });
  const county = await passInBrowser('xiaodian', a, { shotName: 'reviewer-case' });
  assert.equal(county.values.case_state, 'at_city');
  assert.equal((await stateOf(server, a.id)).state.code, 'at_city');

  const recommendation = '经审核，该机构服务能力突出，同意推荐。';
  const city = await passInBrowser('taiyuan', a, { recommendation });
  assert.equal(city.values.case_state, 'at_province');
  const afterCity = await stateOf(server, a.id);
  assert.equal(afterCity.state.code, 'at_province');
  assert.equal(afterCity.workflow.recommendation, recommendation);

  const province = await passInBrowser('province', a);
  assert.equal(province.values.case_state, 'province_approved');

  // The 公示 batch from the queue: the end date shown before confirming.
  const { context, page } = await reviewerPage(browser, server, 'province');
  await searchQueue(page, a.uscc);
  await waitForProbe(page, (q) => q.values.queue_ids === String(a.id));
  await clickWidget(page, `select:${a.id}`);
  await waitForProbe(page, (q) => q.values.selected === '1');
  await clickWidget(page, 'bulk_publish');
  await waitForProbe(page, (q) => q.values.dialog === '列入公示');
  await replaceText(page, 'dialog_date', '2026-02-12');
  const dialog = await waitForProbe(page, (q) => q.values.dialog_end === '2026-02-25');
  assert.match(dialog.values.dialog_text, /公示期 2026-02-12 至 2026-02-25/);
  await shot(page, 'reviewer-publicity-dialog');
  await confirmDialog(page);
  await waitForProbe(page, (q) => (q.values.queue_notice || '').startsWith('已列入公示'));
  const published = await stateOf(server, a.id);
  assert.equal(published.state.code, 'in_publicity');
  assert.equal(published.workflow.publicityStart, '2026-02-12');
  assert.equal(published.workflow.publicityEnd, '2026-02-25');
  assert.match(published.nextStep, /公示将于2026年2月12日开始，至2026年2月25日结束/);

  // Before its start the queue row and the case say so, with both dates; admitting now is refused naming the end date.
  const row = await waitForProbe(page, (q) => (q.values[`row_state:${a.id}`] || '').startsWith('公示将于'));
  assert.equal(row.values[`row_state:${a.id}`], '公示将于2026年2月12日开始，至2026年2月25日结束');
  await clickWidget(page, `open:${a.id}`);
  const c = await waitForProbe(page, (q) => q.values.screen === 'reviewer_case' && q.values.case_id === String(a.id));
  assert.match(c.values.case_state_text, /公示将于2026年2月12日开始/);
  assert.equal(c.values.case_publicity, '公示期：2026-02-12 至 2026-02-25');
  await beginAction(page, 'admit');
  const refused = await confirmDialog(page);
  assert.match(refused.values.dialog_error, /2026-02-25/);
  assert.doesNotMatch(refused.values.dialog_error, /系统日期/);
  await shot(page, 'reviewer-admit-refused');
  await context.close();
  assert.equal((await stateOf(server, a.id)).state.code, 'in_publicity');

  // The day after the fifth working day: admitted.
  await server.restartOn('2026-02-26');
  const later = await reviewerPage(browser, server, 'province');
  const reopened = await openCase(later.page, a.uscc, a.id);
  assert.match(reopened.values.case_state_text, /公示中（2026年2月12日至2026年2月25日）/);
  const admit = await beginAction(later.page, 'admit');
  assert.match(admit.values.dialog_text, /纳入山西省优质中小企业服务资源库/);
  await confirmDialog(later.page);
  const admitted = await waitForProbe(later.page, (q) => q.values.case_state === 'admitted');
  assert.match(admitted.values.case_notice, /纳入资源库/);
  assert.equal((await stateOf(server, a.id)).state.code, 'admitted');
  // The history names who, when, what, from → to.
  await clickWidget(later.page, 'case_tab:history');
  const h = await waitForProbe(later.page, (q) => Number(q.values.history_count || 0) >= 6);
  const rows = Array.from({ length: Number(h.values.history_count) }, (_, i) => h.values[`history:${i}`]);
  assert.ok(rows.some((r) => r.startsWith('taiyuan|pass|市级初审中 → 省工信厅审核中|') && r.includes(recommendation)), rows.join('\n'));
  assert.ok(rows.some((r) => r.startsWith('province|admit|公示中 → 已入库')), rows.join('\n'));
  await later.context.close();
});
