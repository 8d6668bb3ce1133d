// Accounts for browser tests, made with the product's own command line (bin/yaocai user add)
// against the test stack named by $YAOCAI_CONF.
import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';

const repo = new URL('../..', import.meta.url).pathname;

export function makeUser({ name, roles = '' }) {
  const phone = `139${String(randomInt(0, 1e8)).padStart(8, '0')}`;
  const password = 'browser-pass-1';
  execFileSync(`${repo}bin/yaocai`, ['user', 'add', '--phone', phone, '--password', password,
    '--name', name, '--roles', roles], { cwd: repo, stdio: 'pipe' });
  return { phone, password, name };
}

// Logs in through the real /login form.
export async function logIn(page, user) {
  await page.goto('/login');
  await page.fill('#login', user.phone);
  await page.fill('#password', user.password);
  await Promise.all([page.waitForNavigation(), page.click('form [type=submit]')]);
}
