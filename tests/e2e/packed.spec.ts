/**
 * The packed layout (one DuckDB file ATTACHed over HTTP, src/data/load) in the browser: the real dataset
 * built packed into its own folder and served beside the CSV site, the way the national dataset is. Its
 * views must give the numbers the CSV site gives, and the file must only ever be read in byte ranges.
 */
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { buildSite } from '../../scripts/benchScale';
import { type Served, serveDist } from '../../scripts/serve';
import { csvOf, expect, settle, test } from './fixtures';

const base = process.env.BASE_PATH ?? '/';
const port = Number(process.env.E2E_PORT ?? 4173) + 1;
const served: Served[] = [];
let server: Server;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const site = buildSite(resolve('data'), 'packed', base);
  server = await serveDist({ root: site.outDir, base, port, onServed: (r) => served.push(r) });
});

test.afterAll(() => server?.close());

const url = (hash: string) => `http://127.0.0.1:${port}${base}${hash}`;

test('packed: the views give the CSV site’s numbers, and the file is read in byte ranges only', async ({ page }) => {
  test.setTimeout(120_000);
  const go = async (hash: string) => {
    await page.goto(url(hash));
    await expect(page.locator('main')).toBeVisible();
    await page.waitForFunction(() => performance.getEntriesByName('dataset-loaded').length > 0, undefined, { timeout: 30_000 });
    await settle(page);
  };
  await go('#/requests');
  const requests = (await csvOf(page, 'requests-new_received')).replace('\ufeff', '').split(/\r\n/);
  expect(requests).toContain('武昌区民政局,420106-民政局,2020,body,2,,,blank,,blank,,blank,,blank,,blank,');
  expect(requests).toContain('淮安市人民政府,320800-人民政府,2024,jurisdiction,3001,,53,,0,,0,,61,,4,,');

  await go('#/procurement');
  expect(await csvOf(page, 'procurement-items')).toContain('吴忠市民政局,640300-民政局,2020,body,10');
  await expect(page.locator('[data-panel="procurement-amount"] [role="note"]')).toContainText('下城区民政局 2020');

  // 淮安市 2024: 其他处理 comes as its three rows, 71 + 6 + 110; withheld 178.
  await go(`#/outcomes?province=${encodeURIComponent('江苏省')}`);
  const outcomes = await csvOf(page, 'outcomes-all');
  expect(outcomes).toMatch(/淮安市人民政府,320800-人民政府,2024,jurisdiction,1362,,\d+,,178,,\d+,,\d+,,187,/);

  await go('#/trends');
  const trend = await csvOf(page, 'trends');
  for (const [year, value] of [[2013, 83], [2014, 83], [2015, 72], [2016, 90], [2017, 66]]) expect(trend).toContain(`浑江区民政局,220602-民政局,${year},${value},table`);

  await go('#/compare?agencies=640300-民政局,420106-民政局');
  await expect(page.locator('table')).toContainText('773.5');

  await go('#/agency?report=76270e66a3a2');
  await page.locator('[data-key="active.procurement.amount_10k_yuan"] button').click();
  await expect(page.getByTestId('source-raw')).toHaveText('773.5 万元');
  await page.screenshot({ path: 'test-results/packed-agency.png', fullPage: true });

  const data = served.filter((r) => r.path.startsWith(`${base}data/`));
  const packed = data.filter((r) => r.path.endsWith('/dataset.duckdb'));
  expect(packed.length).toBeGreaterThan(0);
  // Every read of the file is a range answered 206: never the whole file in one GET.
  expect(packed.filter((r) => !r.range || r.status !== 206).map((r) => `${r.method} ${r.range} ${r.status}`)).toEqual([]);
  expect(data.filter((r) => r.path.endsWith('.csv') && !r.path.includes('/dictionary/')).map((r) => r.path)).toEqual([]);
});
