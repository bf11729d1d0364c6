// 指南第九、十二条 in real headless Chromium: the province admits with the classification the dialog suggests (and
// changes), and a removed institution under the 2-year ban is refused at registration with the day the ban ends.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openApp, clickWidget, waitForProbe, shot, typeInto } from './harness.mjs';
import { startDemo, apiSession, reviewerPage, openCase, beginAction, confirmDialog, probe } from './review_helpers.mjs';

let server;
let browser;
before(async () => { server = await startDemo('2026-04-20'); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('被直接移出资源库的机构在2年内注册被拒，并显示可重新申请的日期', async () => {
  const province = await apiSession(server.url, 'province');
  const admitted = (await province.get('queue?state=admitted')).json.items;
  assert.ok(admitted.length > 0);
  const { id, uscc } = admitted[0];
  const removed = await province.post(`applications/${id}/actions`,
    { action: 'remove', removalReason: 'data_fraud', reason: '服务成效数据无法核实' });
  assert.equal(removed.status, 200);

  const { context, page } = await openApp(browser, server.url);
  await waitForProbe(page, (q) => q.values.screen === 'signin');
  await clickWidget(page, 'tab:register');
  await typeInto(page, 'signin:uscc', uscc);
  await typeInto(page, 'signin:name', '被移出的服务机构', { ime: true });
  await typeInto(page, 'signin:contact', '李娜', { ime: true });
  await typeInto(page, 'signin:phone', '13912345678');
  await typeInto(page, 'signin:reg_password', 'Applicant#2026x');
  await typeInto(page, 'signin:reg_password2', 'Applicant#2026x');
  await clickWidget(page, 'signin:register');
  const q = await waitForProbe(page, (s) => /起方可重新申请/.test(s.values.signin_message || ''));
  assert.match(q.values.signin_message, /2028-04-20起方可重新申请/);
  assert.match(q.values.signin_message, /第十二条/);
  assert.equal(q.values.screen, 'signin');
  await shot(page, 'pool-1-registration-banned');
  await context.close();
});

test('省工信厅纳入资源库时确认建议的服务性质与类别，案件页显示分类', async () => {
  await server.restartOn('2026-05-20');  // the demo's 公示 batches have ended by then
  const province = await apiSession(server.url, 'province');
  let target = null;
  for (const item of (await province.get('queue?state=in_publicity&pageSize=50')).json.items) {
    const d = (await province.get(`applications/${item.id}`)).json;
    if (d.availableActions.some((a) => (a.code ?? a) === 'admit') && d.workflow.publicityEnd < '2026-05-20') {
      target = item;
      break;
    }
  }
  assert.ok(target, '没有公示期满的申请');
  const { page, context } = await reviewerPage(browser, server, 'province');
  await openCase(page, target.uscc, target.id);
  await beginAction(page, 'admit');
  let q = await waitForProbe(page, (s) => s.values.dialog === '纳入资源库' && s.values.dialog_suggestion);
  assert.match(q.values.dialog_suggestion, /服务机构 · .+类/);
  await shot(page, 'pool-2-admit-dialog');
  await confirmDialog(page);
  q = await waitForProbe(page, (s) => s.values.case_state === 'admitted' && s.values.case_classification, 20000);
  assert.match(q.values.case_classification, /2026-05-20入库/);
  const v = (await province.get(`pool/${target.id}/classification`)).json;
  assert.equal(v.source, 'admission');
  assert.ok(q.values.case_classification.startsWith(v.classification.character.label));
  await shot(page, 'pool-3-admitted-classification');
  await context.close();
});
