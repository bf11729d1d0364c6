// The public pages in real headless Chromium, signed out (指南第十四条, 第八条(四)): from the app's sign-in page to the
// directory, a search by 服务类别 and city through the plain form (its own address), the institution's page with its
// contact; the 公示 page with its dates and how to object. No WebAssembly is needed on these pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openApp, clickWidget, shot, startServer } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await startServer(['--demo', '--today', '2026-04-20']);
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.stop(); });

test('不登录：从登录页打开资源库名录，按服务类别和地市查到入库机构，打开其页面看到联系方式', async () => {
  const pool = await (await fetch(server.url + 'api/v1/public/directory?pageSize=100')).json();
  assert.ok(pool.total > 0, '演示数据应有入库机构');
  const target = pool.items.find((i) => i.serviceClass) || assert.fail('应有已分类的入库机构');

  const { context, page } = await openApp(browser, server.url);
  const popup = context.waitForEvent('page');
  await clickWidget(page, 'directory_link');
  const directory = await popup;
  await directory.waitForLoadState('domcontentloaded');
  assert.equal(new URL(directory.url()).pathname, '/directory');
  assert.match(await directory.locator('h1').innerText(), /资源库名录/);

  await directory.selectOption('select[name=class]', target.serviceClass.code);
  await directory.selectOption('select[name=city]', target.cityCode);
  await Promise.all([directory.waitForNavigation(), directory.click('button[type=submit]')]);
  const url = new URL(directory.url());
  assert.equal(url.searchParams.get('class'), target.serviceClass.code);
  assert.equal(url.searchParams.get('city'), target.cityCode);
  const link = directory.getByRole('link', { name: target.name });
  assert.equal(await link.count(), 1, `${target.name} 应在查询结果中`);
  const caption = await directory.locator('caption').innerText();
  assert.match(caption, /共 \d+ 家入库机构/);
  await shot(directory, 'directory-search');

  // The same search, opened from its address in a fresh, signed-out tab, gives the same list.
  const again = await context.newPage();
  await again.goto(directory.url());
  assert.equal(await again.getByRole('link', { name: target.name }).count(), 1);
  await again.close();

  await Promise.all([directory.waitForNavigation(), link.click()]);
  assert.equal(new URL(directory.url()).pathname, `/directory/${target.id}`);
  const facts = await directory.locator('dl.facts').innerText();
  assert.match(facts, new RegExp(target.uscc));
  assert.match(facts, /联系电话/);
  const detail = await (await fetch(server.url + `api/v1/public/directory/${target.id}`)).json();
  assert.ok(facts.includes(detail.contactPhone), facts);
  await shot(directory, 'directory-institution');
  // A search with an unknown class says what is wrong.
  const bad = await directory.goto(server.url + 'directory?class=nope');
  assert.equal(bad.status(), 400);
  assert.match(await directory.locator('main').innerText(), /服务类别 nope 无效/);
  await context.close();
});

test('不登录：入库公示页列出每批的起止日期、名单与异议方式', async () => {
  // The province publishes the approved applications from 2026-04-22 (through the API, as a reviewer would).
  const H = { 'Content-Type': 'application/json', 'X-Sxpool-Request': '1' };
  const signIn = await fetch(server.url + 'api/v1/session', { method: 'POST', headers: H,
    body: JSON.stringify({ account: 'province', password: 'Demo2026!sx' }) });
  const cookie = signIn.headers.get('set-cookie').split(';')[0];
  const approved = await (await fetch(server.url + 'api/v1/queue?state=province_approved',
    { headers: { Cookie: cookie } })).json();
  assert.ok(approved.total > 0);
  const ids = approved.items.map((i) => i.id);
  const published = await fetch(server.url + 'api/v1/publicity', { method: 'POST', headers: { ...H, Cookie: cookie },
    body: JSON.stringify({ ids, startDate: '2026-04-22' }) });
  assert.equal(published.status, 200);

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const answer = await page.goto(server.url + 'publicity');
  assert.equal(answer.status(), 200);
  const text = await page.locator('main').innerText();
  assert.match(text, /2026年4月22日至2026年4月28日（未开始）/);
  for (const item of approved.items) assert.ok(text.includes(item.name), `${item.name} 应在公示名单中`);
  assert.match(text, /sxgxzxqy@126\.com/);
  assert.match(text, /异议/);
  await shot(page, 'publicity-public');
  await context.close();
});
