// Shared set-up for the browser tests: a real sxpool server on a free loopback port with a fresh data
// directory, and Debian's headless Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const artifactsDir = path.join(repoRoot, 'artifacts', 'e2e');
mkdirSync(artifactsDir, { recursive: true });

export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
    srv.on('error', reject);
  });
}

export async function startServer(extraArgs = []) {
  const binary = process.env.SXPOOL_BIN || path.join(repoRoot, 'build/native/server/sxpool');
  const webDir = process.env.SXPOOL_WEB_DIR || path.join(repoRoot, 'build/web/dist');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sxpool-e2e-'));
  const port = await freePort();
  const proc = spawn(binary, ['serve', '--host', '127.0.0.1', '--port', String(port), '--data-dir', dataDir,
    '--web-dir', webDir, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout.on('data', (d) => { output += d; });
  proc.stderr.on('data', (d) => { output += d; });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 200; i++) {
    if (proc.exitCode !== null) throw new Error(`sxpool 退出（${proc.exitCode}）：${output}`);
    try { if ((await fetch(url + 'api/v1/health')).ok) break; } catch { /* not yet listening */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url, dataDir, output: () => output,
    async stop() {
      proc.kill('SIGTERM');
      await new Promise((r) => (proc.exitCode !== null ? r() : proc.on('exit', r)));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
}

// Opens the app and waits until the wasm has drawn its first frame.
export async function openApp(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(m.text()));
  page.on('pageerror', (e) => consoleLines.push('pageerror: ' + e.message));
  await page.goto(url);
  await appReady(page);
  return { context, page, consoleLines };
}

// Waits until the wasm app has drawn its first frame (after a load or a reload).
export async function appReady(page) {
  await page.waitForFunction(() => typeof Module !== 'undefined' && Module.calledRun && Module._sxpool_frames_rendered
    && Module._sxpool_frames_rendered() > 0, null, { timeout: 30000 });
}

export async function reloadApp(page) {
  await page.reload();
  await appReady(page);
}

// The app's test probe: named widget rectangles (CSS pixels) and values.
export async function probe(page) {
  return page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._sxpool_probe_json())));
}

export async function framesRendered(page) {
  return page.evaluate(() => Module._sxpool_frames_rendered());
}

export async function clickWidget(page, name) {
  await settle(page);
  const { rects } = await probe(page);
  if (!rects[name]) throw new Error(`界面中没有控件 ${name}`);
  const [x, y, w, h] = rects[name];
  // As a person clicks: the pointer arrives, then the button goes down and up (not all in one frame).
  await page.mouse.move(x + w / 2, y + h / 2);
  await page.waitForTimeout(50);
  await page.mouse.down();
  await page.waitForTimeout(50);
  await page.mouse.up();
}

// Waits until the app's frames stop (idle), then returns.
export async function settle(page) {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const now = await framesRendered(page);
    if (now === last) return;
    last = now;
    await page.waitForTimeout(100);
  }
}

// Ctrl+V as a user presses it: the key events plus Chromium's 'paste' editing command, which reads the
// system clipboard and fires a real paste event (playwright's keyboard.press does not run the command).
export async function pressPaste(page) {
  const cdp = await page.context().newCDPSession(page);
  const key = { modifiers: 2, key: 'v', code: 'KeyV', windowsVirtualKeyCode: 86 };
  await page.keyboard.down('Control');
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, commands: ['paste'] });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
  await page.keyboard.up('Control');
  await cdp.detach();
}

// Waits until probe values satisfy `predicate` (drawn frames update the probe).
export async function waitForProbe(page, predicate, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const p = await probe(page);
    if (predicate(p)) return p;
    if (Date.now() > deadline) throw new Error('等待界面状态超时：' + JSON.stringify(p.values));
    await page.waitForTimeout(100);
  }
}

// Clicks a text field and waits until the text bridge holds focus (one frame later), as a user's next
// keystroke would come after that anyway.
export async function focusField(page, name) {
  await clickWidget(page, name);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'sxpool-text-bridge',
    null, { timeout: 5000 });
}

// Scrolls the window under (x, y) until the named widget is fully inside the viewport (as a user would).
export async function scrollIntoView(page, name, { x = 600, y = 450, bottom = 760 } = {}) {
  for (let i = 0; i < 40; i++) {
    await settle(page);
    const r = (await probe(page)).rects[name];
    if (r && r[1] >= 120 && r[1] + r[3] <= bottom) return;
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, !r || r[1] + r[3] > bottom ? 150 : -150);
  }
  throw new Error(`无法把控件 ${name} 滚动到可见区域`);
}
