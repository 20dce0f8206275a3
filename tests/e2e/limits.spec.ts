/** The page's limits are stated (About, Add, SQL) and enforced with a message. */
import { expect, open, rewriteData, test, withCopies, withoutSnapshot } from './fixtures';

test('the limits are stated on About in both languages, and on the Add view', async ({ page }) => {
  await open(page, '#/about');
  const limits = page.locator('[data-panel="about-limits"]');
  for (const text of ['20 MB', '1,000,000 行', '10,000 行', '40 份', '6 个机构']) await expect(limits).toContainText(text);
  await page.getByRole('button', { name: 'English' }).click();
  for (const text of ['20 MB', '1,000,000 rows', '10,000 rows', '40 reports', '6 agencies']) await expect(limits).toContainText(text);
  await open(page, '#/add');
  await expect(page.getByTestId('add-limits')).toContainText('20 MB');
  await expect(page.getByTestId('add-limits')).toContainText('1,000,000 行');
});

test('an SQL result over the row limit is cut, and the page says so', async ({ page }) => {
  await open(page, '#/sql');
  await expect(page.locator('main .note').first()).toContainText('结果最多 10,000 行');
  await page.getByLabel('SQL').fill('SELECT * FROM range(10001)');
  await page.getByRole('button', { name: '运行' }).click();
  await expect(page.getByTestId('sql-truncated')).toContainText('结果超过 10,000 行，只保留了前 10,000 行');
  await expect(page.getByTestId('sql-count')).toContainText('10000 行（已截断）');
  await expect(page.locator('main tbody tr')).toHaveCount(1000);
  // At the limit, nothing is cut and nothing is said.
  await page.getByLabel('SQL').fill('SELECT * FROM range(10000)');
  await page.getByRole('button', { name: '运行' }).click();
  await expect(page.getByTestId('sql-count')).toHaveText(/^10000 行 · \d+ ms$/);
  await expect(page.getByTestId('sql-truncated')).toHaveCount(0);
});

test('a dataset file over the row limit is refused at start with a message naming it and the limit', async ({ page }) => {
  await rewriteData(page, 'checks.csv', (text) => `${text.split('\n')[0]}\n${'x,y,pass,1,1,\n'.repeat(1_000_001)}`, 'text/csv');
  await page.goto('./#/overview');
  await expect(page.getByTestId('load-error')).toContainText('数据载入失败: data/checks.csv: 1,000,001 rows, over the limit of 1,000,000 rows per file', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
  await expect(page.locator('header.top h1')).toBeVisible();
});

test('over 1,000 reports, About lists the first 1,000 sources and Quality the first 5,000 checks, and both say so', async ({ page }) => {
  // 洪泽区人民政府's 2023 report copied 1,001 times under other ids: 1,021 reports with the 20 published.
  const copies = (line: string) => Array.from({ length: 1001 }, (_, i) => line.replace(/^94a211353fb0/, `d0${String(i).padStart(10, '0')}`));
  for (const file of ['reports.csv', 'checks.csv']) await rewriteData(page, file, (text) => withCopies(text, '94a211353fb0', copies));
  await withoutSnapshot(page);
  await open(page, '#/about');
  await expect(page.getByTestId('sources-more')).toContainText('列出前 1,000 份；另有 21 份');
  await expect(page.locator('[data-panel="about-sources"] tbody tr').first()).toBeVisible();
  await open(page, '#/quality?checks=fail,not_assessable,pass');
  await expect(page.getByTestId('checks-cut')).toContainText('只取前 5000 条');
  expect(await page.locator('[data-panel="quality-checks"] button', { hasText: 'CSV' }).count()).toBe(1);
  // With the failed ones alone (two a copy, 2,008 in all) nothing is cut, and nothing is said.
  await open(page, '#/quality');
  await expect(page.getByTestId('checks-cut')).toHaveCount(0);
});
