// Shared set-up for browser tests: Debian's chromium, headless, against the test stack.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const varDir = process.env.YAOCAI_TEST_VAR || new URL('../../var/test', import.meta.url).pathname;
export const baseURL = `http://127.0.0.1:${readFileSync(`${varDir}/port`, 'utf8').trim()}`;

// Flags the closed network of this machine needs (no background connections to Google).
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: FLAGS });
}

// The two screens every page must work on: a phone inside WeChat, and a laptop.
export const PHONE = {
  viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2,
  userAgent: 'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) ' +
    'Chrome/116.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.43.2480(0x28002B3B) NetType/WIFI Language/zh_CN',
};
export const DESKTOP = { viewport: { width: 1280, height: 800 } };

// A page that records console errors and CSP violations, so a test can assert there were none.
// `screen` is PHONE, DESKTOP or nothing (Playwright's default 1280×720).
export async function newPage(browser, screen = {}) {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', ...screen });
  const page = await context.newPage();
  // A page or an API call may answer 4xx on purpose (a form shown again with its errors, a
  // JSON refusal); Chromium logs each as "Failed to load resource". Those are answers, not
  // problems; a missing script, style sheet or picture still is one.
  const answered = new Set();
  page.on('response', (r) => {
    if (r.status() >= 400 && r.status() < 500 &&
        ['document', 'fetch', 'xhr'].includes(r.request().resourceType())) answered.add(r.url());
  });
  const raw = [];
  page.on('console', (m) => { if (m.type() === 'error') raw.push({ text: m.text(), url: m.location().url }); });
  page.on('pageerror', (e) => raw.push({ text: String(e) }));
  Object.defineProperty(page, 'problems', {
    get: () => raw.filter((p) => !(p.text.startsWith('Failed to load resource') && answered.has(p.url)))
      .map((p) => p.text),
  });
  return page;
}

// How much wider than the viewport the page is (0 when nothing sticks out sideways).
export async function overflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

// The CSRF token of the page last opened (the layout's meta tag), for posting set-up data
// through page.request, which shares the page's cookies.
export async function csrf(page) {
  return page.getAttribute('meta[name="csrf-token"]', 'content');
}

// axe-core, evaluated in the page through the DevTools protocol (the strict CSP forbids an
// injected <script>): the serious and critical violations on the page as it is now, one line
// each ("rule: target …").
const axeSource = readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
export async function axeProblems(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
