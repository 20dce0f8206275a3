/** The built page runs under a strict Content-Security-Policy, and nothing in it breaks that policy. */
import { expect, open, test } from './fixtures';

test('the page carries a strict CSP and works under it', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await open(page, '#/trends');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  await expect(page.locator('[data-panel="trends"] canvas')).toBeVisible();
  await open(page, '#/sql');
  await page.getByRole('button', { name: '运行' }).click();
  await expect(page.getByTestId('sql-count')).toBeVisible();
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
  expect(violations).toEqual([]);
});
