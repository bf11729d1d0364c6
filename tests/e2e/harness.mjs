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
  // Every Content-Security-Policy violation of the page, for the tests to assert there are none.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation',
      (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
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

// Replaces a text box's content with `text` through the system clipboard, as a user pastes a file's content
// (needs a context with clipboard permissions).
export async function pasteInto(page, field, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await focusField(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await pressPaste(page);
  await settle(page);
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
export async function scrollIntoView(page, name, { x = 600, y = 450, bottom = page.viewportSize().height - 40 } = {}) {
  for (let i = 0; i < 40; i++) {
    await settle(page);
    const r = (await probe(page)).rects[name];
    if (r && r[1] >= 120 && r[1] + r[3] <= bottom) return;
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, !r || r[1] + r[3] > bottom ? 150 : -150);
  }
  throw new Error(`无法把控件 ${name} 滚动到可见区域`);
}

// ---- the applicant's journeys (applicant.test.mjs, journey.test.mjs, materials.test.mjs) ----

export const shot = (page, name) => page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });

const isAscii = (text) => /^[\x20-\x7e]*$/.test(text);

// Types as a person does: Latin letters and digits key by key, Chinese as an IME commits it (insertText).
export async function typeText(page, text, { ime = !isAscii(text) } = {}) {
  if (ime) await page.keyboard.insertText(text);
  else await page.keyboard.type(text);
}

export async function typeInto(page, field, text, { ime = false } = {}) {
  await focusField(page, field);
  await typeText(page, text, { ime });
}

// After an edit the status leaves 已同步 on the next tick: let the frames settle first, then wait for the push.
export async function waitSynced(page) {
  await settle(page);
  return waitForProbe(page, (q) => q.values.sync_status === '已同步', 20000);
}

// From the home screen; after a reload the app may already be back in the wizard where the user was.
export async function openWizard(page) {
  const p = await waitForProbe(page, (q) => (q.values.screen === 'home' && q.rects.open_wizard)
    || (q.values.screen === 'wizard' && q.rects.back_home), 20000);
  if (p.values.screen === 'home') {
    // The app may return to the wizard on its own a moment later (the place kept on this device).
    await clickWidget(page, 'open_wizard').catch(() => {});
    await waitForProbe(page, (q) => q.values.screen === 'wizard');
  }
  await waitSynced(page);
}

export async function goToStep(page, step) {
  await clickWidget(page, `step:${step}`);
  await waitForProbe(page, (q) => q.values.wizard_step === String(step));
}

// Signs the context in through the API (the journey under test is elsewhere).
export async function signInByApi(context, url, account, password) {
  const r = await context.request.post(url + 'api/v1/session', { headers: { 'X-Sxpool-Request': '1' },
    data: { account, password } });
  if (!r.ok()) throw new Error(`登录失败：${r.status()} ${await r.text()}`);
}

// The server's view of the context's (only) application, through the page's own session cookie.
export async function serverDraft(page, url) {
  const request = page.context().request;
  const apps = await (await request.get(url + 'api/v1/applications')).json();
  const id = apps.items[0].id;
  const draft = await (await request.get(url + `api/v1/applications/${id}/draft`)).json();
  const detail = await (await request.get(url + `api/v1/applications/${id}`)).json();
  return { id, draft, detail, summary: apps.items[0] };
}

// A real JPEG drawn by the browser's canvas (a "scan" with a caption).
export async function makeJpeg(page, caption) {
  const dataUrl = await page.evaluate((text) => {
    const c = document.createElement('canvas'); c.width = 320; c.height = 200;
    const g = c.getContext('2d'); g.fillStyle = '#c33'; g.fillRect(0, 0, 320, 200);
    g.fillStyle = '#fff'; g.font = '28px sans-serif'; g.fillText(text, 16, 110);
    return c.toDataURL('image/jpeg', 0.9);
  }, caption);
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

// Chooses `file` for material `n` through the browser's file picker ("选择文件" / "重新选择文件" / "替换").
export async function uploadMaterial(page, n, file, button = 'pick') {
  await scrollIntoView(page, `material:${n}:${button}`);
  const chooser = page.waitForEvent('filechooser', { timeout: 10000 });
  await clickWidget(page, `material:${n}:${button}`);
  await (await chooser).setFiles(file);
}

// ---- the keyboard: Tab through the form, following the app's focus probe ----

export async function probeValue(page, name) {
  return page.evaluate((n) => JSON.parse(Module.UTF8ToString(Module._sxpool_probe_json())).values[n], name);
}

// Waits until the keyboard focus (ImGui's nav id) differs from `before`.
async function focusMoved(page, before) {
  await page.waitForFunction((b) => JSON.parse(Module.UTF8ToString(Module._sxpool_probe_json())).values.nav_id !== b,
    before, { polling: 'raf', timeout: 5000 });
}

// Presses `key` and waits until the app moved the keyboard focus.
export async function pressMovingFocus(page, key) {
  const before = await probeValue(page, 'nav_id');
  await page.keyboard.press(key);
  try {
    await focusMoved(page, before);
  } catch (e) {
    throw new Error(`按 ${key} 后焦点没有移动（仍在 ${await probeValue(page, 'focus') || '未记录的控件'}）`);
  }
}

async function textBridgeFocused(page) {
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'sxpool-text-bridge',
    null, { polling: 'raf', timeout: 5000 });
}

// Tab to the next item, which must be the probe name `expected` (the app's focus order); text fields take the
// typing once the text bridge holds the focus.
export async function tabTo(page, expected) {
  await pressMovingFocus(page, 'Tab');
  const focus = await probeValue(page, 'focus');
  if (focus !== expected) throw new Error(`Tab 之后焦点在 ${focus ?? '（未记录的控件）'}，应为 ${expected}`);
}

// Waits until `name` (a probe name) has the keyboard focus, e.g. a new row's first cell after “添加一行”.
export async function focusOn(page, name) {
  await page.waitForFunction((n) => JSON.parse(Module.UTF8ToString(Module._sxpool_probe_json())).values.focus === n,
    name, { polling: 'raf', timeout: 5000 });
}

// A focused drop-down list: Space opens it at its current entry, ArrowDown `down` times, Enter chooses; done when
// the list shows `label`. The keys go in one go, as a quick typist's would: the app takes them in order.
export async function chooseInFocusedCombo(page, { down, label }) {
  const combo = await probeValue(page, 'focus');
  await page.keyboard.press('Space');
  for (let i = 0; i < down; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(([name, want]) => {
    const v = JSON.parse(Module.UTF8ToString(Module._sxpool_probe_json())).values;
    return v[name] === want && v.focus === name;  // chosen, the list closed, the focus back on it
  }, [combo, label], { polling: 'raf', timeout: 5000 });
}

// Fills the focused item and the ones after it with Tab. Each cell: [probe name, action]; action is a text to
// type, {choose: {down, label}} for a drop-down list (the entry `down` below 未填写, shown as `label`), {tick: true}
// for a checkbox, null to pass.
// The first cell must already have the focus.
export async function fillByTab(page, cells) {
  for (const [i, [name, action]] of cells.entries()) {
    if (i > 0) await tabTo(page, name);
    else await focusOn(page, name);
    if (action === null || action === undefined) continue;
    if (typeof action === 'string') {
      await textBridgeFocused(page);
      await typeText(page, action);
    } else if (action.choose !== undefined) {
      await chooseInFocusedCombo(page, action.choose);
    } else if (action.tick) {
      await page.keyboard.press('Space');
    }
  }
}
