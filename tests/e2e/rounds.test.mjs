// Browser test (issue 14): the 2027 round opens after its holiday calendar is loaded. The admin creates the 2027
// round in 申报轮次; opening it is refused until the 2027 calendar is pasted and loaded (a CSV with mistakes first:
// each line's problem is shown); opening it closes 2026. With the demo clock in 2027 the round in force is 2027 and
// the province's 公示 dialog computes the end date from the 2027 calendar. holidays_2027.csv is test data in the
// format of assets/data/holidays.csv, not the State Council's notice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, appReady, clickWidget, waitForProbe, shot, pasteInto, repoRoot }
  from './harness.mjs';
import { startDemo, apiSession, DEMO_PASSWORD, replaceText, searchQueue, confirmDialog, stateOf }
  from './review_helpers.mjs';

const holidays2027 = readFileSync(path.join(repoRoot, 'tests/integration/data/holidays_2027.csv'), 'utf8');

let server;
let browser;
before(async () => { server = await startDemo('2026-04-20'); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

async function signedInPage(account) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'] });
  const r = await context.request.post(server.url + 'api/v1/session', { headers: { 'X-Sxpool-Request': '1' },
    data: { account, password: DEMO_PASSWORD } });
  assert.ok(r.ok(), `登录失败 ${account}`);
  const page = await context.newPage();
  await page.goto(server.url);
  await appReady(page);
  return { context, page };
}

const pasteCalendar = (page, text) => pasteInto(page, 'calendar:csv', text);

test('2027年度轮次：未载入节假日安排时不能开放；载入（先报错逐行提示）后开放，2026年度同时关闭；2027年的公示截止日按2027年安排计算',
  async () => {
    const { context, page } = await signedInPage('admin');
    await waitForProbe(page, (q) => q.rects['appbar:rounds'], 20000);
    await clickWidget(page, 'appbar:rounds');
    await waitForProbe(page, (q) => q.values.screen === 'rounds' && q.values.rounds_count === '1');
    assert.equal((await waitForProbe(page, (q) => q.values['round:2026'])).values['round:2026'], 'open|calendar');

    // 新建轮次: prefilled one year on from 2026.
    await clickWidget(page, 'rounds:create');
    await waitForProbe(page, (q) => q.values.dialog === 'round_form' && q.rects['roundform:submit']);
    await shot(page, 'rounds-create-dialog');
    await clickWidget(page, 'roundform:submit');
    const created = await waitForProbe(page, (q) => q.values['round:2027'] === 'draft|nocalendar');
    assert.match(created.values.rounds_message, /2027年度申报轮次已新建（未开放）；开放前请先载入该年的节假日安排/);

    // Opening without the calendar: refused in the dialog, with what to load.
    await clickWidget(page, 'round:2027:open');
    await waitForProbe(page, (q) => q.values.dialog === 'confirm_round' && q.rects['roundconfirm:ok']);
    assert.match((await waitForProbe(page, (q) => q.values.roundconfirm_text)).values.roundconfirm_text,
      /正在受理的2026年度轮次将同时关闭/);
    await clickWidget(page, 'roundconfirm:ok');
    const refused = await waitForProbe(page, (q) => /节假日/.test(q.values.roundconfirm_message || ''));
    assert.match(refused.values.roundconfirm_message, /尚未载入2027年的节假日安排，不能开放2027年度申报轮次/);
    await shot(page, 'rounds-open-refused');
    await clickWidget(page, 'roundconfirm:cancel');
    await waitForProbe(page, (q) => q.values.dialog !== 'confirm_round');

    // A CSV with mistakes: nothing loaded, each problem with its line.
    const year = await waitForProbe(page, (q) => q.rects['calendar:csv']);
    assert.ok(year.rects['calendar:year']);
    await replaceText(page, 'calendar:year', '2027');
    await pasteCalendar(page, 'date,kind,name\n2027-01-01,holiday,元旦\n2026-10-01,holiday,国庆节\n2027-04-28,workday,x\n');
    await clickWidget(page, 'calendar:submit');
    const bad = await waitForProbe(page, (q) => q.values.calendar_problems === '2');
    assert.match(bad.values.calendar_message, /2027年节假日安排有 2 处问题，未载入：第3行/);
    await shot(page, 'rounds-calendar-errors');
    assert.equal(bad.values['round:2027'], 'draft|nocalendar');

    // The right file: loaded.
    await pasteCalendar(page, holidays2027);
    await clickWidget(page, 'calendar:submit');
    const loaded = await waitForProbe(page, (q) => q.values['round:2027'] === 'draft|calendar');
    assert.match(loaded.values.calendar_message, /2027年节假日安排已载入/);
    assert.equal(loaded.values.calendar_years, '2025、2026、2027');

    // Now it opens, and 2026 closes.
    await clickWidget(page, 'round:2027:open');
    await waitForProbe(page, (q) => q.values.dialog === 'confirm_round' && q.rects['roundconfirm:ok']);
    await clickWidget(page, 'roundconfirm:ok');
    const opened = await waitForProbe(page, (q) => q.values['round:2027'] === 'open|calendar');
    assert.equal(opened.values['round:2026'], 'closed|calendar');
    assert.match(opened.values.rounds_message, /2027年度申报轮次已开放/);
    await shot(page, 'rounds-2027-open');
    await context.close();

    // The server's state: 2027 is the round in force; audit rows for each step.
    const admin = await apiSession(server.url, 'admin');
    const round = (await admin.get('round')).json;
    assert.equal(round.year, 2027);
    assert.equal(round.open, true);
    const events = (await admin.get('audit?limit=50')).json.items.map((r) => r.event);
    for (const e of ['round_created', 'calendar_loaded', 'round_opened', 'round_closed']) assert.ok(events.includes(e), e);

    // The demo clock in 2027: the province publishes a 公示 over 劳动节 2027, the end date from the 2027 calendar.
    await server.restartOn('2027-04-26');
    const province = await apiSession(server.url, 'province');
    assert.equal((await province.get('round')).json.today, '2027-04-26');
    const approved = (await province.get('queue?state=province_approved&pageSize=5')).json.items[0];
    assert.ok(approved, '演示数据中应有省级审核通过的申请');
    const p = await signedInPage('province');
    await waitForProbe(p.page, (q) => q.values.screen === 'reviewer' && q.values.queue_loading === '0', 30000);
    await searchQueue(p.page, approved.uscc);
    await waitForProbe(p.page, (q) => q.values.queue_ids === String(approved.id));
    await clickWidget(p.page, `select:${approved.id}`);
    await waitForProbe(p.page, (q) => q.values.selected === '1');
    await clickWidget(p.page, 'bulk_publish');
    await waitForProbe(p.page, (q) => q.values.dialog === '列入公示');
    await replaceText(p.page, 'dialog_date', '2027-04-28');
    // 4/28, 4/29, 4/30, then 劳动节 5/1–5/5, 5/6, 5/7.
    await waitForProbe(p.page, (q) => q.values.dialog_end === '2027-05-07');
    await shot(p.page, 'rounds-publicity-2027');
    await confirmDialog(p.page);
    const published = await stateOf(server, approved.id);
    assert.equal(published.workflow.publicityEnd, '2027-05-07');
    await p.context.close();
  });
