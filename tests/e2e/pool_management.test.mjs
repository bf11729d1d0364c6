// 资源库管理 in real headless Chromium (指南第九、十、十二条): the province changes an admitted institution's 服务类别 (a
// reason is required, an audit row kept), records its annual evaluation — 不符合要求 and removal, behind a
// confirmation — after which the institution is removed and gone from the public directory; and imports the
// institutions admitted in 2025 from a pasted CSV: a file with mistakes is refused line by line and creates nothing,
// the corrected file creates them all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, clickWidget, waitForProbe, shot, typeInto, pasteInto, scrollIntoView } from './harness.mjs';
import { startDemo, apiSession, reviewerPage, replaceText } from './review_helpers.mjs';
import { makeUscc } from './fixtures.mjs';

let server;
let browser;
before(async () => { server = await startDemo('2026-04-20'); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

async function openPoolScreen(page) {
  await waitForProbe(page, (q) => q.rects['appbar:pool'], 20000);
  await clickWidget(page, 'appbar:pool');
  return waitForProbe(page, (q) => q.values.screen === 'pool' && (q.values.pool_ids || '') !== '', 20000);
}

async function choose(page, combo, code) {
  await scrollIntoView(page, combo);  // the evaluation form is below the fold, as it is for a user
  await clickWidget(page, combo);
  await waitForProbe(page, (q) => q.rects[`${combo}:${code}`]);
  await clickWidget(page, `${combo}:${code}`);
  await waitForProbe(page, (q) => q.values[combo] === code);
}

test('省工信厅在资源库管理中修改服务类别（须写明原因），录入年度评价“不符合要求、移出”并确认后，机构移出资源库、名录中不再出现',
  async () => {
    const province = await apiSession(server.url, 'province');
    const admitted = (await province.get('queue?state=admitted')).json.items;
    assert.ok(admitted.length > 0);
    const { id, uscc } = admitted[0];
    assert.equal((await fetch(server.url + `api/v1/public/directory/${id}`)).status, 200);

    const { context, page } = await reviewerPage(browser, server, 'province');
    await openPoolScreen(page);
    await typeInto(page, 'pool:search', uscc);
    await waitForProbe(page, (q) => q.values.pool_ids === String(id));
    await clickWidget(page, `pool_open:${id}`);
    await waitForProbe(page, (q) => q.values.pool_selected === String(id) && q.values.evaluations === '0', 20000);

    // 分类: without a reason the server refuses and says what to write.
    await choose(page, 'pool_class:class', 'testing');
    await clickWidget(page, 'pool_class:save');
    let q = await waitForProbe(page, (s) => /变更原因/.test(s.values.pool_class_message || ''));
    assert.notEqual((await province.get(`pool/${id}/classification`)).json.classification?.serviceClass?.code, 'testing');
    await typeInto(page, 'pool_class:reason', '年度评价后按实际服务调整', { ime: true });
    await clickWidget(page, 'pool_class:save');
    q = await waitForProbe(page, (s) => /检验检测类/.test(s.values[`pool_row:${id}`] || ''));
    assert.match(q.values.pool_class_message, /分类已修改/);
    assert.equal((await province.get(`pool/${id}/classification`)).json.classification.serviceClass.code, 'testing');
    const events = (await province.get('audit?limit=50')).json.items.map((r) => r.event);
    assert.ok(events.includes('classification_changed'));
    await shot(page, 'pool-management-1-classification');

    // 年度评价: 不符合要求, 移出 — confirmed in a dialog first.
    await scrollIntoView(page, 'eval:year');
    await replaceText(page, 'eval:year', '2026');
    await choose(page, 'eval:result', 'unqualified');
    await choose(page, 'eval:decision', 'remove');
    await choose(page, 'eval:removal', 'evaluation_failed');
    await scrollIntoView(page, 'eval:meeting');
    await typeInto(page, 'eval:meeting', '2026年第3次厅务会', { ime: true });
    await scrollIntoView(page, 'eval:submit');
    await clickWidget(page, 'eval:submit');
    await waitForProbe(page, (s) => s.values.dialog === 'confirm_evaluation' && s.rects['evalconfirm:cancel']);
    await shot(page, 'pool-management-2-confirm-removal');
    await clickWidget(page, 'evalconfirm:cancel');  // cancelling changes nothing
    await waitForProbe(page, (s) => s.values.dialog === '');
    assert.equal((await province.get(`applications/${id}`)).json.state.code, 'admitted');
    await clickWidget(page, 'eval:submit');
    await waitForProbe(page, (s) => s.values.dialog === 'confirm_evaluation' && s.rects['evalconfirm:ok']);
    await clickWidget(page, 'evalconfirm:ok');
    q = await waitForProbe(page, (s) => /已移出资源库/.test(s.values.pool_message || '') && s.values.pool_loading === '0'
      && !(s.values.pool_ids || '').split(',').includes(String(id)), 20000);
    assert.equal(q.values.pool_selected, '');

    const detail = (await province.get(`applications/${id}`)).json;
    assert.equal(detail.state.code, 'removed');
    const evaluations = (await province.get(`pool/${id}/evaluations`)).json;
    assert.equal(evaluations.items.length, 1);
    assert.equal(evaluations.items[0].meetingRef, '2026年第3次厅务会');
    assert.equal((await fetch(server.url + `api/v1/public/directory/${id}`)).status, 404);
    await shot(page, 'pool-management-3-removed');
    await context.close();
  });

test('导入2025年入库机构：有错误的名单逐行报错、一家也不导入；改正后全部导入，列表中显示为导入', async () => {
  const header = '统一社会信用代码,机构名称,所属市代码,所属县代码,入库日期,服务性质,服务类别,联系人,联系电话';
  const a = makeUscc('140105', 'MA0E2E01');
  const b = makeUscc('140400', 'MA0E2E02');
  const good = `${header}\n${a},太原市导入测试服务中心,140100,140105,2025-06-30,社会化,数字赋能类,王敏,0351-1234567\n` +
    `${b},长治市导入测试服务公司,140400,,2025-11-02,public_welfare,testing,赵强,13800001111\n`;
  const bad = `${header}\n${a},太原市导入测试服务中心,140100,140105,2026-01-02,社会化,数字赋能类,王敏,0351-1234567\n` +
    `${b},长治市导入测试服务公司,140400,,2025-11-02,半公益,testing,赵强,13800001111\n`;
  const province = await apiSession(server.url, 'province');
  const before = (await province.get('pool')).json.items.length;

  const { context, page } = await reviewerPage(browser, server, 'province', { clipboard: true });
  await openPoolScreen(page);
  const paste = (text) => pasteInto(page, 'import:csv', text);
  await paste(bad);
  await clickWidget(page, 'import:submit');
  let q = await waitForProbe(page, (s) => Number(s.values.import_problems || 0) >= 2, 20000);
  assert.match(q.values.import_message, /导入文件有 \d+ 处错误，未导入任何机构：第2行/);
  assert.equal((await province.get('pool')).json.items.length, before);
  await shot(page, 'pool-management-4-import-errors');

  await paste(good);
  await clickWidget(page, 'import:submit');
  q = await waitForProbe(page, (s) => /已导入 2 家2025年入库机构/.test(s.values.import_message || ''), 20000);
  assert.equal(q.values.import_problems, '0');
  const items = (await province.get('pool')).json.items;
  assert.equal(items.length, before + 2);
  const imported = items.filter((v) => v.uscc === a || v.uscc === b);
  assert.equal(imported.length, 2);
  assert.ok(imported.every((v) => v.source === 'import'));
  q = await waitForProbe(page, (s) => s.values.pool_count === String(before + 2));
  await typeInto(page, 'pool:search', a);
  const row = imported.find((v) => v.uscc === a);
  q = await waitForProbe(page, (s) => s.values.pool_ids === String(row.id));
  assert.equal(q.values[`pool_row:${row.id}`], '社会化服务机构 · 数字赋能类');
  await shot(page, 'pool-management-5-imported');
  await context.close();
});
