// The layout in a real browser: it renders, and the strict CSP finds nothing to block.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('home page renders in the layout with no console errors or CSP violations', async () => {
  const page = await newPage(browser);
  const res = await page.goto('/');
  assert.equal(res.status(), 200);
  assert.match(await page.title(), /药材购/);
  assert.ok(await page.locator('nav a.navbar-brand').isVisible());
  // Bootstrap from Debian's package is applied: the navbar is a flex container.
  assert.equal(await page.locator('nav .container').evaluate((e) => getComputedStyle(e).display), 'flex');
  assert.deepEqual(page.problems, []);
});

test('unknown URL shows the Chinese 404 page', async () => {
  const page = await newPage(browser);
  const res = await page.goto('/no/such/page');
  assert.equal(res.status(), 404);
  assert.ok(await page.getByText('页面不存在').first().isVisible());
});
