// The review journeys' shared steps: a server whose "today" can be moved on (a restart on the same data
// directory with another --today, as the integration tests' Demo::restartOn does), applicants who submit through
// the API (the applicant's journey is tested elsewhere), and the reviewer's steps in the browser.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, appReady, clickWidget, waitForProbe, settle, probe, focusField, typeText } from './harness.mjs';
import { makeUscc, minimalPdf } from './fixtures.mjs';

export const DEMO_PASSWORD = 'Demo2026!sx';
const H = { 'X-Sxpool-Request': '1', 'Content-Type': 'application/json' };

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
    srv.on('error', reject);
  });
}

// A demo server on `today`; restartOn(day) stops it and starts it again on the same data with another date.
export async function startDemo(today) {
  const binary = process.env.SXPOOL_BIN || path.join(repoRoot, 'build/native/server/sxpool');
  const webDir = process.env.SXPOOL_WEB_DIR || path.join(repoRoot, 'build/web/dist');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sxpool-review-'));
  const s = { dataDir, output: '', proc: null, url: '' };
  s.start = async (day) => {
    const port = await freePort();
    s.output = '';
    s.proc = spawn(binary, ['serve', '--demo', '--host', '127.0.0.1', '--port', String(port), '--data-dir', dataDir,
      '--web-dir', webDir, '--today', day], { stdio: ['ignore', 'pipe', 'pipe'] });
    s.proc.stdout.on('data', (d) => { s.output += d; });
    s.proc.stderr.on('data', (d) => { s.output += d; });
    s.url = `http://127.0.0.1:${port}/`;
    for (let i = 0; i < 300; i++) {
      if (s.proc.exitCode !== null) throw new Error(`sxpool 退出（${s.proc.exitCode}）：${s.output}`);
      try { if ((await fetch(s.url + 'api/v1/health')).ok) return; } catch { /* not yet */ }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('sxpool 启动超时');
  };
  s.halt = async () => {
    s.proc.kill('SIGTERM');
    await new Promise((r) => (s.proc.exitCode !== null ? r() : s.proc.on('exit', r)));
  };
  s.restartOn = async (day) => { await s.halt(); await s.start(day); };
  s.stop = async () => { await s.halt(); rmSync(dataDir, { recursive: true, force: true }); };
  await s.start(today);
  s.applicantAccount = s.output.match(/\n\s+(91\w{16})\s+申请机构/)[1];
  return s;
}

// A cookie session over fetch.
export async function apiSession(url, account, password = DEMO_PASSWORD) {
  const r = await fetch(url + 'api/v1/session', { method: 'POST', headers: H, body: JSON.stringify({ account, password }) });
  if (!r.ok) throw new Error(`登录失败 ${account}：${r.status} ${await r.text()}`);
  const cookie = r.headers.get('set-cookie').split(';')[0];
  const call = async (method, p, body) => {
    const res = await fetch(url + 'api/v1/' + p, { method, headers: { ...H, cookie },
      body: body === undefined ? undefined : (Buffer.isBuffer(body) ? body : JSON.stringify(body)) });
    const text = await res.text();
    let json = null;
    try { json = JSON.parse(text); } catch { /* not JSON */ }
    return { status: res.status, json, text };
  };
  return { get: (p) => call('GET', p), post: (p, b = {}) => call('POST', p, b), put: (p, b) => call('PUT', p, b) };
}

// The demo applicant's ready draft: the document new applicants copy.
export async function templateDocument(server) {
  const s = await apiSession(server.url, server.applicantAccount);
  const apps = (await s.get('applications')).json;
  return (await s.get(`applications/${apps.items[0].id}/draft`)).json.document;
}

let serial = 0;
// Registers a new applicant in `division`, fills its draft from `template` (its name, USCC, routing), uploads
// the 12 materials and submits. Returns { id, uscc, name, session }.
export async function submitNew(server, template, { division = '140105', name, routing } = {}) {
  serial += 1;
  const body8 = 'MA' + String(Date.now() % 100000).padStart(5, '0') + String(serial % 10);
  const uscc = makeUscc(division, body8.slice(0, 8));
  const unitName = name || `审核测试服务机构${serial}有限公司`;
  const password = 'Review#2026x';
  let r = await fetch(server.url + 'api/v1/applicants', { method: 'POST', headers: H, body: JSON.stringify({
    uscc, name: unitName, contactName: '王测试', contactPhone: '13800138000', email: `t${serial}@example.com`, password }) });
  if (r.status !== 201) throw new Error(`注册失败：${r.status} ${await r.text()}`);
  const s = await apiSession(server.url, uscc, password);
  const app = (await s.post('applications')).json;
  const doc = structuredClone(template);
  doc.basic.uscc = uscc;
  doc.basic.name = unitName;
  doc.materials = [];
  if (routing) doc.routing = routing;
  r = await s.put(`applications/${app.id}/draft`, { baseRevision: app.draftRevision, document: doc });
  if (r.status !== 200) throw new Error(`保存草稿失败：${r.status} ${r.text}`);
  for (let kind = 1; kind <= 12; kind++) {
    const up = await s.put(`applications/${app.id}/materials/${kind}?name=${encodeURIComponent(`材料${kind}.pdf`)}`,
      minimalPdf(`material ${kind} of ${serial}`));
    if (up.status !== 201) throw new Error(`上传材料 ${kind} 失败：${up.status} ${up.text}`);
  }
  const sub = await s.post(`applications/${app.id}/submit`, {});
  if (sub.status !== 200) throw new Error(`提交失败：${sub.status} ${sub.text}`);
  return { id: app.id, uscc, name: unitName, session: s };
}

// The server's view of an application (as the admin).
export async function stateOf(server, id) {
  const admin = await apiSession(server.url, 'admin');
  return (await admin.get(`applications/${id}`)).json;
}

// A browser page signed in as `account` (the sign-in screen is tested elsewhere): the app opens on its queue.
// `clipboard`: the page may read and write the system clipboard (a paste of a file's content).
export async function reviewerPage(browser, server, account, { clipboard = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 },
    ...(clipboard ? { permissions: ['clipboard-read', 'clipboard-write'] } : {}) });
  const r = await context.request.post(server.url + 'api/v1/session', { headers: { 'X-Sxpool-Request': '1' },
    data: { account, password: DEMO_PASSWORD } });
  if (!r.ok()) throw new Error(`登录失败：${r.status()}`);
  const page = await context.newPage();
  await page.goto(server.url);
  await appReady(page);
  await waitForProbe(page, (q) => q.values.screen === 'reviewer' && q.values.queue_loading === '0', 30000);
  return { context, page };
}

// Types into a text field, replacing what it holds.
export async function replaceText(page, field, text) {
  await focusField(page, field);
  for (let i = 0; i < 40; i++) await page.keyboard.press('Backspace');
  await typeText(page, text);
}

// Searches the queue for `text` and waits until the page shows the answer.
export async function searchQueue(page, text) {
  await replaceText(page, 'search', text);
  await page.keyboard.press('Enter');
  await settle(page);
  return waitForProbe(page, (q) => q.values.queue_loading === '0');
}

// Finds the application in the queue (by its USCC) and opens its case view.
export async function openCase(page, uscc, id) {
  await searchQueue(page, uscc);
  await waitForProbe(page, (q) => q.values.queue_ids === String(id));
  await clickWidget(page, `open:${id}`);
  return waitForProbe(page, (q) => q.values.screen === 'reviewer_case' && q.values.case_id === String(id)
    && q.values.case_actions !== undefined && q.values.case_state !== '', 20000);
}

// Clicks an action, waits for its dialog; returns the probe.
export async function beginAction(page, code) {
  await clickWidget(page, `action:${code}`);
  return waitForProbe(page, (q) => q.values.dialog && q.values.dialog.length > 0 && q.rects.dialog_confirm);
}

// Confirms the dialog and waits until it closed (done) or shows the server's refusal.
export async function confirmDialog(page) {
  await clickWidget(page, 'dialog_confirm');
  return waitForProbe(page, (q) => q.values.dialog === '' || (q.values.dialog_error || '') !== '', 20000);
}

export { probe };
