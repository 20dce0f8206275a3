/** Repeat visits: the service worker keeps the hashed assets (DuckDB's wasm among them) and the last data, so the site opens offline. */
import { expect, open, test, PUBLISHED_REPORTS } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('after one visit, the site opens and queries offline from the service worker’s cache', async ({ page, context }) => {
  test.setTimeout(120_000);
  await open(page, '#/overview');
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The first visit's page, assets and data are kept at install, though they loaded before the worker was there.
  const cached = () => page.evaluate(async () => {
    const urls = [...(await (await caches.open('assets-v1')).keys()), ...(await (await caches.open('pages-v1')).keys())].map((r) => new URL(r.url).pathname);
    return ['/', '/data/facts.csv', '.js', '.wasm'].map((end) => urls.some((u) => u.endsWith(end)));
  });
  await expect.poll(cached, { timeout: 60_000 }).toEqual([true, true, true, true]);

  // Online, the data comes from the network and nothing is said; offline, the page says whose copy it shows.
  await expect(page.getByTestId('offline')).toHaveCount(0);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('[data-stat="reports"]')).toHaveText(String(PUBLISHED_REPORTS), { timeout: 30_000 });
  await expect(page.getByTestId('offline')).toContainText('上次访问时保存的数据');
  await open(page, '#/requests?year=2020');
  await expect(page.locator('[data-panel="requests-new_received"] .chart canvas').first()).toBeVisible();
  await page.reload();
  await expect(page.locator('main')).toBeVisible({ timeout: 30_000 });
  await open(page, '#/overview?province=江苏省');
  await expect(page.locator('[data-stat="reports"]')).toHaveText('3');
  await context.setOffline(false);
});
