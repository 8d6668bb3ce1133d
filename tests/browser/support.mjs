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

// A page that records console errors and CSP violations, so a test can assert there were none.
export async function newPage(browser) {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN' });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(m.text()); });
  page.on('pageerror', (e) => page.problems.push(String(e)));
  return page;
}
