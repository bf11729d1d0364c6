// Browser test 5 (issue 12): an admin creates a county reviewer in the UI; the reviewer signs in, must change the
// password first, and then sees only its county's applications; once disabled, sign-in is refused in Chinese.
// Asserts on the screen (widget map) and on the server's state; screenshots under artifacts/e2e/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, clickWidget, settle, waitForProbe, typeInto, shot, reloadApp, probe }
  from './harness.mjs';

const demoPassword = 'Demo2026!sx';
const tempPassword = 'Start-pass-2026';
const newPassword = 'Own-pass-2026x';
const account = 'xd-e2e';

let server;
let browser;
before(async () => { server = await startServer(['--demo']); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

async function signInInUi(page, who, password) {
  await waitForProbe(page, (q) => q.values.screen === 'signin' && q.rects['signin:account']);
  await typeInto(page, 'signin:account', who);
  await typeInto(page, 'signin:password', password);
  await page.keyboard.press('Enter');  // Enter in the password field signs in
}

test('管理员新建县级审核账号；审核员首次登录须改密码，只看到本县申请；停用后登录被拒绝（中文提示）', async () => {
  // The admin signs in and opens 账号管理 from the app bar.
  const admin = await openApp(browser, server.url);
  const ap = admin.page;
  await signInInUi(ap, 'admin', demoPassword);
  await waitForProbe(ap, (q) => q.rects['appbar:accounts'], 20000);
  await clickWidget(ap, 'appbar:accounts');
  await waitForProbe(ap, (q) => q.values.screen === 'accounts' && Number(q.values.accounts_count) > 0);

  // 新建审核账号: account, name, role (county is the default), the unit picked by typing its code, a password.
  await clickWidget(ap, 'accounts:create');
  await waitForProbe(ap, (q) => q.rects['newacct:account']);
  await typeInto(ap, 'newacct:account', account);
  await typeInto(ap, 'newacct:displayName', '小店区工信局 测试审核员', { ime: true });
  await typeInto(ap, 'newacct:unit_filter', '140105');
  await waitForProbe(ap, (q) => q.values.newacct_unit === '140105');
  await typeInto(ap, 'newacct:password', tempPassword);
  await settle(ap);
  await shot(ap, 'accounts-create-dialog');
  await ap.keyboard.press('Enter');  // Enter confirms the dialog
  const created = await waitForProbe(ap, (q) => (q.values[`account:${account}`] || '').startsWith('待修改密码'));
  assert.equal(created.values[`account:${account}`], '待修改密码|140105');
  assert.match(created.values.accounts_message, /已创建账号「xd-e2e」（小店区）/);
  await shot(ap, 'accounts-list');
  // Server state: the account exists with its unit.
  const users = await (await admin.context.request.get(server.url + 'api/v1/users?role=county')).json();
  const row = users.items.find((u) => u.account === account);
  assert.ok(row, '服务器上应有新账号');
  assert.equal(row.unitCode, '140105');
  assert.equal(row.disabled, false);
  assert.equal(row.mustChangePassword, true);

  // The reviewer signs in: the change-password screen comes first, and the API refuses everything else.
  const reviewer = await openApp(browser, server.url);
  const rp = reviewer.page;
  await signInInUi(rp, account, tempPassword);
  const forced = await waitForProbe(rp, (q) => q.values.screen === 'change_password', 20000);
  assert.equal(forced.values.password_forced, '1');
  assert.equal(forced.rects['appbar:accounts'], undefined);
  await shot(rp, 'accounts-forced-password-change');
  const blocked = await reviewer.context.request.get(server.url + 'api/v1/queue');
  assert.equal(blocked.status(), 403);
  assert.equal((await blocked.json()).error, 'password_change_required');
  await typeInto(rp, 'password:old', tempPassword);
  await typeInto(rp, 'password:new', newPassword);
  await typeInto(rp, 'password:new2', newPassword);
  await rp.keyboard.press('Enter');
  await waitForProbe(rp, (q) => q.values.screen === 'reviewer', 20000);
  await settle(rp);
  await shot(rp, 'accounts-reviewer-queue');

  // Only 小店区 (140105): the reviewer's queue, read with the page's own session, against the admin's whole list.
  const mine = await (await reviewer.context.request.get(server.url + 'api/v1/queue?pageSize=200')).json();
  assert.ok(mine.total > 0, '小店区应有演示申请');
  for (const item of mine.items) assert.equal(item.countyCode, '140105');
  const all = await (await admin.context.request.get(server.url + 'api/v1/queue?pageSize=200')).json();
  assert.ok(all.items.some((i) => i.countyCode && i.countyCode !== '140105'), '演示数据中应有其他县的申请');
  assert.ok(all.total > mine.total);

  // The admin's list, read again, shows the change; then a reset (confirmation with the temporary password,
  // Enter): the reviewer's session ends.
  await clickWidget(ap, 'accounts:reload');
  await waitForProbe(ap, (q) => q.values[`account:${account}`] === '正常|140105');
  await clickWidget(ap, `account:${account}:reset`);
  await waitForProbe(ap, (q) => q.rects['confirm:password']);
  await typeInto(ap, 'confirm:password', tempPassword + 'R');
  await shot(ap, 'accounts-reset-confirm');
  await ap.keyboard.press('Enter');
  await waitForProbe(ap, (q) => (q.values[`account:${account}`] || '').startsWith('待修改密码'));
  assert.equal((await reviewer.context.request.get(server.url + 'api/v1/queue')).status(), 401);

  // The admin disables the account (confirmation, Enter): the reviewer's session ends and sign-in is refused.
  await clickWidget(ap, `account:${account}:toggle`);
  await waitForProbe(ap, (q) => q.rects['confirm:ok']);
  await ap.keyboard.press('Enter');
  await waitForProbe(ap, (q) => (q.values[`account:${account}`] || '').startsWith('已停用'));
  await shot(ap, 'accounts-disabled');
  await reloadApp(rp);
  await signInInUi(rp, account, tempPassword + 'R');
  const refused = await waitForProbe(rp, (q) => /停用/.test(q.values.signin_message || ''));
  assert.match(refused.values.signin_message, /该账号已停用，请联系系统管理员/);
  await shot(rp, 'accounts-disabled-sign-in-refused');

  // The audit screen with a filter: the disable, by the admin.
  await clickWidget(ap, 'accounts:back');
  await waitForProbe(ap, (q) => q.rects['appbar:audit']);
  await clickWidget(ap, 'appbar:audit');
  await waitForProbe(ap, (q) => q.values.screen === 'audit' && q.rects['audit:event']);
  await typeInto(ap, 'audit:event', 'account_disabled');
  await ap.keyboard.press('Enter');
  const audit = await waitForProbe(ap, (q) => q.values.audit_events === 'account_disabled');
  assert.equal(audit.values.audit_count, '1');
  await shot(ap, 'accounts-audit-filtered');

  await admin.context.close();
  await reviewer.context.close();
});

test('登录页不含诊断：输入测试在帮助页，从登录页的链接进入，Esc 返回', async () => {
  const { context, page } = await openApp(browser, server.url);
  const p = await waitForProbe(page, (q) => q.values.screen === 'signin' && q.rects.help_link);
  assert.equal(p.rects.input_trial, undefined, '登录页不应有输入测试');
  await clickWidget(page, 'help_link');
  await waitForProbe(page, (q) => q.values.screen === 'help' && q.rects.input_trial);
  await shot(page, 'help-page');
  await page.keyboard.press('Escape');
  await waitForProbe(page, (q) => q.values.screen === 'signin');
  assert.equal((await probe(page)).rects.input_trial, undefined);
  await context.close();
});
