// Browser test (issue 14, 指南第十条): an admitted institution files its quarterly service report from its home
// screen; on a later day (the server started with a later --today) institutions that missed two periods are on the
// 通报 list the province publishes from its 服务情况报送 screen. Asserts on the screen (widget map) and on the
// server's state; screenshots under artifacts/e2e/.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, clickWidget, settle, waitForProbe, typeInto, shot, signInByApi }
  from './harness.mjs';

const demoPassword = 'Demo2026!sx';
const servers = [];
let browser;
after(async () => { await browser?.close(); for (const s of servers) await s.stop(); });

async function signInInUi(page, who, password) {
  await waitForProbe(page, (q) => q.values.screen === 'signin' && q.rects['signin:account']);
  await typeInto(page, 'signin:account', who);
  await typeInto(page, 'signin:password', password);
  await page.keyboard.press('Enter');
}

// The demo's admitted applications as the admin's queue lists them.
async function admitted(url) {
  const admin = await browser.newContext();
  await signInByApi(admin, url, 'admin', demoPassword);
  const q = await (await admin.request.get(url + 'api/v1/queue?state=admitted&pageSize=50')).json();
  await admin.close();
  return q.items;
}

test('入库机构在首页报送季度服务情况：显示本周期截止日，报送后服务器上有记录', async () => {
  const server = await startServer(['--demo', '--today', '2026-04-20']);
  servers.push(server);
  browser ??= await launchBrowser();
  const institution = (await admitted(server.url)).find((i) => i.routingKind === 'county');
  assert.ok(institution, '演示数据中应有经县级推荐入库的机构');

  const { page, context } = await openApp(browser, server.url);
  await signInInUi(page, institution.uscc, demoPassword);
  const home = await waitForProbe(page, (q) => q.values.screen === 'home' && q.values.report_next_due, 20000);
  assert.equal(home.values.report_next_due, '2026-06-15');
  assert.equal(home.values.report_overdue, '');
  assert.equal(home.values.report_current_reported, 'no');
  assert.match(home.values.report_message, /请在2026-06-15前报送/);
  await typeInto(page, 'report:enterprises', '35');
  await typeInto(page, 'report:activities', '4');
  await typeInto(page, 'report:public', '12');
  await typeInto(page, 'report:income', '18.5');
  await typeInto(page, 'report:cases', '2');
  await typeInto(page, 'report:summary', '本季度为35家企业开展数字化诊断', { ime: true });
  await settle(page);
  await shot(page, 'reports-quarterly-form');
  await clickWidget(page, 'report:submit');
  const filed = await waitForProbe(page, (q) => q.values.report_current_reported === 'yes', 20000);
  assert.match(filed.values.report_form_message, /已报送本周期服务情况/);
  await shot(page, 'reports-quarterly-filed');

  const mine = await (await context.request.get(server.url + 'api/v1/reports/mine')).json();
  const reports = mine.items[0].reports;
  assert.equal(reports.length, 1);
  assert.equal(reports[0].periodDue, '2026-06-15');
  assert.equal(reports[0].enterprisesServed, 35);
  assert.equal(reports[0].income, '18.50');
  assert.equal(reports[0].summary, '本季度为35家企业开展数字化诊断');
  await context.close();
});

test('连续2个周期未报送的机构出现在省工信厅发布的通报名单上', async () => {
  // 2026-09-20: the 6/15 and 9/15 periods of the institutions admitted on 2026-04-10 have closed unreported.
  const server = await startServer(['--demo', '--today', '2026-09-20']);
  servers.push(server);
  browser ??= await launchBrowser();
  const missing = (await admitted(server.url)).find((i) => i.routingKind === 'reform_zone');
  assert.ok(missing);

  const { page, context } = await openApp(browser, server.url);
  await signInInUi(page, 'province', demoPassword);
  await waitForProbe(page, (q) => q.rects['appbar:reports'], 20000);
  await clickWidget(page, 'appbar:reports');
  const screen = await waitForProbe(page, (q) => q.values.screen === 'reports' && q.values.reports_due, 20000);
  assert.equal(screen.values.reports_due, '2026-09-15');
  assert.equal(screen.values[`report_row:${missing.id}`], 'missing');
  assert.ok(screen.values.notice_candidates.includes(missing.name), screen.values.notice_candidates);
  assert.equal(screen.values.notice_lists, '0');
  await shot(page, 'reports-notice-candidates');
  await clickWidget(page, 'reports:publish');
  const published = await waitForProbe(page, (q) => q.values.notice_lists === '1', 20000);
  assert.ok(published.values.notice_latest.includes(missing.name), published.values.notice_latest);
  assert.match(published.values.reports_message, /通报名单已发布/);
  await shot(page, 'reports-notice-published');

  const lists = await (await context.request.get(server.url + 'api/v1/reports/notices')).json();
  assert.equal(lists.items.length, 1);
  const entry = lists.items[0].entries.find((e) => e.applicationId === missing.id);
  assert.ok(entry, '通报名单应包含该机构');
  assert.deepEqual(entry.missedDues, ['2026-06-15', '2026-09-15']);
  await context.close();
});
