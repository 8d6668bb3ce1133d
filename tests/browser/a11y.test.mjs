// Accessibility (issue 17): axe-core finds no serious or critical violation on any page a
// journey visits. Each role walks its site as a person would, following the links of every
// page it reaches (breadth first, GET only), and axe checks each page as it is shown.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, PHONE, DESKTOP, axeProblems, csrf } from './support.mjs';
import { makeUser, logIn } from './support_users.mjs';

let browser;
const people = {};

// Links a walk does not follow: they leave the page kit (files, feeds, JSON, redirects to
// WeChat) or end the session.
const SKIP = /^\/(logout|wechat\/|t\/|hooks\/|booking\/(my|feed\/).*\.ics)|\.(json|png|ics|xlsx|csv)(\?|$)|\/export|\/template/;

async function walk(page, start, limit) {
  const seen = new Set(start);
  const queue = [...start];
  const problems = [];
  let visited = 0;
  while (queue.length && visited < limit) {
    const path = queue.shift();
    const res = await page.goto(path);
    if (!res || res.status() >= 400 || !(res.headers()['content-type'] || '').includes('text/html')) continue;
    ++visited;
    for (const p of await axeProblems(page)) problems.push(`${path} ${p}`);
    const links = await page.$$eval('a[href^="/"]', (as) => as.map((a) => a.getAttribute('href')));
    for (const href of links) {
      const link = href.split('#')[0];
      // One page of each kind is enough: /item/12 stands for every item.
      const kind = link.replace(/\d+/g, 'N').replace(/\?.*$/, '');
      if (!link || SKIP.test(link) || seen.has(kind)) continue;
      seen.add(kind);
      queue.push(link);
    }
  }
  return { problems, visited };
}

before(async () => {
  browser = await launch();
  people.buyer = makeUser({ name: '无障碍采购商' });
  people.supplier = makeUser({ name: '无障碍供应商' });
  people.admin = makeUser({ name: '无障碍管理员', roles: 'admin,staff' });
  people.manager = makeUser({ name: '无障碍经理', roles: 'sales_manager,staff' });
  people.sales = makeUser({ name: '无障碍顾问', roles: 'sales,staff' });
  people.teacher = makeUser({ name: '无障碍讲师', roles: 'teacher' });

  // An order with a quote, so item, quote and my-pages have content.
  const b = await newPage(browser);
  await logIn(b, people.buyer);
  await b.goto('/purchase/new');
  const published = await b.request.post('/purchase/new', { form: {
    csrf_token: await csrf(b), area: '130102', invoice: '1', payment: '1', window: '7',
    'items[0][variety]': '黄芪', 'items[0][spec]': '统货', 'items[0][quantity]': '2',
    'items[0][unit]': '吨', 'items[0][quality]': '无虫蛀',
  } });
  assert.ok(published.ok());
  await b.goto(new URL(published.url()).pathname.match(/^\/purchase\/\d+/)[0]);
  const itemPath = await b.getAttribute('a[href^="/item/"]', 'href');
  await b.context().close();
  const s = await newPage(browser);
  await logIn(s, people.supplier);
  await s.goto(`${itemPath}/quote`);
  assert.ok((await s.request.post(`${itemPath}/quote`, { form: {
    csrf_token: await csrf(s), price: '38', quality: '统货', explain: '',
  } })).ok());
  await s.context().close();

  // A customer of the consultant and a class of the teacher.
  const m = await newPage(browser);
  await logIn(m, people.manager);
  await m.goto('/crm/customers/new');
  await m.request.post('/crm/customers/new', { form: {
    csrf_token: await csrf(m), name: '无障碍客户', gender: '1', source: 'QQ群',
    phone: `136${String(Date.now() % 1e8).padStart(8, '0')}`,
  } });
  await m.context().close();
});
after(async () => { await browser?.close(); });

const WALKS = [
  ['visitor', null, ['/', '/login', '/register', '/purchase/new', '/password/reset'], 25],
  ['buyer', 'buyer', ['/my/purchases', '/my/notifications', '/my/settings'], 25],
  ['supplier', 'supplier', ['/my/quotes', '/purchases'], 20],
  ['manager', 'manager', ['/crm/customers', '/crm/customers/new', '/crm/weights'], 25],
  ['sales', 'sales', ['/crm/customers/mine', '/booking', '/booking/mine'], 20],
  ['teacher', 'teacher', ['/crm/classes', '/crm/students'], 20],
  ['admin', 'admin', ['/admin/users', '/admin/purchases', '/booking/rooms'], 30],
];

for (const [name, who, start, limit] of WALKS) {
  test(`axe: no serious or critical violation on the pages a ${name} visits`, async () => {
    const page = await newPage(browser, PHONE);
    if (who) await logIn(page, people[who]);
    const { problems, visited } = await walk(page, start, limit);
    assert.ok(visited >= start.length, `${name} visited ${visited} pages`);
    assert.deepEqual(problems, []);
    assert.deepEqual(page.problems, [], `${name}: console errors or CSP violations`);
    await page.context().close();
  });
}

test('axe: the desktop layout (header menu expanded) has no serious or critical violation', async () => {
  const page = await newPage(browser, DESKTOP);
  await logIn(page, people.admin);
  const { problems } = await walk(page, ['/', '/purchases', '/admin/users'], 6);
  assert.deepEqual(problems, []);
  await page.context().close();
});
