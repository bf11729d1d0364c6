// What a new applicant tripped over (issue 16), each reproduced in real headless Chromium against a live server
// and asserted on what the user sees (the probe's texts and rectangles, screenshots) and on the server's state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, appReady, probe, clickWidget, settle, waitForProbe, reloadApp, shot, typeInto,
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
  const early = failingCheck(makeUscc('140105', 'MA0PQL01'));
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
  assert.equal(draft.document.routing.unitCode, '140105', '属地来自代码中的山西行政区划（小店区）');
  const validation = await (await api(context, 'POST', `applications/${id}/validate`, {})).json();
  const findings = JSON.stringify(validation);
  assert.match(findings, /manual_review/, '校验结果把代码交给审核人员人工复核');
  await context.close();
});

// The probe's text items whose text matches `re`.
const textsMatching = (p, re) => p.texts.filter((t) => re.test(t[5]));
// A text item leaves its column (or the window) when its right edge lies beyond either.
function outside(t, width) {
  const [x, , w, , right] = t;
  return x + w > right + 1 || x + w > width + 1 || x < -1;
}

async function materialsAt(width, uscc, name) {
  const account = await registered(uscc, name);
  assert.equal(account.status, 201, JSON.stringify(account.body));
  const { context, page, consoleLines } = await openApp(browser, server.url);
  await page.setViewportSize({ width, height: 800 });
  await signInByApi(context, server.url, account.uscc, account.password);
  await reloadApp(page);
  await openWizard(page);
  await goToStep(page, 7);
  await waitForProbe(page, (q) => q.rects['material:1:pick']);
  return { context, page, consoleLines };
}

const notPdf = { name: '租赁合同（扫描）.docx.pdf', mimeType: 'application/pdf', buffer: Buffer.from('这不是 PDF，只是一段文字') };
const tooBig = () => ({ name: '审计报告（全本）.pdf', mimeType: 'application/pdf',
  buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(21 * 1024 * 1024, 0x20)]) });

test('2 3 5 被浏览器拒绝的文件：整条提示在栏内换行、没有“?”字形，只提供“重新选择文件”，重新选择后上传成功', async () => {
  const { context, page } = await materialsAt(1024, makeUscc('140105', 'MA0UPL01'), '太原上传提示测试有限公司');
  await uploadMaterial(page, 4, notPdf);
  await waitForProbe(page, (q) => q.values['material:4'] === 'failed');
  await uploadMaterial(page, 8, tooBig());
  let p = await waitForProbe(page, (q) => q.values['material:8'] === 'failed');
  await settle(page);
  p = await probe(page);
  await snap(page, '2-refused-files-1024');
  const width = page.viewportSize().width;

  // 2: the whole message is drawn, wrapped inside its column.
  const typeMsg = textsMatching(p, /内容不是 PDF、JPEG 或 PNG/);
  const sizeMsg = textsMatching(p, /超过单个文件上限/);
  assert.equal(typeMsg.length, 1, '类型错误的提示显示为一个文本项');
  assert.equal(sizeMsg.length, 1, '超过大小的提示显示为一个文本项');
  assert.match(sizeMsg[0][5], /20\.0 MB.*压缩或拆分/, '上限与处理办法都在提示中');
  for (const t of [...typeMsg, ...sizeMsg]) {
    assert.ok(!outside(t, width), `提示越出栏外：${JSON.stringify(t.slice(0, 5))} ${t[5]}`);
    assert.ok(t[3] > 30, '长提示换成多行');
  }
  // 3: no character of these messages lacks a glyph (扩 in 扩展名).
  for (const t of [...typeMsg, ...sizeMsg]) assert.equal(t[6], '', `缺字形：${t[6]}`);
  const lacks = await page.evaluate((text) => Module.ccall('sxpool_missing_glyphs', 'string', ['string'], [text]),
    typeMsg[0][5]);
  assert.equal(lacks, '');
  // 5: a refused file offers 重新选择文件, not 重试.
  assert.equal(p.rects['material:4:retry'], undefined, '被拒绝的文件不提供“重试”');
  assert.equal(p.rects['material:8:retry'], undefined);
  assert.ok(p.rects['material:4:pick']);
  const { minimalPdf } = await import('./fixtures.mjs');
  await uploadMaterial(page, 4, { name: '租赁合同.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Lease') });
  await waitForProbe(page, (q) => q.values['material:4'] === 'uploaded');
  const apps = await (await api(context, 'GET', 'applications')).json();
  const detail = await (await api(context, 'GET', `applications/${apps.items[0].id}`)).json();
  assert.deepEqual(detail.materials.map((m) => String(m.kind)), ['4'], '服务器只保存了重新选择的文件');
  await context.close();
});

// Chinese string literals of source files (C++ "…" and JavaScript '…'), as the app may show them.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import pathModule from 'node:path';
import { repoRoot } from './harness.mjs';
function sourceFiles(dir, exts) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = pathModule.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p, exts));
    else if (exts.some((e) => p.endsWith(e))) out.push(p);
  }
  return out;
}
function chineseLiterals(files) {
  const out = new Set();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'/g)) {
      const s = m[1] ?? m[2];
      if (/[^\x00-\x7f]/.test(s)) out.add(s);
    }
  }
  return [...out];
}

test('3 字形：界面自己的文字、服务器的提示、演示数据中的每个字都在字形图集中（不显示为“?”）', async () => {
  const demo = { account: '91140105MA54QJ070P', password: 'Demo2026!sx' };
  const { context, page } = await signedInApp(demo.account, demo.password);
  await waitForProbe(page, (q) => q.values.screen === 'home', 20000);
  await settle(page);
  const lacking = (texts) => page.evaluate((all) => {
    const missing = new Set();
    for (const t of all) for (const c of Module.ccall('sxpool_missing_glyphs', 'string', ['string'], [t])) missing.add(c);
    return [...missing].join('');
  }, texts);

  // The app's own text (its message catalogue: the web app's and the domain's literals, the browser bridge's).
  const ui = chineseLiterals([...sourceFiles(pathModule.join(repoRoot, 'web'), ['.cpp', '.hpp', '.js']),
    ...sourceFiles(pathModule.join(repoRoot, 'shared/src'), ['.cpp']),
    ...sourceFiles(pathModule.join(repoRoot, 'shared/include'), ['.hpp'])]);
  assert.ok(ui.length > 500, `界面文字 ${ui.length} 条`);
  assert.equal(await lacking(ui), '', '界面自己的文字缺字形');

  // Text from outside: the server's messages and the demo data (names, addresses, cases), as they arrive.
  // (server/documents writes Word and PDF files: its text never reaches the browser)
  const serverTexts = chineseLiterals(sourceFiles(pathModule.join(repoRoot, 'server'), ['.cpp', '.hpp'])
    .filter((f) => !f.includes(`${pathModule.sep}documents${pathModule.sep}`)));
  const province = await browser.newContext();
  await signInByApi(province, server.url, 'admin', 'Demo2026!sx');
  const queue = await (await province.request.get(server.url + 'api/v1/queue?pageSize=200')).json();
  const demoTexts = [];
  for (const item of queue.items) {
    const d = await (await province.request.get(server.url + `api/v1/applications/${item.id}`)).text();
    demoTexts.push(d);
  }
  await province.close();
  assert.ok(demoTexts.length >= 10, `演示申请 ${demoTexts.length} 份`);
  const outsideTexts = [...serverTexts, ...demoTexts];
  await page.evaluate((all) => { for (const t of all) Module.ccall('sxpool_note_text', null, ['string'], [t]); }, outsideTexts);
  await waitForProbe(page, (q) => q.values.font_missing === '0', 20000);
  await settle(page);
  assert.equal(await lacking(outsideTexts), '', '服务器的提示或演示数据缺字形');
  await context.close();
});

// A demo application in `state`, its owner's account (the USCC; every demo password is the same).
async function demoApplicant(state) {
  const province = await browser.newContext();
  await signInByApi(province, server.url, 'admin', 'Demo2026!sx');  // the admin sees every demo application
  const queue = await (await province.request.get(server.url + `api/v1/queue?state=${state}&pageSize=50`)).json();
  const item = queue.items[0];
  const detail = await (await province.request.get(server.url + `api/v1/applications/${item.id}`)).json();
  await province.close();
  return { id: item.id, account: detail.document.basic.uscc, password: 'Demo2026!sx' };
}

test('9 小事：下一步说要做什么；无 favicon 404；登录前的会话检查不报控制台错误；刷新回到原来的步骤与滚动位置', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const consoleErrors = [];
  const notFound = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('response', (r) => { if (r.status() === 404) notFound.push(r.url()); });
  await page.goto(server.url);
  await appReady(page);
  await waitForProbe(page, (q) => q.values.screen === 'signin');
  await settle(page);
  assert.deepEqual(notFound, [], '页面加载时没有 404（favicon）');
  assert.deepEqual(consoleErrors, [], '登录前的会话检查不在控制台报错');

  const account = await registered(makeUscc('140105', 'MA0QML01'), '太原小事测试有限公司');
  await signInByApi(context, server.url, account.uscc, account.password);
  await reloadApp(page);
  let p = await waitForProbe(page, (q) => q.values.screen === 'home' && q.values.next_step, 20000);
  assert.notEqual(p.values.next_step, '草稿', '“下一步”不只是重复状态');
  assert.match(p.values.next_step, /填写.*提交/);

  await openWizard(page);
  await goToStep(page, 1);  // 单位情况概述: four long text boxes, taller than the window
  await page.mouse.move(600, 500);
  await page.mouse.wheel(0, 500);
  await settle(page);
  await page.waitForTimeout(800);  // the place is kept half a second after it last changed
  await settle(page);
  const before = await probe(page);
  const anchor = Object.keys(before.rects).find((k) => k.startsWith('field:') && before.rects[k][1] > 200);
  assert.ok(anchor, '滚动后有可见的字段');
  await reloadApp(page);
  p = await waitForProbe(page, (q) => q.values.screen === 'wizard' && q.values.wizard_step === '1' && q.rects[anchor], 20000);
  await settle(page);
  p = await probe(page);
  assert.ok(Math.abs(p.rects[anchor][1] - before.rects[anchor][1]) < 4,
    `刷新后 ${anchor} 在 ${p.rects[anchor][1]}，刷新前在 ${before.rects[anchor][1]}`);
  await snap(page, '9-after-reload-same-place');
  await context.close();
});

test('审核的申请人一侧：退回意见在首页列出并显示在字段处；消息带日期、看到即已读；撤回需确认，之后说明下一步', async () => {
  const owner = await demoApplicant('returned');
  const { context, page } = await signedInApp(owner.account, owner.password);
  let p = await waitForProbe(page, (q) => q.values.screen === 'home' && q.values.return_comments
    && q.values.inbox_unread !== undefined, 20000);
  assert.ok(Number(p.values.return_comments) >= 1, '首页列出退回修改意见');
  assert.match(p.values['inbox:0'], /^\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d/, '消息带日期');
  await settle(page);
  await snap(page, 'review-1-home-returned');
  const inbox = await (await api(context, 'GET', 'inbox')).json();
  assert.ok(inbox.items.length >= 1);
  assert.equal(inbox.unread, 0, '看到的消息在服务器上标为已读');

  await clickWidget(page, 'return_comment:0:open');
  await waitForProbe(page, (q) => q.values.screen === 'wizard');
  await settle(page);
  p = await probe(page);
  assert.ok(p.texts.some((t) => t[5].startsWith('审核意见：')), '字段处显示审核意见');
  await snap(page, 'review-2-comment-at-field');
  await clickWidget(page, 'back_home');
  await waitForProbe(page, (q) => q.values.screen === 'home' && q.rects.withdraw);
  await clickWidget(page, 'withdraw');
  await waitForProbe(page, (q) => q.values.withdraw_dialog === 'open' && q.rects.confirm_withdraw);
  await snap(page, 'review-3-withdraw-confirm');
  await page.keyboard.press('Escape');
  await waitForProbe(page, (q) => q.values.withdraw_dialog === 'closed');
  let detail = await (await api(context, 'GET', `applications/${owner.id}`)).json();
  assert.equal(detail.state.code, 'returned', 'Esc 取消，什么都没发生');
  await clickWidget(page, 'withdraw');
  await waitForProbe(page, (q) => q.rects.confirm_withdraw);
  await clickWidget(page, 'confirm_withdraw');
  p = await waitForProbe(page, (q) => q.values.application_state === 'withdrawn', 20000);
  assert.match(p.values.next_step, /撤回/);
  assert.equal(p.rects.withdraw, undefined, '撤回后不再提供撤回');
  detail = await (await api(context, 'GET', `applications/${owner.id}`)).json();
  assert.equal(detail.state.code, 'withdrawn');
  await context.close();
});

test('6 两个标签页：一个保存后另一个立刻得知并换上新内容（不再显示过时的“已同步”），之后的修改不冲突', async () => {
  const account = await registered(makeUscc('140105', 'MA0TAB01'), '太原双标签页测试有限公司');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await signInByApi(context, server.url, account.uscc, account.password);
  const open = async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await appReady(page);
    await openWizard(page);
    return page;
  };
  const a = await open();
  const b = await open();
  await a.bringToFront();
  await typeInto(a, 'field:basic.address', '山西省太原市小店区甲路1号', { ime: true });
  await settle(a);
  await snap(a, '6-tab-a-typed');
  await waitForProbe(a, (q) => q.values.sync_status === '已同步' && q.values.draft_revision !== '0', 20000);
  await settle(a);
  const id = (await (await api(context, 'GET', 'applications')).json()).items[0].id;
  const saved = await (await api(context, 'GET', `applications/${id}/draft`)).json();
  await b.bringToFront();
  const p = await waitForProbe(b, (q) => q.values.draft_revision === String(saved.revision)
    && q.values.sync_status === '已同步', 10000);
  assert.equal(p.values.draft_revision, String(saved.revision), '乙标签页换上了服务器的新版本');
  await snap(b, '6-other-tab-updated');
  await typeInto(b, 'field:basic.postalCode', '030006');
  // Synced again means a newer revision than 甲's (the status reads 已同步 until the edit is noticed).
  await waitForProbe(b, (q) => q.values.sync_status === '已同步' && Number(q.values.draft_revision) > saved.revision
    && !q.rects.conflict_keep_mine, 20000);
  const draft = await (await api(context, 'GET', `applications/${id}/draft`)).json();
  assert.equal(draft.document.basic.address, '山西省太原市小店区甲路1号', '甲的修改仍在');
  assert.equal(draft.document.basic.postalCode, '030006', '乙的修改已保存，没有冲突');
  await context.close();
});

test('7 表格：服务人员、专家、合作机构的表头换行不截断，日期列放得下日期，被截断的单元格悬停或获得焦点时显示全文', async () => {
  const demo = { account: '91140105MA54QJ070P', password: 'Demo2026!sx' };
  const { context, page } = await signedInApp(demo.account, demo.password);
  await waitForProbe(page, (q) => q.values.screen === 'home' && q.rects.open_wizard, 20000);
  await clickWidget(page, 'open_wizard');
  await waitForProbe(page, (q) => q.values.screen === 'wizard');
  for (const step of [3, 5]) {
    await goToStep(page, step);
    await settle(page);
    let p = await probe(page);
    await snap(page, `7-tables-step-${step}`);
    const headers = ['职务', '有无合同、社保证明等', '签有合作协议', '协议签订日期', '工作单位', '有合作协议或佐证'].filter((h) => p.texts.some((t) => t[5] === h));
    assert.ok(headers.length >= 1, `第 ${step} 步的表头显示为完整的文本项`);
    for (const t of p.texts.filter((x) => headers.includes(x[5])))
      assert.ok(!outside(t, 1280), `表头「${t[5]}」越出其列`);
    const dateCuts = Object.keys(p.values).filter((k) => /^cut:partners\[\d+\]\.agreementDate$/.test(k));
    assert.deepEqual(dateCuts, [], '日期列放得下完整日期');
    const cut = Object.keys(p.values).find((k) => k.startsWith('cut:') && p.rects['field:' + k.slice(4)]);
    if (!cut) continue;
    const field = 'field:' + cut.slice(4);
    const [x, y, w, h] = p.rects[field];
    await page.mouse.move(x + w / 2, y + h / 2);
    p = await waitForProbe(page, (q) => q.values.tooltip === q.values[cut], 5000);
    assert.equal(p.values.tooltip, p.values[cut], '悬停显示单元格全文');
    await snap(page, `7-tooltip-step-${step}`);
  }
  await context.close();
});

test('8 多行输入框（活动情况）随输入自动换行，换行只用于显示；光标留在输入处', async () => {
  const account = await registered(makeUscc('140105', 'MA0WRP01'), '太原换行测试有限公司');
  const { context, page } = await signedInApp(account.uscc, account.password);
  await openWizard(page);
  const path = 'basic.activities';
  const { scrollIntoView } = await import('./harness.mjs');
  await scrollIntoView(page, `field:${path}`);
  const long = '本机构常年为中小企业提供政策咨询、数字化转型诊断、人才培训和融资对接服务，' +
    '二〇二五年共组织专题培训二十四场，服务企业三百余家，举办银企对接会六场，帮助企业获得贷款一点二亿元。';
  await typeInto(page, `field:${path}`, long, { ime: true });
  await page.keyboard.type('OK');  // typed after the wrapped text: the cursor is where the typing ended
  await settle(page);
  let p = await probe(page);
  await snap(page, '8-multiline-wrapped');
  assert.ok(Number(p.values[`lines:${path}`]) >= 2, `显示为 ${p.values[`lines:${path}`]} 行`);
  assert.ok(!p.texts.some((t) => t[5].startsWith('全文（自动换行显示）')), '不再另画一份灰色的换行副本');
  const [x, , w] = p.rects[`field:${path}`];
  assert.ok(x + w <= 1280, '输入框在窗口内');
  await waitForProbe(page, (q) => q.values.sync_status === '已同步', 20000);
  const id = (await (await api(context, 'GET', 'applications')).json()).items[0].id;
  const draft = await (await api(context, 'GET', `applications/${id}/draft`)).json();
  assert.equal(draft.document.basic.activities, long + 'OK', '保存的文字里没有显示用的换行');
  await context.close();
});
