// See bench/web.sh: the reviewer's queue at N applications (default 100 000, loaded as bench/server.sh does, by
// sxpool_server_bench load). Signed in as the province (the loader's session), in headless Chromium:
//   1. CPU per frame (mean, max ms; the app's own frame timer) while scrolling the table and paging through it;
//   2. from a filter change (a state tab, 待我处理) to the new page drawn, timed in the page: ms, median and max.
// Runs from the repository root; needs build/native (sxpool, sxpool_server_bench) and build/web.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(path.join(root, 'tests/e2e/package.json'));
const { chromium } = require('playwright-core');
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const N = Number(process.env.SXPOOL_BENCH_QUEUE_N || 100000);
const build = process.env.SXPOOL_BUILD_DIR || path.join(root, 'build/native');

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

const work = mkdtempSync(path.join(os.tmpdir(), 'sxpool-queue-bench-'));
const dataDir = path.join(work, 'data');
const t0 = Date.now();
execFileSync(path.join(build, 'bench/sxpool_server_bench'), ['load', dataDir, String(N), '0'], { stdio: 'ignore' });
const loadSeconds = (Date.now() - t0) / 1000;
const token = readFileSync(path.join(dataDir, 'bench-province-token'), 'utf8').trim();
const port = await freePort();
const server = spawn(path.join(build, 'server/sxpool'), ['serve', '--host', '127.0.0.1', '--port', String(port),
  '--data-dir', dataDir, '--web-dir', path.join(root, 'build/web/dist'), '--today', '2026-04-20'], { stdio: 'ignore' });
const url = `http://127.0.0.1:${port}/`;
for (let i = 0; i < 600; i++) {
  try { if ((await fetch(url + 'api/v1/health')).ok) break; } catch { /* starting */ }
  await new Promise((r) => setTimeout(r, 50));
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addCookies([{ name: 'sxpool_session', value: token, url }]);
  const page = await context.newPage();
  await page.goto(url);
  const probe = () => page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._sxpool_probe_json())));
  const until = (pred, timeout = 30000) => page.waitForFunction(pred, null, { polling: 'raf', timeout });
  await until(() => typeof Module !== 'undefined' && Module._sxpool_probe_json
    && JSON.parse(Module.UTF8ToString(Module._sxpool_probe_json())).values.queue_total !== undefined, 60000);
  const first = await probe();
  const center = async (name) => { const [x, y, w, h] = (await probe()).rects[name]; return [x + w / 2, y + h / 2]; };
  const stats = () => page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._sxpool_frame_stats())));

  // 1. Scrolling the 50 rows and paging (each page drawn before the next click). After the first page: the fonts
  // fetched after the first frame (GB2312) are in, as they are for a reviewer at work.
  await page.waitForTimeout(2000);
  await stats();  // reset
  await page.mouse.move(640, 500);
  for (let i = 0; i < 60; i++) { await page.mouse.wheel(0, i < 30 ? 120 : -120); await page.waitForTimeout(16); }
  const scroll = await stats();
  for (let p = 2; p <= 21; p++) {
    const [x, y] = await center('page_next');
    await page.mouse.click(x, y);
    await page.waitForFunction((want) => JSON.parse(Module.UTF8ToString(Module._sxpool_probe_json())).values.queue_page
      === String(want), p, { polling: 'raf', timeout: 30000 });
  }
  const paging = await stats();

  // 2. Filter change → new page drawn.
  const filterTimes = [];
  // The state tabs the province sees (those with applications), each followed by 全部, then 待我处理 on and off.
  const tabs = Object.keys((await probe()).rects).filter((n) => n.startsWith('tab:') && n !== 'tab:all').slice(0, 5);
  const changes = [...tabs.flatMap((t) => [t, 'tab:all']), 'filter:mine', 'filter:mine', ...tabs];
  // Timed in the page, as the user sees it: from the mouseup event to the end of the animation frame whose
  // drawing holds the answer (a requestAnimationFrame watcher registered after the app's own, so it runs after the
  // app drew). The harness's round trip (node → Chromium and back) is printed beside it.
  const inPageTimes = [];
  for (const name of changes) {
    const key = Number((await probe()).values.queue_serial);
    const [x, y] = await center(name);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.evaluate((k) => {
      window.sxpoolBench = new Promise((resolve) => {
        let up = null;
        window.addEventListener('mouseup', (e) => { up = e.timeStamp; }, { once: true, capture: true });
        const watch = () => {
          const v = JSON.parse(Module.UTF8ToString(Module._sxpool_probe_json())).values;
          if (up !== null && v.queue_loading === '0' && Number(v.queue_serial) > k) resolve(performance.now() - up);
          else requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      });
    }, key);
    const start = Date.now();
    await page.mouse.up();
    inPageTimes.push(Math.round(await page.evaluate(() => window.sxpoolBench)));
    filterTimes.push(Date.now() - start);
    await page.waitForTimeout(100);
  }
  const filters = await stats();
  const fmt = (s) => `${s.frames} frames, mean ${s.meanMs.toFixed(2)} ms, max ${s.maxMs.toFixed(2)} ms CPU per frame`;
  console.log(`  (filter changes: ${changes.join(' ')})`);
  console.log(`queue at ${N} applications (loaded in ${loadSeconds.toFixed(0)} s; province sees ${first.values.queue_total})`);
  console.log(`  scrolling the 50-row page: ${fmt(scroll)}`);
  console.log(`  paging 20 pages:           ${fmt(paging)}`);
  console.log(`  filter changes:            ${fmt(filters)}`);
  console.log(`  filter → new page drawn:   median ${median(inPageTimes)} ms, max ${Math.max(...inPageTimes)} ms ` +
    `(${inPageTimes.join(' ')}; goal ≤ 150 ms; frame goal max ≤ 16 ms)`);
  console.log(`    through the test harness (node → Chromium → node): median ${median(filterTimes)} ms, ` +
    `max ${Math.max(...filterTimes)} ms`);
  await context.close();
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await new Promise((r) => (server.exitCode !== null ? r() : server.on('exit', r)));
  rmSync(work, { recursive: true, force: true });
}
