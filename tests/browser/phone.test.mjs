// Every page usable on a phone (issue 17), at 390×844 (WeChat) and 1280×800: no list page is
// wider than the screen, lists turn into cards below Bootstrap's md breakpoint, the booking
// grid's states look different, and each role's menu leads somewhere it may go.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, PHONE, DESKTOP, overflow, csrf } from './support.mjs';
import { makeUser, logIn } from './support_users.mjs';

let browser;
const people = {};
let purchasePath = '', itemPath = '';

const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
  .format(new Date(Date.now() + 86400000));

async function postForm(page, path, form) {
  const res = await page.request.post(path, { form: { csrf_token: await csrf(page), ...form } });
  assert.ok(res.ok(), `${path} → ${res.status()}`);
  return res;
}

// One order with two items and a quote, a public customer and a class, made through the
// product's own forms, so every list below has rows to turn into cards.
before(async () => {
  browser = await launch();
  people.buyer = makeUser({ name: '手机采购商' });
  people.supplier = makeUser({ name: '手机供应商' });
  people.admin = makeUser({ name: '手机管理员', roles: 'admin,staff' });
  people.sales = makeUser({ name: '手机顾问', roles: 'sales,staff' });
  people.manager = makeUser({ name: '手机经理', roles: 'sales_manager,staff' });
  people.teacher = makeUser({ name: '手机讲师', roles: 'teacher' });

  const page = await newPage(browser);
  await logIn(page, people.buyer);
  await page.goto('/purchase/new');
  const published = await postForm(page, '/purchase/new', {
    area: '130102', invoice: '1', payment: '2', payment_days: '30', window: '7',
    'items[0][variety]': '黄芪', 'items[0][spec]': '统货', 'items[0][quantity]': '2',
    'items[0][unit]': '吨', 'items[0][quality]': '无虫蛀，无霉变，2015版药典标准',
    'items[1][variety]': '党参', 'items[1][spec]': '选货', 'items[1][quantity]': '500',
    'items[1][unit]': '公斤', 'items[1][quality]': '无硫', 'items[1][price]': '45',
  });
  purchasePath = new URL(published.url()).pathname.match(/^\/purchase\/\d+/)[0];
  await page.goto(purchasePath);
  itemPath = await page.getAttribute('a[href^="/item/"]', 'href');
  await page.context().close();

  const s = await newPage(browser);
  await logIn(s, people.supplier);
  await s.goto(`${itemPath}/quote`);
  await postForm(s, `${itemPath}/quote`, { price: '38.5', quality: '统货，含水量低', explain: '含运费' });
  await s.context().close();

  const m = await newPage(browser);
  await logIn(m, people.manager);
  await m.goto('/crm/customers/new');
  await postForm(m, '/crm/customers/new', {
    name: '手机客户', phone: `137${String(Date.now() % 1e8).padStart(8, '0')}`, gender: '1',
    source: 'QQ群', education: '本科',
  });
  await m.context().close();
});
after(async () => { await browser?.close(); });

// Each role's list pages.
const LISTS = {
  buyer: () => ['/', '/purchases', purchasePath, itemPath, '/my/purchases', '/my/notifications', '/suppliers'],
  supplier: () => ['/my/quotes', itemPath, '/my/notifications'],
  sales: () => ['/crm/customers/mine', '/crm/customers/public', '/booking/mine', `${itemPath}/quote`],
  manager: () => ['/crm/customers', '/crm/weights'],
  teacher: () => ['/crm/classes', '/crm/students'],
  admin: () => ['/admin/users', '/booking/rooms', `/booking?date=${tomorrow}`],
};

for (const [screenName, screen] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`${screenName}: no list page is wider than the screen`, async () => {
    for (const [who, pages] of Object.entries(LISTS)) {
      const page = await newPage(browser, screen);
      await logIn(page, people[who]);
      for (const path of pages()) {
        const res = await page.goto(path);
        assert.equal(res.status(), 200, `${who} ${path}`);
        assert.equal(await overflow(page), 0, `${who} ${path} is wider than ${screenName}`);
      }
      assert.deepEqual(page.problems, [], who);
      await page.context().close();
    }
  });
}

test('phone: the hall, an order, my quotes and admin users show one card per row', async () => {
  const checks = [
    ['buyer', '/purchases'], ['buyer', purchasePath], ['buyer', itemPath], ['buyer', '/my/purchases'],
    ['supplier', '/my/quotes'], ['manager', '/crm/customers'], ['sales', '/crm/customers/public'],
    ['admin', '/admin/users'],
  ];
  for (const [screenName, screen, display] of [['phone', PHONE, 'flex'], ['desktop', DESKTOP, 'table-row']]) {
    for (const [who, path] of checks) {
      const page = await newPage(browser, screen);
      await logIn(page, people[who]);
      await page.goto(path);
      const row = page.locator('table.table-cards tbody tr').first();
      assert.equal(await row.evaluate((e) => getComputedStyle(e).display), display,
        `${screenName} ${who} ${path}`);
      if (screen === PHONE) {
        // The title (variety, customer, member) leads the card, and the column names label the cells.
        const box = await row.boundingBox();
        assert.ok(box.width <= 390, `${path}: card ${box.width}px wide`);
        assert.equal(await page.locator('table.table-cards thead').evaluate((e) => e.getBoundingClientRect().height <= 1), true);
      }
      await page.context().close();
    }
  }
});

test('phone: the hall card shows variety, quantity, price or 面议, place, status and quote count', async () => {
  const page = await newPage(browser, PHONE);
  await page.goto('/purchases?q=党参');
  const card = page.locator('table.table-cards tbody tr', { hasText: '党参' }).first();
  const text = await card.innerText();
  for (const want of ['党参', '选货', '500公斤', '45']) assert.match(text, new RegExp(want), text);
  // The column names label the cells (CSS ::before, so not in innerText).
  for (const label of ['限价', '交货地', '状态', '报价']) {
    const cell = card.locator(`td[data-label="${label}"]`);
    assert.ok(await cell.isVisible(), label);
    assert.equal(await cell.evaluate((e) => getComputedStyle(e, '::before').content), `"${label}："`);
  }
});

test('booking grid: free, mine, taken and selected cells have different colours', async () => {
  for (const screen of [PHONE, DESKTOP]) {
    const other = await newPage(browser, screen);
    await logIn(other, people.sales);
    const page = await newPage(browser, screen);
    await logIn(page, people.admin);
    const room = `状态测试室${Date.now() % 100000}`;
    await page.goto('/booking/rooms');
    await page.fill('#new-name', room);
    await page.fill('#new-capacity', '6');
    await Promise.all([page.waitForNavigation(), page.click('#room-new [type=submit]')]);
    await page.goto(`/booking?date=${tomorrow}`);
    const roomId = await page.locator('tr', { hasText: room }).getAttribute('data-room');

    const save = async (p, slot) => {
      await p.goto(`/booking?date=${tomorrow}`);
      const r = await p.request.post('/booking/save', {
        headers: { 'X-CSRF-Token': await csrf(p) },
        data: { date: tomorrow, add: [{ room: Number(roomId), slot }], cancel: [] },
      });
      assert.equal(r.status(), 200);
    };
    await save(page, 1);   // mine
    await save(other, 2);  // taken
    await page.reload();
    await page.click(`#cell-${roomId}-4`);  // selected
    const colour = (id) => page.locator(`#cell-${roomId}-${id}`)
      .evaluate((e) => getComputedStyle(e).backgroundColor);
    const states = { mine: await colour(1), taken: await colour(2), free: await colour(3), selected: await colour(4) };
    assert.match(await page.getAttribute(`#cell-${roomId}-1`, 'class'), /cell-mine/);
    assert.match(await page.getAttribute(`#cell-${roomId}-2`, 'class'), /cell-taken/);
    assert.equal(new Set(Object.values(states)).size, 4, JSON.stringify(states));
    assert.equal(await overflow(page), 0, 'the grid scrolls inside its box, the page does not');
    assert.deepEqual(page.problems, []);
    await page.context().close();
    await other.context().close();
  }
});

test('phone: the teacher menu leads to the classes, never to a 403', async () => {
  const page = await newPage(browser, PHONE);
  await logIn(page, people.teacher);
  await page.goto('/');
  const link = page.locator('header a', { hasText: '班级' });
  assert.ok(await link.isVisible());
  assert.equal(await page.locator('header a[href="/crm/customers/mine"]').count(), 0);
  const [res] = await Promise.all([page.waitForNavigation(), link.click()]);
  assert.equal(res.status(), 200);
  assert.equal(new URL(page.url()).pathname, '/crm/classes');
});

test('phone: publishing with a registered phone says so at the code step and keeps the draft across the login', async () => {
  const page = await newPage(browser, PHONE);
  await page.goto('/purchase/new');
  assert.equal(await page.locator('.item-row').count(), 1, 'one empty row to start with');
  await page.fill('#v0', '黄芪');
  await page.fill('#q0', '3');
  await page.click('#add-item');
  const second = page.locator('.item-row').nth(1);
  await second.locator('.variety-input').fill('党参');
  await second.locator('textarea').fill('无硫熏，统货');
  await page.check('#pickup');
  await page.fill('#phone', people.buyer.phone);
  await page.click('.js-sms-send');
  const say = page.locator('.js-login-first');
  await say.waitFor({ state: 'visible' });
  assert.match(await say.innerText(), /该手机号已注册/);
  await Promise.all([page.waitForNavigation(), say.locator('button').click()]);
  assert.equal(new URL(page.url()).pathname, '/login');
  await page.fill('#password', people.buyer.password);
  if (!(await page.inputValue('#login'))) await page.fill('#login', people.buyer.phone);
  await Promise.all([page.waitForNavigation(), page.click('form [type=submit]')]);
  assert.equal(new URL(page.url()).pathname, '/purchase/new');
  assert.match(await page.locator('main').innerText(), /登录前填写的内容/);
  const varieties = await page.locator('.variety-input').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(varieties, ['黄芪', '党参']);
  assert.equal(await page.inputValue('#q0'), '3');
  assert.ok(await page.isChecked('#pickup'));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('phone: the publish form after an error keeps the area, lists every error with a link, and rows can be removed', async () => {
  const page = await newPage(browser, PHONE);
  await logIn(page, people.buyer);
  await page.goto('/purchase/new');
  await page.selectOption('#area-province', '130000');
  await page.locator('#area-city option[value="130100"]').waitFor({ state: 'attached' });
  await page.selectOption('#area-city', '130100');
  await page.locator('#area-district option[value="130102"]').waitFor({ state: 'attached' });
  await page.selectOption('#area-district', '130102');
  await page.fill('#v0', '黄芪');
  await page.fill('#q0', '很多');
  await page.click('#add-item');
  await page.click('#add-item');
  assert.equal(await page.locator('.item-row').count(), 3);
  await page.locator('.item-row').nth(1).locator('.remove-item').click();
  assert.equal(await page.locator('.item-row').count(), 2);
  assert.deepEqual(await page.locator('.item-row legend').allInnerTexts(), ['品种 1', '品种 2']);
  await page.locator('.item-row').nth(1).locator('.variety-input').fill('党参');
  await Promise.all([page.waitForNavigation(), page.click('form.purchase-form [type=submit]')]);
  const summary = page.locator('#error-summary');
  assert.ok(await summary.isVisible());
  const links = await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.includes('#q0'), JSON.stringify(links));
  assert.ok(links.some((l) => /^#q\d+$/.test(l) && l !== '#q0'), 'the second row is missing its quantity');
  assert.equal(await page.inputValue('#area-province'), '130000');
  assert.equal(await page.inputValue('#area-city'), '130100');
  assert.equal(await page.inputValue('#area-district'), '130102');
  assert.equal(await page.inputValue('#q0'), '很多');
  assert.equal(await overflow(page), 0);
  await summary.locator('a[href="#q0"]').click();
  assert.equal(await page.evaluate(() => location.hash), '#q0');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('phone: the score chart sits above the study records, never on them', async () => {
  const m = await newPage(browser, PHONE);
  m.on('dialog', (d) => d.accept());  // 报名成单 asks first
  await logIn(m, people.admin);
  await m.goto('/crm/classes');
  const className = `图表班${Date.now() % 100000}`;
  await m.fill('#name', className);
  await m.fill('#course', '中药鉴定');
  await Promise.all([m.waitForNavigation(), m.click('form[action="/crm/classes"] [type=submit]')]);
  await m.goto('/crm/customers/new');
  const made = await m.request.post('/crm/customers/new', { form: {
    csrf_token: await csrf(m), name: '图表学员', gender: '2', source: '口碑',
    phone: `135${String(Date.now() % 1e8).padStart(8, '0')}`,
  } });
  const customer = `/crm/customers/${new URL(made.url()).searchParams.get('created')}`;
  await m.goto(customer);
  // Assigned to the pool (no consultant had a share): take it first.
  if (await m.locator('form[action$="/grab"]').count())
    await Promise.all([m.waitForNavigation(), m.click('form[action$="/grab"] [type=submit]')]);
  const classId = await m.locator('#class_id option', { hasText: className }).getAttribute('value');
  await m.selectOption('#class_id', classId);
  await Promise.all([m.waitForNavigation(), m.click('form.crm-enroll [type=submit]')]);
  await m.goto('/crm/students');
  await Promise.all([m.waitForNavigation(), m.locator('a', { hasText: '图表学员' }).first().click()]);
  const chart = await m.locator('.crm-chart').boundingBox();
  const canvas = await m.locator('#crm-score-chart').boundingBox();
  const table = await m.locator('table.crm-table').boundingBox();
  assert.ok(canvas.y + canvas.height <= chart.y + chart.height + 1, 'the canvas stays in its box');
  assert.ok(chart.y + chart.height <= table.y, `chart ends at ${chart.y + chart.height}, table starts at ${table.y}`);
  assert.equal(await overflow(m), 0);
  await m.context().close();
});
