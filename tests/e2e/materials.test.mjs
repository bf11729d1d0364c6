// Materials beyond the file picker, in real headless Chromium against a live server: a file dragged from the
// desktop and dropped on a material's row is uploaded to that material (the server stores the same bytes), and
// “预览” of an uploaded file opens it in a new browser tab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { startServer, launchBrowser, openApp, probe, settle, waitForProbe, reloadApp, shot, openWizard, goToStep,
  signInByApi, serverDraft, makeJpeg, uploadMaterial, scrollIntoView, clickWidget } from './harness.mjs';
import { makeUscc, minimalPdf } from './fixtures.mjs';

let server;
let browser;
const applicant = { uscc: makeUscc('140107', 'MA0DRP01'), password: 'Materials#2026x' };
before(async () => {
  server = await startServer(['--demo']);
  browser = await launchBrowser();
  const r = await fetch(server.url + 'api/v1/applicants', {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Sxpool-Request': '1' },
    body: JSON.stringify({ uscc: applicant.uscc, name: '太原杏花岭材料测试有限公司', contactName: '王芳',
      contactPhone: '13811112222', email: 'wf@example.cn', password: applicant.password }),
  });
  assert.equal(r.status, 201, await r.text());
});
after(async () => { await browser?.close(); await server?.stop(); });

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

async function openMaterials() {
  const { context, page } = await openApp(browser, server.url);
  await signInByApi(context, server.url, applicant.uscc, applicant.password);
  await reloadApp(page);
  await openWizard(page);
  await goToStep(page, 7);
  return { context, page };
}

// What the browser does when a file from the desktop is dropped at the widget's centre: dragenter, dragover and
// drop events carrying a DataTransfer with the file, on the element under the pointer.
async function dropFile(page, widget, file) {
  await scrollIntoView(page, widget);
  const [x, y, w, h] = (await probe(page)).rects[widget];
  const at = { x: x + w / 2, y: y + h / 2 };
  await page.mouse.move(at.x, at.y);
  await page.evaluate(({ at, name, type, base64 }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], name, { type }));
    const target = document.elementFromPoint(at.x, at.y);
    for (const kind of ['dragenter', 'dragover', 'drop'])
      target.dispatchEvent(new DragEvent(kind, { dataTransfer: data, clientX: at.x, clientY: at.y, bubbles: true, cancelable: true }));
  }, { at, name: file.name, type: file.mimeType, base64: file.buffer.toString('base64') });
}

test('拖放文件到“申请材料”的某一项：上传到该项，服务器保存的字节与文件相同', async () => {
  const { context, page } = await openMaterials();
  const lease = { name: '租赁合同（拖放）.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Lease contract, dropped') };
  await dropFile(page, 'material:4:pick', lease);
  await waitForProbe(page, (q) => q.values['material:4'] === 'uploaded');
  const licence = { name: '营业执照（拖放）.jpg', mimeType: 'image/jpeg', buffer: await makeJpeg(page, '营业执照（拖放）') };
  await dropFile(page, 'material:3:pick', licence);
  await waitForProbe(page, (q) => q.values['material:3'] === 'uploaded');
  await settle(page);
  await shot(page, 'materials-1-dropped');

  const { id, detail } = await serverDraft(page, server.url);
  const stored = Object.fromEntries(detail.materials.map((m) => [String(m.kind), m]));
  assert.deepEqual(Object.keys(stored).sort(), ['3', '4'], '只有拖放到的两项有文件');
  for (const [kind, file] of [['4', lease], ['3', licence]]) {
    assert.equal(stored[kind].fileName, file.name);
    assert.equal(stored[kind].contentType, file.mimeType);
    assert.equal(stored[kind].sha256, sha256(file.buffer));
    const bytes = await (await context.request.get(server.url + `api/v1/applications/${id}/files/${stored[kind].sha256}`)).body();
    assert.ok(bytes.equals(file.buffer), `材料 ${kind} 在服务器上的字节与拖放的文件相同`);
  }
  await context.close();
});

test('预览：点击已上传材料的“预览”，在新标签页打开该文件，内容与上传的相同', async () => {
  const { context, page } = await openMaterials();
  const credit = { name: '信用中国查询截图.jpg', mimeType: 'image/jpeg', buffer: await makeJpeg(page, '信用中国：无失信记录') };
  await uploadMaterial(page, 10, credit);
  await waitForProbe(page, (q) => q.values['material:10'] === 'uploaded');
  await scrollIntoView(page, 'material:10:preview');
  const opened = context.waitForEvent('page', { timeout: 10000 });
  await clickWidget(page, 'material:10:preview');
  const tab = await opened;
  await tab.waitForURL(/^blob:/, { timeout: 10000 });  // the file, fetched with the session, as a same-origin blob
  assert.equal(new URL(tab.url().slice('blob:'.length)).origin, new URL(server.url).origin);
  const shown = Buffer.from(await tab.evaluate(async () =>
    Array.from(new Uint8Array(await (await fetch(location.href)).arrayBuffer()))));
  assert.ok(shown.equals(credit.buffer), '新标签页中的文件与上传的字节相同');
  const size = await tab.evaluate(() => { const img = document.querySelector('img'); return img && [img.naturalWidth, img.naturalHeight]; });
  assert.deepEqual(size, [320, 200], '新标签页把 JPEG 作为图片显示');
  await shot(tab, 'materials-2-preview-tab');
  await context.close();
});
