// The family-watch back office in a real browser: the watch page draws the day's track on the
// Leaflet map (Debian's libjs-leaflet) with nothing blocked by the strict CSP, and the pages fit
// a phone's width. The demo family (bin/yaocai demo) provides a watch with today's track.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { baseURL, launch, newPage } from './support.mjs';
import { makeUser, logIn } from './support_users.mjs';

const repo = new URL('../..', import.meta.url).pathname;
const IMEI = '863000010000001'; // the demo watch (bin/cli/demo_watch.cc)

let browser;
let support;
before(async () => {
  execFileSync(`${repo}bin/yaocai`, ['demo'], { cwd: repo, stdio: 'pipe' });
  support = makeUser({ name: '浏览器客服🙂', roles: 'support' });
  browser = await launch();
});
after(async () => { await browser?.close(); });

test('watch page draws the day\'s track on the map with no console errors or CSP violations', async () => {
  const page = await newPage(browser);
  await logIn(page, support);
  const res = await page.goto(`/admin/watch/watches/${IMEI}`);
  assert.equal(res.status(), 200);
  const map = page.locator('#watch-map');
  await map.waitFor();
  assert.match(await map.getAttribute('class'), /leaflet-container/, 'Leaflet took the element');
  const points = JSON.parse(await map.getAttribute('data-points'));
  // One marker per track point (and one accuracy circle each), a line through them.
  assert.equal(await page.locator('#watch-map path.leaflet-interactive').count(),
    points.length * 2 + (points.length > 0 ? 1 : 0));
  assert.ok(await page.getByText(`${points.length} 个轨迹点`).isVisible());
  assert.deepEqual(page.problems, []);
});

for (const [width, height] of [[390, 844], [1280, 800]]) {
  test(`watch back office pages fit ${width}px without sideways scrolling`, async () => {
    const context = await browser.newContext({
      baseURL, locale: 'zh-CN', viewport: { width, height },
    });
    const page = await context.newPage();
    await logIn(page, support);
    for (const url of ['/admin/watch', '/admin/watch/watches', `/admin/watch/watches/${IMEI}`,
      '/admin/watch/circles', '/admin/watch/audit']) {
      const res = await page.goto(url);
      assert.equal(res.status(), 200, url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${url} scrolls sideways by ${overflow}px at ${width}px`);
    }
    await context.close();
  });
}
