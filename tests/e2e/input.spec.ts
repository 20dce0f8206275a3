/** Hostile and broken input: names carrying HTML stay text, broken data gives a message, not a crash. */
import type { Page } from '@playwright/test';
import { csvOf, expect, open, recordForeignRequests, rewriteData, test, tooltipHtml, withCopies, withoutSnapshot } from './fixtures';

/** An agency name that would run script if any of it reached the page as HTML. */
const HOSTILE = '<img src=x onerror=window.__xss=1><b>吴忠</b><script>window.__xss=2</script>';

/** Serve the real dataset with 吴忠市民政局 renamed to HOSTILE, and no build-time snapshot to bypass it. */
async function serveHostileNames(page: Page) {
  for (const file of ['reports.csv', 'facts.csv']) await rewriteData(page, file, (text) => text.replaceAll('吴忠市民政局', HOSTILE));
  await withoutSnapshot(page);
}

test('agency names carrying HTML render as text in charts, tooltips, tables and search', async ({ page }) => {
  let dialog = false;
  page.on('dialog', (d) => { dialog = true; void d.dismiss(); });
  await serveHostileNames(page);

  await open(page, '#/requests');
  const html = await tooltipHtml(page, 'requests-new_received', '吴忠');
  expect(html, 'the tooltip shows the hostile name').toContain('吴忠');
  expect(html).not.toMatch(/<img|<script|<b>/);
  expect(html).toContain('&lt;img src=x onerror=window.__xss=1&gt;');

  await open(page, '#/agency?report=76270e66a3a2');
  await expect(page.locator('.meta')).toContainText(HOSTILE);
  await open(page, '#/compare?agencies=640300-民政局,420106-民政局');
  await expect(page.locator('table.compare thead')).toContainText(HOSTILE);
  await page.getByRole('searchbox').fill('吴忠');
  await expect(page.locator('.search .hits')).toContainText(HOSTILE);

  expect(await page.locator('main img, header img, .search img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialog).toBe(false);
});

test('with many more reports, a chart draws the largest 40 and says where the rest are', async ({ page }) => {
  // 吴忠市民政局's report copied 80 times under other names and ids.
  const copies = (line: string) => Array.from({ length: 80 }, (_, i) => line.replace(/^76270e66a3a2/, `c0${String(i).padStart(10, '0')}`).replaceAll('吴忠市民政局', `复制机构${i}`).replaceAll('640300-民政局', `640300-复制${i}`));
  for (const file of ['reports.csv', 'facts.csv']) await rewriteData(page, file, (text) => withCopies(text, '76270e66a3a2', copies));
  // The build's snapshot holds the published dataset's first charts: this test serves another.
  await withoutSnapshot(page);
  await open(page, '#/procurement');
  // 85 reports with a procurement row: 000 (blank), 001, 002, 003, 平潭 2019 (its run cannot be split: unreadable), 80 copies.
  await expect(page.locator('[data-panel="procurement-items"] [data-testid="hidden-bars"]')).toContainText('另有 45 份');
  // The chart got 40 reports from DuckDB; its CSV asks for all 85 when downloaded.
  const rows = (await csvOf(page, 'procurement-items')).trim().split(/\r\n/);
  expect(rows).toHaveLength(1 + 85);
  expect(rows.filter((r) => r.startsWith('复制机构'))).toHaveLength(80);
  const box = (await page.locator('[data-panel="procurement-items"] .chart').boundingBox())!;
  expect(box.height).toBeLessThan(60 + 41 * 34);
});

for (const [name, body] of [
  ['a word where a number goes', (csv: string) => csv.replace(/\n([^,\n]*,[^,\n]*,[^,\n]*,)\d{4},/, '\n$1twenty,')],
  ['rows cut short', (csv: string) => csv.split('\n').map((l, i) => (i > 0 && i % 7 === 0 ? l.split(',').slice(0, 4).join(',') : l)).join('\n')],
  ['bytes that are not text', () => Buffer.alloc(3000, 0xff)],
  ['two columns swapped', (csv: string) => csv.replace('report_id,source_file,', 'source_file,report_id,')],
] as const) {
  test(`a dataset file with ${name} gives a clear message, never a crash`, async ({ page }) => {
    await rewriteData(page, 'facts.csv', body, 'text/csv');
    await page.goto('./#/requests');
    await expect(page.getByTestId('load-error')).toContainText(/数据载入失败: data\/facts.csv: \S/, { timeout: 30_000 });
    await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
    await expect(page.locator('header.top h1')).toBeVisible();
  });
}

test('the request log sees the worker’s own fetches, so the no-other-host check can fail', async ({ page, browser }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await open(page, '#/requests');
  // The wasm is fetched from inside DuckDB's worker.
  expect(urls.some((u) => /duckdb-(eh|mvp)[^/]*\.wasm$/.test(u))).toBe(true);
  // A worker's fetch to another host would be logged. The page's own policy forbids both the blob
  // worker and the fetch, so this runs with that policy bypassed, in a context of its own.
  const context = await browser.newContext({ bypassCSP: true, baseURL: test.info().project.use.baseURL });
  const other = await context.newPage();
  const foreign = recordForeignRequests(other);
  await open(other, '#/about');
  await other.evaluate(() => new Promise<void>((done) => {
    const worker = new Worker(URL.createObjectURL(new Blob(["fetch('http://example.invalid/x').catch(() => 0).finally(() => postMessage(0))"], { type: 'text/javascript' })));
    worker.onmessage = () => done();
  }));
  expect(foreign).toEqual(['http://example.invalid/x']);
  await context.close();
});
