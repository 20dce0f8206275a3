/** Reports added in the browser join every view, are marked as local, and stay across reloads. */
import { readFileSync } from 'node:fs';
import { HAVE_SHARED, SHARED_REPORTS, csvOf, expect, keepHongze2024Pdf, open, serveWithout, settle, test, PUBLISHED_REPORTS } from './fixtures';

const MARK = ' ⊕本地/local';
const HONGZE_2024 = '82ba40ade55a';

test('a PDF and a pasted report, kept, join Compare and Trends and are still there after a reload', async ({ page }) => {
  test.skip(!HAVE_SHARED, `${SHARED_REPORTS} is absent: the PDF comes from there`);
  test.setTimeout(120_000);
  await serveWithout(page, HONGZE_2024);
  await open(page, '#/overview');
  await expect(page.locator('[data-stat="reports"]')).toHaveText(String(PUBLISHED_REPORTS - 1));

  await open(page, '#/add');
  await keepHongze2024Pdf(page);

  await page.getByTestId('paste').fill(readFileSync('src/extract/__fixtures__/pipe-2021.md', 'utf8'));
  await page.getByRole('button', { name: '提取粘贴的文本' }).click();
  const pasted = page.locator('[data-upload="pasted-2.txt"]');
  await expect(pasted.getByTestId('upload-agency')).toHaveText('杭州市西湖区示例局');
  // Metadata the text does not give, supplied before keeping; a bad value blocks keeping with a message.
  await pasted.locator('input[name="division_code"]').fill('33010');
  await expect(pasted.getByRole('alert')).toContainText('bad division_code');
  await expect(pasted.getByRole('button', { name: '保留并加入所有视图' })).toBeDisabled();
  await pasted.locator('input[name="division_code"]').fill('330106');
  await pasted.locator('input[name="published_date"]').fill('2024-01-15');
  await pasted.getByRole('button', { name: '保留并加入所有视图' }).click();
  await expect(page.getByTestId('kept').locator('li')).toHaveCount(2);
  await expect(page.getByTestId('kept')).toContainText('手工修改：published_date');

  await page.reload();
  await settle(page);
  await expect(page.getByTestId('kept').locator('li')).toHaveCount(2);
  // Its numbers cite the kept text, never a published dataset version.
  await page.locator('[data-testid="kept"] li', { hasText: '杭州市西湖区示例局' }).getByRole('link', { name: '查看' }).click();
  await settle(page);
  await expect(page.getByTestId('local-report')).toContainText('不属于已发布的数据集');
  await page.locator('td[data-key="applications.new_received.total"] button').click();
  await expect(page.getByTestId('source-viewer').locator('pre.context')).toContainText('一、本年新收政府信息公开申请数量');
  await expect(page.getByTestId('citation')).toHaveValue(/杭州市西湖区示例局，2023年，本年新收申请 · 总计：21（来源：pasted-2\.txt 第\d+行；本地添加，未发布）/);
  await open(page, '#/overview');
  await expect(page.locator('[data-stat="reports"]')).toHaveText(String(PUBLISHED_REPORTS + 1));

  await open(page, '#/compare?agencies=320813-人民政府,330106-示例局');
  const table = page.locator('table.compare');
  await expect(table.locator('thead')).toContainText(`淮安市洪泽区人民政府${MARK}`);
  await expect(table.locator('thead')).toContainText(`杭州市西湖区示例局${MARK}`);
  await expect(table.locator('tbody tr', { hasText: '本年新收申请' }).locator('td')).toHaveText(['95', '21']);

  // 洪泽区's published 2023 and its local 2024 on one line; the pasted report beside them.
  await open(page, '#/trends?agencies=320813-人民政府,330106-示例局&metric=applications.new_received.natural_person');
  const csv = await csvOf(page, 'trends');
  expect(csv).toContain('洪泽区人民政府,320813-人民政府,2023,21,table');
  expect(csv).toContain(`淮安市洪泽区人民政府${MARK},320813-人民政府,2024,95,table`);
  expect(csv).toContain(`杭州市西湖区示例局${MARK},330106-示例局,2023,18,table`);
  await page.screenshot({ path: 'test-results/local-trends.png', fullPage: true });

  // Removed, it leaves every view.
  await open(page, '#/add');
  await page.locator(`[data-kept="${HONGZE_2024}"]`).getByRole('button', { name: '移除' }).click();
  await expect(page.getByTestId('kept').locator('li')).toHaveCount(1);
  await open(page, '#/overview');
  await expect(page.locator('[data-stat="reports"]')).toHaveText(String(PUBLISHED_REPORTS));
});

test('the dataset’s own CSVs, exported from the Add view, can be brought back', async ({ page }) => {
  await serveWithout(page, HONGZE_2024);
  const rows = (file: string) => readFileSync(`data/${file}`, 'utf8').split('\n').filter((l, i) => i === 0 || l.startsWith(`${HONGZE_2024},`)).join('\n') + '\n';
  await open(page, '#/add');
  await page.getByTestId('file-input').setInputFiles(['reports.csv', 'facts.csv', 'checks.csv'].map((name) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(rows(name)) })));
  const item = page.locator('[data-upload="reports.csv + facts.csv + checks.csv"]');
  await expect(item.getByTestId('upload-agency')).toHaveText('淮安市洪泽区人民政府');
  await item.getByRole('button', { name: '保留并加入所有视图' }).click();
  await open(page, '#/agency?report=82ba40ade55a');
  await expect(page.locator('.meta')).toContainText(MARK);
});
