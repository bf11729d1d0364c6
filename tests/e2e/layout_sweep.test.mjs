// The layout sweep (issue 16): every step of the wizard filled with the demo data, at widths 1024, 1280 and 1920 px
// and device pixel ratios 1 and 2. No text item's rectangle may leave its column or the window, and no character
// may be drawn as the replacement glyph. Screenshots of each step at 1280×800 under artifacts/e2e/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, appReady, probe, clickWidget, settle, waitForProbe, shot, goToStep,
  signInByApi } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(['--demo']); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const demo = { account: '91140105MA54QJ070P', password: 'Demo2026!sx' };  // a fully filled draft
const STEPS = 10;

// Text items that leave their column or the window, and characters without a glyph.
function problems(p, width) {
  const out = [];
  for (const [x, y, w, h, right, text, missing] of p.texts) {
    if (h <= 0) continue;
    if (x + w > right + 1.5) out.push(`越出栏外 ${Math.round(x + w - right)}px：${text.slice(0, 40)}`);
    else if (x + w > width + 1.5 || x < -1) out.push(`越出窗口：${text.slice(0, 40)}`);
    if (missing) out.push(`缺字形「${missing}」：${text.slice(0, 40)}`);
  }
  return out;
}

for (const dpr of [1, 2]) {
  for (const width of [1024, 1280, 1920]) {
    test(`版面：宽 ${width}px、像素比 ${dpr}，每一步的文字都在栏内、没有缺字`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: dpr });
      await signInByApi(context, server.url, demo.account, demo.password);
      const page = await context.newPage();
      await page.goto(server.url);
      await appReady(page);
      await waitForProbe(page, (q) => q.values.screen === 'home' && q.rects.open_wizard, 20000);
      await settle(page);
      const found = problems(await probe(page), width).map((m) => `首页 ${m}`);
      await clickWidget(page, 'open_wizard');
      await waitForProbe(page, (q) => q.values.screen === 'wizard');
      let checkedTexts = 0;
      for (let step = 0; step < STEPS; step++) {
        await goToStep(page, step);
        await settle(page);
        const p = await probe(page);
        checkedTexts += p.texts.length;
        found.push(...problems(p, width).map((m) => `第 ${step} 步 ${m}`));
        if (width === 1280 && dpr === 1) await shot(page, `layout-step-${step}`);
      }
      assert.ok(checkedTexts > 100, `检查了 ${checkedTexts} 个文本项`);
      assert.deepEqual(found, []);
      await context.close();
    });
  }
}
