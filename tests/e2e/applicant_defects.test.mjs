// What a new applicant tripped over (issue 16), each reproduced in real headless Chromium against a live server
// and asserted on what the user sees (the probe's texts and rectangles, screenshots) and on the server's state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, probe, clickWidget, settle, waitForProbe, reloadApp, shot, typeInto,
  openWizard, goToStep, signInByApi, uploadMaterial } from './harness.mjs';
import { makeUscc } from './fixtures.mjs';

let server;
let browser;
before(async () => { server = await startServer(['--demo']); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const snap = (page, name) => shot(page, `defects-${name}`);
const api = (context, method, path, data) => context.request.fetch(server.url + 'api/v1/' + path,
  { method, headers: { 'X-Sxpool-Request': '1' }, ...(data === undefined ? {} : { data }) });

// A registered applicant with an application (created on first use), through the API.
async function registered(uscc, name, password = 'Defects#2026x') {
  const r = await fetch(server.url + 'api/v1/applicants', {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Sxpool-Request': '1' },
    body: JSON.stringify({ uscc, name, contactName: '赵敏', contactPhone: '13800001111', email: 'zm@example.cn', password }),
  });
  return { status: r.status, body: await r.json().catch(() => ({})), uscc, password };
}

async function signedInApp(account, password) {
  const { context, page, consoleLines } = await openApp(browser, server.url);
  await signInByApi(context, server.url, account, password);
  await reloadApp(page);
  return { context, page, consoleLines };
}

test('1 查看已提交的申请书：不显示“登录已过期”，不保存草稿，状态不是“未登录”', async () => {
  const demo = { account: '91140105MA54QJ070P', password: 'Demo2026!sx' };  // the demo's ready-to-submit applicant
  const { context, page } = await signedInApp(demo.account, demo.password);
  const apps = await (await api(context, 'GET', 'applications')).json();
  const id = apps.items[0].id;
  const before = await (await api(context, 'GET', `applications/${id}/draft`)).json();
  const submitted = await api(context, 'POST', `applications/${id}/submit`, { revision: before.revision });
  assert.equal(submitted.status(), 200, await submitted.text());

  await reloadApp(page);
  await waitForProbe(page, (q) => q.values.screen === 'home' && q.values.application_state && q.values.application_state !== 'draft', 20000);
  await clickWidget(page, 'open_wizard');
  await waitForProbe(page, (q) => q.values.screen === 'wizard');
  await settle(page);
  await page.waitForTimeout(1500);  // longer than a draft push's pause: nothing may happen meanwhile
  await settle(page);
  const p = await probe(page);
  await snap(page, '1-submitted-read-only');
  assert.equal(p.rects.relogin_password, undefined, '不应弹出“登录已过期”');
  assert.doesNotMatch(p.values.sync_status, /未登录|离线/);
  assert.equal((await api(context, 'GET', 'session')).status(), 200, '服务器上的登录仍有效');
  const after = await (await api(context, 'GET', `applications/${id}/draft`)).json();
  assert.equal(after.revision, before.revision, '只读查看不保存草稿');
  await context.close();
});

// A well-formed code whose GB 32100 check character fails (as some early pilot codes do).
function failingCheck(uscc) { return uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0'); }

async function registerInUi(page, uscc, name) {
  await waitForProbe(page, (q) => q.values.screen === 'signin');
  await clickWidget(page, 'tab:register');
  await typeInto(page, 'signin:uscc', uscc);
  await typeInto(page, 'signin:name', name, { ime: true });
  await typeInto(page, 'signin:contact', '周杰', { ime: true });
  await typeInto(page, 'signin:phone', '13912340000');
  await typeInto(page, 'signin:email', 'zj@early.example.cn');
  await typeInto(page, 'signin:reg_password', 'Early#2026pilot');
  await typeInto(page, 'signin:reg_password2', 'Early#2026pilot');
  await clickWidget(page, 'signin:register');
}

test('4 注册：校验位不符但格式正确的代码按人工复核受理（并告知），格式错误的代码仍被拒绝', async () => {
  const { context, page } = await openApp(browser, server.url);
  const malformed = '91140105MA0E2E0IO1';  // I and O are not in the alphabet
  await registerInUi(page, malformed, '太原早期试点服务有限公司');
  let p = await waitForProbe(page, (q) => q.values.screen === 'signin' && q.values.signin_message);
  assert.equal(p.values.screen, 'signin');
  assert.equal((await api(context, 'GET', 'session')).status(), 401);

  await reloadApp(page);
  const early = failingCheck(makeUscc('140105', 'MA0PIL01'));
  await registerInUi(page, early, '太原早期试点服务有限公司');
  p = await waitForProbe(page, (q) => q.values.screen === 'home' && q.values.notice, 20000);
  assert.match(p.values.notice, /人工复核/);
  await settle(page);
  await snap(page, '4-registered-manual-review');
  const apps = await (await api(context, 'GET', 'applications')).json();
  const id = apps.items[0].id;
  const draft = await (await api(context, 'GET', `applications/${id}/draft`)).json();
  assert.equal(draft.document.basic.uscc, early);
  assert.equal(draft.document.basic.usccManualReview, true);
  assert.equal(draft.document.routing.code, '140105', '属地来自代码中的山西行政区划（小店区）');
  const validation = await (await api(context, 'POST', `applications/${id}/validate`, {})).json();
  const findings = JSON.stringify(validation);
  assert.match(findings, /manual_review/, '校验结果把代码交给审核人员人工复核');
  await context.close();
});
