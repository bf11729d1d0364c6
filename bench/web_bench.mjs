// See bench/web.sh. Runs from the repository root; needs build/native and build/web.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { makeUscc } from '../tests/e2e/fixtures.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(path.join(root, 'tests/e2e/package.json'));
const { chromium } = require('playwright-core');
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const ROWS = 50;
const LOADS = Number(process.env.SXPOOL_BENCH_LOADS || 7);  // cold loads of each page; the median counts

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

async function serve(webDir) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sxpool-bench-'));
  const port = await freePort();
  const proc = spawn(path.join(root, 'build/native/server/sxpool'), ['serve', '--host', '127.0.0.1', '--port',
    String(port), '--data-dir', dataDir, '--web-dir', webDir, '--today', '2026-04-01'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 200; i++) {
    try { if ((await fetch(url + 'api/v1/health')).ok) break; } catch { /* starting */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, stop: () => { proc.kill('SIGTERM'); rmSync(dataDir, { recursive: true, force: true }); } };
}

// One cold load (cache disabled): gzip bytes received before the first interactive frame and ms to it
// (performance.now() at the first frame that shows a usable screen — sxpool's sign-in, not its loading line —
// from navigation start). With `idle`, also the frames drawn in 10 s of idle.
async function loadPage(browser, url, { idle = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(url);
  await page.waitForFunction(() => typeof Module !== 'undefined' && Module.firstInteractiveAt !== undefined, null,
    { timeout: 60000 });
  // The page's own clock: what had fully arrived (headers and gzip bodies) when that frame was drawn.
  const { msToFirstFrame, bytes } = await page.evaluate(() => {
    const at = Module.firstInteractiveAt;
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    const arrived = entries.filter((e) => e.responseEnd <= at);
    return { msToFirstFrame: at, bytes: arrived.reduce((n, e) => n + (e.transferSize || e.encodedBodySize || 0), 0) };
  });
  let idleFrames = null;
  if (idle) {
    await page.waitForTimeout(3000);
    const before = await page.evaluate(() => Module._sxpool_frames_rendered());
    await page.waitForTimeout(10000);
    idleFrames = (await page.evaluate(() => Module._sxpool_frames_rendered())) - before;
  }
  await context.close();
  return { bytes, msToFirstFrame, idleFrames };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// LOADS cold loads of each page, alternating (so a busy moment hits both alike); the median time of each.
async function comparePages(browser, bareUrl, appUrl, loads) {
  const times = { bare: [], app: [] };
  const last = {};
  for (let i = 0; i < loads; i++) {
    for (const [key, url] of [['bare', bareUrl], ['app', appUrl]]) {
      last[key] = await loadPage(browser, url);
      times[key].push(last[key].msToFirstFrame);
    }
  }
  const idle = { bare: await loadPage(browser, bareUrl, { idle: true }), app: await loadPage(browser, appUrl, { idle: true }) };
  const summary = (key) => ({ bytes: last[key].bytes, msToFirstFrame: median(times[key]), times: times[key],
    idleFrames: idle[key].idleFrames });
  return { bare: summary('bare'), app: summary('app') };
}

async function api(base, method, p, body, cookie) {
  const r = await fetch(base + 'api/v1/' + p, { method, headers: { 'Content-Type': 'application/json',
    'X-Sxpool-Request': '1', ...(cookie ? { Cookie: cookie } : {}) }, body: body ? JSON.stringify(body) : undefined });
  return { status: r.status, cookie: (r.headers.get('set-cookie') || '').split(';')[0], json: await r.json().catch(() => null) };
}

// An applicant whose draft has 50 rows in every table; returns its session cookie.
async function applicantWithLargeDraft(base) {
  const full = makeUscc('140105', 'MA0BENCH');
  await api(base, 'POST', 'applicants', { uscc: full, name: '基准测试服务中心', contactName: '王测', contactPhone: '13800000000',
    email: 'bench@example.cn', password: 'Bench-Password-2026' });
  const login = await api(base, 'POST', 'session', { account: full, password: 'Bench-Password-2026' });
  if (login.status !== 200) throw new Error('基准测试账号登录失败：' + JSON.stringify(login.json));
  const app = await api(base, 'POST', 'applications', {}, login.cookie);
  const draft = await api(base, 'GET', `applications/${app.json.id}/draft`, null, login.cookie);
  const doc = draft.json.document;
  const rows = (f) => Array.from({ length: ROWS }, (_, i) => f(i));
  doc.staff = rows((i) => ({ name: `员工${i}`, position: '咨询师', title: 'intermediate', education: 'bachelor', hasContract: true }));
  doc.enterprises = rows((i) => ({ name: `山西测试企业${i}有限公司`, year: 2025, nature: 'paid', satisfaction: 'satisfied' }));
  doc.experts = rows((i) => ({ name: `专家${i}`, title: 'vice_senior', field: '数字化', employer: '太原理工大学', hasAgreement: true }));
  doc.products = rows((i) => ({ name: `服务产品${i}`, content: '诊断与咨询', application: '已服务企业 20 家' }));
  const saved = await api(base, 'PUT', `applications/${app.json.id}/draft`, { baseRevision: draft.json.revision, document: doc }, login.cookie);
  if (saved.status !== 200) throw new Error('保存大草稿失败：' + JSON.stringify(saved.json));
  return login.cookie;
}

async function wizardFrameTime(browser, base, cookie) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const [name, value] = cookie.split('=');
  await context.addCookies([{ name, value, url: base }]);
  const page = await context.newPage();
  await page.goto(base);
  const probe = () => page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._sxpool_probe_json())));
  const click = async (n) => {
    for (let i = 0; i < 100; i++) { const p = await probe().catch(() => null); if (p && p.rects[n]) break; await page.waitForTimeout(100); }
    const [x, y, w, h] = (await probe()).rects[n];
    await page.mouse.click(x + w / 2, y + h / 2);
    await page.waitForTimeout(300);
  };
  await page.waitForFunction(() => typeof Module !== 'undefined' && Module.firstFrameAt !== undefined);
  await click('open_wizard');
  await click('step:3');  // 服务人员基本情况表
  await page.evaluate(() => Module.UTF8ToString(Module._sxpool_frame_stats()));  // reset
  for (let i = 0; i < 120; i++) await page.mouse.move(300 + (i % 40) * 10, 300 + (i % 7) * 20);
  const stats = JSON.parse(await page.evaluate(() => Module.UTF8ToString(Module._sxpool_frame_stats())));
  await context.close();
  return stats;
}

const app = await serve(path.join(root, 'build/web/dist'));
const bare = await serve(path.join(root, 'build/web/bench-bare'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
try {
  const { bare: b, app: s } = await comparePages(browser, bare.url, app.url, LOADS);
  const cookie = await applicantWithLargeDraft(app.url);
  const w = await wizardFrameTime(browser, app.url, cookie);
  const kb = (n) => (n / 1024).toFixed(1) + ' KiB';
  console.log(`page                 gzip-before-first-frame  ms-to-first-frame  frames-in-10s-idle   (first interactive frame; ms: median of ${LOADS} cold loads)`);
  console.log(`bare ImGui           ${kb(b.bytes).padEnd(25)}${b.msToFirstFrame.toFixed(0).padEnd(19)}${b.idleFrames}`);
  console.log(`sxpool               ${kb(s.bytes).padEnd(25)}${s.msToFirstFrame.toFixed(0).padEnd(19)}${s.idleFrames}`);
  console.log(`first-frame ms of each load: bare ${b.times.map((t) => t.toFixed(0)).join(' ')}; sxpool ${s.times.map((t) => t.toFixed(0)).join(' ')}`);
  console.log(`ratio time sxpool/bare: ${(s.msToFirstFrame / b.msToFirstFrame).toFixed(2)}  (goal ≤ 1.3; bytes goal ≤ 1.2 MB; idle goal 0)`);
  console.log(`wizard, ${ROWS}-row tables (服务人员 step): ${w.frames} frames, mean ${w.meanMs.toFixed(2)} ms, max ${w.maxMs.toFixed(2)} ms CPU per frame`);
} finally {
  await browser.close();
  app.stop();
  bare.stop();
}
