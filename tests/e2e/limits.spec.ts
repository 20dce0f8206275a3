/** The page's limits are stated (About, Add, SQL) and enforced with a message. */
import { expect, open, test } from './fixtures';

test('the limits are stated on About in both languages, and on the Add view', async ({ page, foreignRequests, pageErrors }) => {
  await open(page, '#/about');
  const limits = page.locator('[data-panel="about-limits"]');
  for (const text of ['20 MB', '1,000,000 行', '10,000 行', '40 份', '6 个机构']) await expect(limits).toContainText(text);
  await page.getByRole('button', { name: 'English' }).click();
  for (const text of ['20 MB', '1,000,000 rows', '10,000 rows', '40 reports', '6 agencies']) await expect(limits).toContainText(text);
  await open(page, '#/add');
  await expect(page.getByTestId('add-limits')).toContainText('20 MB');
  await expect(page.getByTestId('add-limits')).toContainText('1,000,000 行');
  void foreignRequests, void pageErrors;
});

test('an SQL result over the row limit is cut, and the page says so', async ({ page, foreignRequests, pageErrors }) => {
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
  void foreignRequests, void pageErrors;
});

test('a dataset file over the row limit is refused at start with a message naming it and the limit', async ({ page, foreignRequests, pageErrors }) => {
  await page.route('**/data/checks.csv', async (route) => {
    const header = (await (await route.fetch()).text()).split('\n')[0];
    await route.fulfill({ status: 200, contentType: 'text/csv', body: `${header}\n${'x,y,pass,1,1,\n'.repeat(1_000_001)}` });
  });
  await page.goto('./#/overview');
  await expect(page.getByTestId('load-error')).toContainText('数据载入失败: data/checks.csv: 1,000,001 rows, over the limit of 1,000,000 rows per file', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
  await expect(page.locator('header.top h1')).toBeVisible();
  void foreignRequests, void pageErrors;
});
