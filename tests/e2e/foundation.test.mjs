// Foundation: the app loads from the server, draws Chinese, takes ASCII, insertText (IME-style) and clipboard
// paste through the text bridge, copies to the system clipboard, draws nothing while idle, and does not redraw the
// canvas for frames that would put the same pixels on it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, launchBrowser, openApp, probe, clickWidget, settle, framesRendered, artifactsDir,
  pressPaste, waitForProbe, focusField }
  from './harness.mjs';

// The input trial lives on the help page, linked from the sign-in page.
async function openInputTrial(page) {
  await waitForProbe(page, (q) => q.values.screen === 'signin' && q.rects.help_link);
  await clickWidget(page, 'help_link');
  await waitForProbe(page, (q) => q.values.screen === 'help' && q.rects.input_trial);
  await clickWidget(page, 'input_trial');
  await waitForProbe(page, (q) => q.rects.scratch_input);
}

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('首屏：从服务器加载，显示中文的登录页，连接服务器正常', async () => {
  const { context, page } = await openApp(browser, server.url);
  const p = await waitForProbe(page, (q) => q.values.screen === 'signin');
  assert.ok(p.rects['signin:account'], '登录页应有账号输入框');
  await page.screenshot({ path: path.join(artifactsDir, 'foundation-home.png') });
  await context.close();
});

test('安全：页面在服务器的 Content-Security-Policy 下运行，没有任何违规', async () => {
  const { context, page } = await openApp(browser, server.url);
  await waitForProbe(page, (q) => q.values.screen === 'signin');
  const answer = await page.request.get(server.url);
  const csp = answer.headers()['content-security-policy'];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(answer.headers()['x-content-type-options'], 'nosniff');
  await clickWidget(page, 'signin:account');
  await page.keyboard.type('nobody');
  await settle(page);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  await context.close();
});

test('输入：ASCII、insertText 中文、剪贴板粘贴都原样进入输入框，复制写入系统剪贴板', async () => {
  const { context, page } = await openApp(browser, server.url, { permissions: ['clipboard-read', 'clipboard-write'] });
  await openInputTrial(page);
  await focusField(page, 'scratch_input');
  await page.keyboard.type('Shanxi 2026');
  await page.keyboard.insertText('山西省优质中小企业');
  await page.evaluate(() => navigator.clipboard.writeText('服务资源库（粘贴）'));
  await pressPaste(page);
  await settle(page);
  const { values } = await probe(page);
  assert.equal(values.scratch_text, 'Shanxi 2026山西省优质中小企业服务资源库（粘贴）');

  await page.evaluate(() => navigator.clipboard.writeText(''));
  await clickWidget(page, 'scratch_copy');
  await settle(page);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, 'Shanxi 2026山西省优质中小企业服务资源库（粘贴）');
  await page.screenshot({ path: path.join(artifactsDir, 'foundation-input.png') });
  await context.close();
});

test('按需加载字形：GB2312 之外的字（喆）取来整套字体后显示，不留方框', async () => {
  const { context, page } = await openApp(browser, server.url, { deviceScaleFactor: 2 });
  await openInputTrial(page);
  await focusField(page, 'scratch_input');
  await page.keyboard.insertText('张喆');
  const p = await waitForProbe(page, (q) => q.values.scratch_text === '张喆' && q.values.font_missing === '0'
    && q.values.font_tiers === '012');
  assert.equal(p.values.font_missing, '0');
  await page.screenshot({ path: path.join(artifactsDir, 'foundation-rare-glyph-hidpi.png') });
  await context.close();
});

test('首帧字形图集：像素比 1 与 2 装入构建时生成的图集，其他像素比在浏览器中构建，都不缺字', async () => {
  for (const [deviceScaleFactor, expected] of [[1, 'prebuilt'], [2, 'prebuilt'], [1.5, 'built']]) {
    const { context, page } = await openApp(browser, server.url, { deviceScaleFactor });
    const p = await waitForProbe(page, (q) => q.values.screen === 'signin' && q.values.font_first_atlas);
    assert.equal(p.values.font_first_atlas, expected, `devicePixelRatio ${deviceScaleFactor}`);
    // A character no loaded tier has fetches the next tier; on a busy machine the first probe can come before it.
    await waitForProbe(page, (q) => q.values.font_missing === '0');
    await context.close();
  }
});

test('空闲时不绘制：10 秒内无新帧', async () => {
  const { context, page } = await openApp(browser, server.url);
  await settle(page);
  const before = await framesRendered(page);
  await page.waitForTimeout(10000);
  const idleFrames = (await framesRendered(page)) - before;
  console.log(`# idle frames in 10 s: ${idleFrames}`);
  assert.equal(idleFrames, 0);
  await context.close();
});

test('不重复绘制：指针在空白处移动时界面照常运行，画布不重画且画面不变；移到按钮上时按钮变色并重画', async () => {
  const { context, page } = await openApp(browser, server.url);
  await waitForProbe(page, (q) => q.values.screen === 'signin' && q.rects['signin:submit']);
  await settle(page);
  const presented = () => page.evaluate(() => Module._sxpool_frames_presented());
  const canvas = page.locator('canvas');
  const before = { frames: await framesRendered(page), presented: await presented(), image: await canvas.screenshot() };
  for (let i = 0; i < 20; i++) await page.mouse.move(5 + i, 790 - i);  // the empty bottom-left corner
  await settle(page);
  const frames = (await framesRendered(page)) - before.frames;
  assert.ok(frames >= 3, `指针移动后界面应运行若干帧（实际 ${frames}）`);
  assert.equal(await presented(), before.presented, '画面不变的帧不应重画画布');
  assert.ok((await canvas.screenshot()).equals(before.image), '跳过重画后画布仍显示同一画面');

  const [x, y, w, h] = (await probe(page)).rects['signin:submit'];
  await page.mouse.move(x + w / 2, y + h / 2);
  await settle(page);
  assert.ok(await presented() > before.presented, '按钮悬停变色时应重画');
  assert.ok(!(await canvas.screenshot()).equals(before.image));
  await context.close();
});
