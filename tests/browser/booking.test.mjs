// Booking in a real browser with JavaScript: select cells, save through /booking/save,
// reload, see them as mine, cancel one.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage } from './support.mjs';
import { makeUser, logIn } from './support_users.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
  .format(new Date(Date.now() + 86400000));

async function newRoom(page, name) {
  await page.goto('/booking/rooms');
  await page.fill('#new-name', name);
  await page.fill('#new-capacity', '8');
  await Promise.all([page.waitForNavigation(), page.click('#room-new [type=submit]')]);
  return name;
}

test('staff member books two cells, sees them after reload, cancels one', async () => {
  const page = await newPage(browser);
  const admin = makeUser({ name: '浏览器管理员', roles: 'admin,staff' });
  await logIn(page, admin);

  // A room of our own, through the rooms admin page, so no other test's bookings are in the way.
  const room = await newRoom(page, `浏览器测试室${Date.now() % 100000}`);

  await page.goto(`/booking?date=${tomorrow}`);
  const row = page.locator('tr', { hasText: room });
  const free = row.locator('td.cell-free');
  assert.equal(await free.count(), 13, 'a new room is free all day tomorrow');
  const first = await free.nth(2).getAttribute('id');
  const second = await free.nth(3).getAttribute('id');
  await page.click(`#${first}`);
  await page.click(`#${second}`);
  assert.equal(await page.locator(`#${first}`).getAttribute('aria-selected'), 'true');
  await page.click('#booking-save');
  await page.waitForFunction(() => document.querySelector('#booking-message')?.textContent.trim());
  assert.match(await page.textContent('#booking-message'), /2/);

  await page.reload();
  assert.match(await page.getAttribute(`#${first}`, 'class'), /cell-mine/);
  assert.match(await page.getAttribute(`#${second}`, 'class'), /cell-mine/);

  await page.click(`#${first}`);
  await page.click('#booking-save');
  await page.waitForFunction(
    (id) => document.getElementById(id)?.classList.contains('cell-free'), first);
  await page.reload();
  assert.match(await page.getAttribute(`#${first}`, 'class'), /cell-free/);
  assert.match(await page.getAttribute(`#${second}`, 'class'), /cell-mine/);
  assert.equal(await row.locator('td.cell-mine').count(), 1);
  assert.deepEqual(page.problems, []);
});

test('keyboard: arrow keys move along the row and space selects', async () => {
  const page = await newPage(browser);
  await logIn(page, makeUser({ name: '键盘用户', roles: 'admin,staff' }));
  const room = await newRoom(page, `键盘测试室${Date.now() % 100000}`);
  await page.goto(`/booking?date=${tomorrow}`);
  const cells = page.locator('tr', { hasText: room }).locator('td.cell');
  const firstId = await cells.nth(0).getAttribute('id');
  const secondId = await cells.nth(1).getAttribute('id');
  await cells.nth(0).focus();
  await page.keyboard.press('ArrowRight');
  const focused = await page.evaluate(() => document.activeElement.closest('td.cell')?.id);
  assert.equal(focused, secondId);
  await page.keyboard.press('Space');
  assert.equal(await page.getAttribute(`#${secondId}`, 'aria-selected'), 'true');
  assert.notEqual(await page.getAttribute(`#${firstId}`, 'aria-selected'), 'true');
  assert.deepEqual(page.problems, []);
});
