// The applicant's journey in real headless Chromium against a live server: registration, the wizard with
// keyboard and IME-style entry, drafts that survive a reload, uploads (and a refused file), a conflict between
// two tabs, submission with a receipt. Every journey asserts on the server's state, not only on pixels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, appReady, probe, clickWidget, settle, waitForProbe, reloadApp, shot, typeInto,
  waitSynced, openWizard, goToStep, signInByApi, serverDraft as draftOf, makeJpeg, uploadMaterial, scrollIntoView }
  from './harness.mjs';
import { makeUscc, minimalPdf } from './fixtures.mjs';

let server;
let browser;
const applicant = { uscc: makeUscc('140105', 'MA0E2E01'), password: 'Applicant#2026x' };
before(async () => { server = await startServer(['--demo']); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const snap = (page, name) => shot(page, `applicant-${name}`);
const serverDraft = (page) => draftOf(page, server.url);

test('注册新申请机构，用键盘与输入法填写申请表；刷新后内容仍在', async () => {
  const { context, page } = await openApp(browser, server.url);
  await waitForProbe(page, (q) => q.values.screen === 'signin');
  await clickWidget(page, 'tab:register');
  await typeInto(page, 'signin:uscc', applicant.uscc);
  await typeInto(page, 'signin:name', '太原晋阳数智服务有限公司', { ime: true });
  await typeInto(page, 'signin:contact', '李娜', { ime: true });
  await typeInto(page, 'signin:phone', '13912345678');
  await typeInto(page, 'signin:email', 'lina@jinyang.example.cn');
  await typeInto(page, 'signin:reg_password', applicant.password);
  await typeInto(page, 'signin:reg_password2', applicant.password);
  await snap(page, '1-register');
  await clickWidget(page, 'signin:register');
  await openWizard(page);

  await typeInto(page, 'field:basic.address', '山西省太原市小店区长治路111号', { ime: true });
  await typeInto(page, 'field:basic.postalCode', '030006');
  await typeInto(page, 'field:basic.legalRepresentative', '张喆', { ime: true });
  await typeInto(page, 'field:basic.foundedOn', '2018-06-01');
  await typeInto(page, 'field:basic.registeredCapital', '500');
  await scrollIntoView(page, 'direction:hr');
  await clickWidget(page, 'direction:digital');
  await clickWidget(page, 'direction:policy');
  await clickWidget(page, 'direction:hr');  // a third direction: the control refuses it
  await waitSynced(page);
  await snap(page, '2-basic-filled');

  let { draft } = await serverDraft(page);
  assert.equal(draft.document.basic.name, '太原晋阳数智服务有限公司');
  assert.equal(draft.document.basic.address, '山西省太原市小店区长治路111号');
  assert.equal(draft.document.basic.legalRepresentative, '张喆');
  assert.equal(draft.document.basic.foundedOn, '2018-06-01');
  assert.deepEqual(draft.document.basic.directions, ['digital', 'policy']);

  await scrollIntoView(page, 'field:basic.postalCode');
  // Typed, then the page reloaded at once (before the background sync ran): the local copy carries it over.
  await typeInto(page, 'field:basic.postalCode', '');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('1');
  await page.waitForTimeout(250);  // a person's reload comes later than this, yet before the background sync
  await reloadApp(page);
  await openWizard(page);
  ({ draft } = await serverDraft(page));
  assert.equal(draft.document.basic.postalCode, '030001');
  assert.equal(draft.document.basic.address, '山西省太原市小店区长治路111号');
  await snap(page, '3-after-reload');
  await context.close();
});

test('上传真实的 PDF 与 JPEG；内容与文件名不符的文件被拒绝且服务器不留下任何东西', async () => {
  const { context, page } = await openApp(browser, server.url);
  await signInByApi(context, server.url, applicant.uscc, applicant.password);
  await reloadApp(page);
  await openWizard(page);
  await goToStep(page, 7);
  await waitForProbe(page, (q) => q.rects['material:1:pick']);

  const jpeg = await makeJpeg(page, '营业执照（扫描件）');
  const upload = (material, file) => uploadMaterial(page, material, file);
  await upload(1, { name: '入库申请表.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Application form') });
  await waitForProbe(page, (q) => q.values['material:1'] === 'uploaded');
  await upload(3, { name: '营业执照.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await waitForProbe(page, (q) => q.values['material:3'] === 'uploaded');
  await upload(4, { name: '租赁合同.pdf', mimeType: 'application/pdf', buffer: Buffer.from('这不是 PDF，只是一段文字') });
  await waitForProbe(page, (q) => q.values['material:4'] === 'failed');
  await settle(page);
  await snap(page, '4-materials');

  const { detail } = await serverDraft(page);
  const stored = detail.materials.map((m) => [m.kind, m.contentType]).sort();
  assert.deepEqual(stored, [['1', 'application/pdf'], ['3', 'image/jpeg']]);
  await context.close();
});

test('两台设备编辑同一草稿：离线时改过的副本得到冲突视图，不静默覆盖；选择保留本机版本后服务器采用它', async () => {
  // Two browsers (two devices): they share no BroadcastChannel; the second one edits while offline.
  const open = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await signInByApi(context, server.url, applicant.uscc, applicant.password);
    const page = await context.newPage();
    await page.goto(server.url);
    await appReady(page);
    await openWizard(page);
    return { context, page };
  };
  const { context, page: a } = await open();
  const { context: other, page: b } = await open();  // both now hold the same revision
  await b.bringToFront();
  await other.setOffline(true);
  await typeInto(b, 'field:basic.address', '（乙标签页修改）', { ime: true });
  await waitForProbe(b, (q) => /^离线/.test(q.values.sync_status), 20000);
  await a.bringToFront();
  await typeInto(a, 'field:basic.address', '（甲标签页修改）', { ime: true });
  await waitSynced(a);
  await other.setOffline(false);
  await b.bringToFront();
  const p = await waitForProbe(b, (q) => q.values.screen === 'wizard' && q.rects.conflict_keep_mine, 20000);
  assert.ok(Number(p.values.conflict_fields) >= 1);
  await snap(b, '5-conflict');
  let { draft } = await serverDraft(b);
  assert.match(draft.document.basic.address, /甲标签页修改/);

  await clickWidget(b, 'conflict_keep_mine');
  await waitSynced(b);
  ({ draft } = await serverDraft(b));
  assert.match(draft.document.basic.address, /乙标签页修改/);
  assert.doesNotMatch(draft.document.basic.address, /甲标签页修改/);
  await context.close();
  await other.close();
});

test('填好的申请：确认声明后提交，得到回执号，服务器状态为已提交', async () => {
  const { context, page } = await openApp(browser, server.url);
  await waitForProbe(page, (q) => q.values.screen === 'signin');
  await typeInto(page, 'signin:account', '91140105MA54QJ070P');  // the demo's ready-to-submit applicant
  await typeInto(page, 'signin:password', 'Demo2026!sx');
  await page.keyboard.press('Enter');
  await openWizard(page);
  assert.equal((await probe(page)).values.error_count, '0');
  await clickWidget(page, 'step:8');  // 承诺与声明: the submit button is at its end
  await waitForProbe(page, (q) => q.values.wizard_step === '8');
  await page.mouse.move(600, 500);
  await page.mouse.wheel(0, 3000);
  await settle(page);
  await clickWidget(page, 'submit');
  await waitForProbe(page, (q) => q.values.submit_dialog === 'open');
  await snap(page, '6-confirm');
  await page.keyboard.press('Enter');
  const p = await waitForProbe(page, (q) => q.values.screen === 'receipt', 20000);
  assert.match(p.values.receipt_no, /^SX2026-\d{6}$/);
  await settle(page);
  await snap(page, '7-receipt');
  const apps = await (await context.request.get(server.url + 'api/v1/applications')).json();
  assert.equal(apps.items[0].receiptNo, p.values.receipt_no);
  assert.notEqual(apps.items[0].state.code, 'draft');
  await context.close();
});

test('先填写，稍后注册：未登录时填写的内容保存在本机（刷新后仍在），注册后转入新账户的申请书并同步到服务器', async () => {
  const later = { uscc: makeUscc('140105', 'MA0E2E02'), password: 'Applicant#2026y' };
  const { context, page } = await openApp(browser, server.url);
  await waitForProbe(page, (q) => q.values.screen === 'signin');
  await clickWidget(page, 'fill_first');
  await waitForProbe(page, (q) => q.values.screen === 'wizard' && q.rects.signed_out_sign_in);
  await waitForProbe(page, (q) => /^未登录/.test(q.values.sync_status));  // kept here, not sent anywhere
  await typeInto(page, 'field:basic.name', '太原先填后注册服务中心', { ime: true });
  await typeInto(page, 'field:basic.address', '山西省太原市小店区学府街1号', { ime: true });
  await settle(page);
  await snap(page, '6-signed-out-draft');

  await reloadApp(page);  // kept on this device: still there for the next visit
  await waitForProbe(page, (q) => q.values.screen === 'signin');
  await clickWidget(page, 'tab:register');
  await typeInto(page, 'signin:uscc', later.uscc);
  await typeInto(page, 'signin:name', '太原先填后注册服务中心', { ime: true });
  await typeInto(page, 'signin:contact', '王芳', { ime: true });
  await typeInto(page, 'signin:phone', '13912345679');
  await typeInto(page, 'signin:email', 'wangfang@later.example.cn');
  await typeInto(page, 'signin:reg_password', later.password);
  await typeInto(page, 'signin:reg_password2', later.password);
  await clickWidget(page, 'signin:register');
  // Signed in: straight back into the wizard, the draft now this account's.
  await waitForProbe(page, (q) => q.values.screen === 'wizard' && q.rects.back_home, 20000);
  await waitSynced(page);
  const { draft } = await serverDraft(page);
  assert.equal(draft.document.basic.name, '太原先填后注册服务中心');
  assert.equal(draft.document.basic.address, '山西省太原市小店区学府街1号');
  await context.close();
});
