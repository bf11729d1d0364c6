// Downloads in real headless Chromium against a live server (--demo): the applicant saves its 申请书 as Word and as
// PDF from the home screen, a city reviewer the 推荐汇总表 and the queue as CSV. Each file arrives as a browser
// download under the server's Chinese name (RFC 6266 filename*), its bytes are what they claim to be (a docx is a
// zip, the PDF's text holds the unit's name), the widget map shows the download as saved, and the server's audit
// log has one document_exported row per file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, openApp, probe, clickWidget, settle, waitForProbe, reloadApp, shot, typeInto,
  signInByApi, artifactsDir } from './harness.mjs';

const PASSWORD = 'Demo2026!sx';
const APPLICANT = '91140105MA54QJ070P';  // the demo's filled-in applicant (小店区, 太原市)

let server;
let browser;
before(async () => { server = await startServer(['--demo']); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

async function signIn(page, account) {
  await waitForProbe(page, (q) => q.values.screen === 'signin');
  await typeInto(page, 'signin:account', account);
  await typeInto(page, 'signin:password', PASSWORD);
  await page.keyboard.press('Enter');
}

// Clicks the download button `key` and returns the browser's download, saved under artifacts/e2e/.
async function download(page, key) {
  const started = page.waitForEvent('download', { timeout: 30000 });
  await clickWidget(page, `download:${key}`);
  const d = await started;
  const file = path.join(artifactsDir, `documents-${d.suggestedFilename()}`);
  await d.saveAs(file);
  const p = await waitForProbe(page, (q) => q.values[`download:${key}`] === 'saved', 30000);
  return { name: d.suggestedFilename(), file, bytes: readFileSync(file), text: p.values[`download:${key}:text`] };
}

// The document_exported rows of the audit log (read by the admin), newest first.
async function exportRows() {
  const admin = await browser.newContext();
  await signInByApi(admin, server.url, 'admin', PASSWORD);
  const audit = await (await admin.request.get(server.url + 'api/v1/audit?limit=500')).json();
  await admin.close();
  return audit.items.filter((r) => r.event === 'document_exported');
}

test('申请机构：首页下载申请书 Word 与 PDF，浏览器以中文文件名保存，审计日志各记一条', async () => {
  const { context, page } = await openApp(browser, server.url);
  await signIn(page, APPLICANT);
  const home = await waitForProbe(page, (q) => q.values.screen === 'home'
    && Object.keys(q.rects).some((k) => k.startsWith('download:docx:')), 20000);
  const id = Object.keys(home.rects).find((k) => k.startsWith('download:docx:')).split(':')[2];
  const apps = await (await context.request.get(server.url + 'api/v1/applications')).json();
  const unitName = apps.items[0].name;
  assert.ok(unitName.length > 2);

  const docx = await download(page, `docx:${id}`);
  assert.equal(docx.name, `入库申请书_${unitName}_草稿.docx`);
  assert.equal(docx.bytes.subarray(0, 2).toString('latin1'), 'PK');  // an OOXML package is a zip
  assert.match(docx.bytes.toString('latin1'), /word\/document\.xml/);
  assert.equal(docx.text.startsWith(`已保存：${docx.name}`), true);
  assert.ok(Number((await probe(page)).values[`download:docx:${id}:reports`]) > 0, '读取响应体时应报告进度');

  const pdf = await download(page, `pdf:${id}`);
  assert.equal(pdf.name, `入库申请书_${unitName}_草稿.pdf`);
  assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  const text = execFileSync('pdftotext', ['-layout', pdf.file, '-']).toString('utf8');
  assert.ok(text.replace(/\s+/g, '').includes(unitName), 'pdftotext 的结果应含单位名称');

  await settle(page);
  const shown = await probe(page);
  assert.equal(shown.values[`download:pdf:${id}`], 'saved');
  await shot(page, 'documents-applicant-home');

  const rows = await exportRows();
  for (const name of [docx.name, pdf.name]) {
    const row = rows.find((r) => r.comment === name);
    assert.ok(row, `审计日志中应有导出 ${name} 的记录`);
    assert.equal(row.account, APPLICANT);
    assert.equal(String(row.applicationId), id);
  }
  await context.close();
});

test('市级审核员：下载推荐汇总表（xlsx）与审核列表（CSV），审计日志各记一条', async () => {
  const { context, page } = await openApp(browser, server.url);
  await signIn(page, 'taiyuan');
  await waitForProbe(page, (q) => q.values.screen === 'reviewer' && q.rects['download:summary']
    && q.rects['download:queue_csv'], 20000);

  const summary = await download(page, 'summary');
  assert.match(summary.name, /^推荐汇总表_.+_2026\.xlsx$/);
  assert.equal(summary.bytes.subarray(0, 2).toString('latin1'), 'PK');
  assert.match(summary.bytes.toString('latin1'), /xl\/worksheets\/sheet1\.xml/);

  const queue = await download(page, 'queue_csv');
  assert.match(queue.name, /^审核列表_\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = queue.bytes.toString('utf8');
  assert.equal(csv.charCodeAt(0), 0xfeff);  // BOM: Excel and WPS open the Chinese correctly
  assert.ok(csv.slice(1).startsWith('序号,受理编号,单位名称'));
  const serverQueue = await (await context.request.get(server.url + 'api/v1/queue?pageSize=200')).json();
  assert.equal(csv.trimEnd().split('\r\n').length - 1, serverQueue.total);

  await settle(page);
  const shown = await probe(page);
  assert.match(shown.values['download:summary:text'], /^已保存：推荐汇总表_/);
  assert.match(shown.values['download:queue_csv:text'], /^已保存：审核列表_/);
  assert.equal(shown.rects['download:pool_csv'], undefined);  // the admitted pool is the province's list
  await shot(page, 'documents-city-reviewer');

  const rows = await exportRows();
  for (const name of [summary.name, queue.name]) {
    const row = rows.find((r) => r.comment.startsWith(name + '（'));
    assert.ok(row, `审计日志中应有导出 ${name} 的记录`);
    assert.equal(row.account, 'taiyuan');
  }
  await context.close();
});

test('省工信厅：公示批次列表逐批下载公示名单（CSV），并下载入库机构名单（CSV）', async () => {
  // Set-up through the API (publishing is another test's journey): one batch of the approved applications.
  const setup = await browser.newContext();
  await signInByApi(setup, server.url, 'province', PASSWORD);
  const approved = await (await setup.request.get(server.url + 'api/v1/queue?state=province_approved')).json();
  assert.ok(approved.total > 0);
  const published = await (await setup.request.post(server.url + 'api/v1/publicity', { headers: { 'X-Sxpool-Request': '1' },
    data: { ids: approved.items.map((i) => i.id), startDate: '2026-04-20' } })).json();
  await setup.close();

  const { context, page } = await openApp(browser, server.url);
  await signIn(page, 'province');
  const p = await waitForProbe(page, (q) => q.values.screen === 'reviewer' && q.values.publicity_batches === '1'
    && q.rects[`download:publicity:${published.batchId}`] && q.rects['download:pool_csv'], 20000);
  assert.equal(p.rects['download:summary'], undefined);  // the province sends no 推荐汇总表 of its own

  const batch = await download(page, `publicity:${published.batchId}`);
  assert.equal(batch.name, `公示名单_第${published.batchId}批_${published.startDate}.csv`);
  const rows = batch.bytes.toString('utf8').trimEnd().split('\r\n');
  assert.equal(rows.length - 1, approved.total);
  assert.ok(rows[0].startsWith('\ufeff序号,单位名称,统一社会信用代码'));

  const pool = await download(page, 'pool_csv');
  assert.match(pool.name, /^资源库入库机构名单_\d{4}-\d{2}-\d{2}\.csv$/);
  const admitted = await (await context.request.get(server.url + 'api/v1/queue?state=admitted')).json();
  assert.equal(pool.bytes.toString('utf8').trimEnd().split('\r\n').length - 1, admitted.total);

  await settle(page);
  await shot(page, 'documents-province');
  const audit = await exportRows();
  for (const name of [batch.name, pool.name]) {
    const row = audit.find((r) => r.comment.startsWith(name + '（'));
    assert.ok(row, `审计日志中应有导出 ${name} 的记录`);
    assert.equal(row.account, 'province');
  }
  await context.close();
});

test('提交之后：首页下载的是已提交的版本（文件名带回执号与版本号）与佐证材料压缩包', async () => {
  const { context, page } = await openApp(browser, server.url);
  await signIn(page, APPLICANT);
  await waitForProbe(page, (q) => q.values.screen === 'home', 20000);
  // The submission is another test's journey (applicant.test.mjs): here through the API with the page's cookie.
  const apps = await (await context.request.get(server.url + 'api/v1/applications')).json();
  const { id, name } = apps.items[0];
  const submitted = await context.request.post(server.url + `api/v1/applications/${id}/submit`,
    { headers: { 'X-Sxpool-Request': '1' }, data: {} });
  assert.equal(submitted.status(), 200, await submitted.text());
  const receipt = await submitted.json();
  await reloadApp(page);
  await waitForProbe(page, (q) => q.values.screen === 'home' && q.values.receipt_no === receipt.receiptNo
    && q.rects[`download:pdf:${id}`], 20000);
  const pdf = await download(page, `pdf:${id}`);
  assert.equal(pdf.name, `入库申请书_${name}_${receipt.receiptNo}_第${receipt.version}版.pdf`);
  assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  // The materials archive is streamed (chunked, no Content-Length): its files are named NN_材料名称.ext.
  const zip = await download(page, `zip:${id}`);
  assert.equal(zip.name, `申请材料_${name}.zip`);
  assert.equal(zip.bytes.subarray(0, 2).toString('latin1'), 'PK');
  assert.ok(zip.bytes.includes(Buffer.from('01_', 'utf8')), '压缩包中的文件以两位序号开头');
  await settle(page);
  await shot(page, 'documents-applicant-submitted');
  await context.close();
});
