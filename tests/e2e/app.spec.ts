/** Around the views: permalinks, back button, language, search, phone layout, failures. */
import { expect, open, settle, test, PUBLISHED_REPORTS } from './fixtures';

test('a permalink restores its view and filters, and the back button walks back', async ({ page }) => {
  await open(page, '#/requests?province=江苏省&lang=en');
  await expect(page.locator('h2.view-title')).toHaveText('Requests');
  await expect(page.locator('select[name="provinces"]')).toHaveValue('江苏省');
  await page.reload();
  await settle(page);
  await expect(page.locator('select[name="provinces"]')).toHaveValue('江苏省');
  await page.locator('select[name="years"]').selectOption('2024');
  await settle(page);
  expect(decodeURIComponent(page.url())).toContain('year=2024');
  await page.getByRole('link', { name: 'Overview' }).click();
  await settle(page);
  await expect(page.locator('[data-stat="reports"]')).toHaveText('2');
  await page.goBack();
  await page.goBack();
  await settle(page);
  await expect(page.locator('h2.view-title')).toHaveText('Requests');
  expect(decodeURIComponent(page.url())).not.toContain('year=');
});

test('the language toggle switches the interface and the link', async ({ page }) => {
  await open(page, '#/overview');
  await expect(page.locator('h2.view-title')).toHaveText('概览');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('h2.view-title')).toHaveText('Overview');
  expect(page.url()).toContain('lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('h2.view-title')).toHaveText('概览');
});

test('agency search by name, place or division code opens the report', async ({ page }) => {
  await open(page, '#/overview');
  // By keyboard: Escape closes the list, the arrow keys reach the hits, Enter picks one.
  await page.getByRole('searchbox').fill('吴忠');
  await expect(page.locator('.search .hits')).toContainText('吴忠市民政局');
  await page.keyboard.press('Escape');
  await expect(page.locator('.search .hits')).toHaveCount(0);
  await page.getByRole('searchbox').fill('420106');
  await expect(page.getByRole('button', { name: /武昌区民政局/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: /武昌区民政局/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await settle(page);
  await expect(page.locator('main')).toHaveAttribute('data-view', 'agency');
  await expect(page.getByTestId('report-picker')).toHaveValue('3f3beb166f7e');
});

test('a malicious link shows a message and falls back to defaults', async ({ page }) => {
  let dialog = false;
  page.on('dialog', () => (dialog = true));
  await open(page, "#/nope?year=2020'--&report=<img src=x onerror=alert(1)>&metric=x");
  await expect(page.getByRole('status').filter({ hasText: '链接' })).toContainText('view');
  await expect(page.locator('h2.view-title')).toHaveText('概览');
  expect(dialog).toBe(false);
});

test('on a 375 px phone the layout reflows and tables scroll inside their box', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  for (const hash of ['#/overview', '#/agency?report=fed22baafaab', '#/compare?agencies=640300-民政局,420106-民政局']) {
    await open(page, hash);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, hash).toBeLessThanOrEqual(0);
  }
  await page.screenshot({ path: 'test-results/phone.png', fullPage: true });
});

test('a failed data load says so, offers a retry, and recovers', async ({ page }) => {
  let fail = true;
  await page.route('**/data/facts.csv', (route) => (fail ? route.fulfill({ status: 500, body: 'boom' }) : route.continue()));
  await page.goto('./#/overview');
  // The error comes once DuckDB has started and asked for the file: seconds on a busy machine.
  await expect(page.getByTestId('load-error')).toContainText('data/facts.csv: HTTP 500', { timeout: 30_000 });
  fail = false;
  await page.getByRole('button', { name: '重试' }).click();
  await expect(page.locator('[data-stat="reports"]')).toHaveText(String(PUBLISHED_REPORTS), { timeout: 30_000 });
});

test('shows progress while loading and marks duckdb-ready and first-chart', async ({ page }) => {
  await page.goto('./#/overview');
  await expect(page.getByTestId('loading')).toBeVisible();
  await settle(page);
  await expect.poll(() => page.evaluate(() => ['duckdb-ready', 'first-chart'].map((n) => performance.getEntriesByName(n).length))).toEqual([1, 1]);
});
