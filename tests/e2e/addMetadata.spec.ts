/** A report whose text names no agency, place or year is kept only once a person has supplied them. */
import { readFileSync } from 'node:fs';
import { expect, open, test } from './fixtures';

/** The 2021-form fixture without its title, its 本报告由… line and its signature: no agency, place or year left in it. */
const untitled = () => {
  const lines = readFileSync('src/extract/__fixtures__/pipe-2021.md', 'utf8').trimEnd().split('\n');
  return lines.slice(4, -3).join('\n');
};

test('asks for the agency, province and year the text does not give before keeping', async ({ page }) => {
  await open(page, '#/add');
  await page.getByTestId('paste').fill(untitled());
  await page.getByRole('button', { name: '提取粘贴的文本' }).click();
  const item = page.locator('[data-upload="pasted-1.txt"]');
  await expect(item.getByTestId('upload-agency')).toHaveText('（未署名）');
  await expect(item.getByTestId('metadata-flags')).toContainText('agency_missing, year_missing');
  await expect(item.getByTestId('metadata-missing')).toContainText('agency: no title, opening sentence, signature or page field names the reporting body');
  const keep = item.getByRole('button', { name: '保留并加入所有视图' });
  await expect(item.getByRole('alert')).toHaveText('缺少机构; 缺少省份; 缺少报告年度');
  await expect(keep).toBeDisabled();

  await item.locator('input[name="agency"]').fill('杭州市西湖区示例局');
  await expect(item.getByRole('alert')).toHaveText('缺少省份; 缺少报告年度');
  // The extractor's note on the agency goes once a person has given it.
  await expect(item.getByTestId('metadata-missing')).not.toContainText('agency:');
  await item.locator('input[name="province"]').fill('浙江省');
  await item.locator('input[name="report_year"]').fill('2023');
  await expect(item.getByRole('alert')).toHaveCount(0);
  await keep.click();
  await expect(page.getByTestId('kept').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('kept')).toContainText('杭州市西湖区示例局 · 2023 · pasted-1.txt');
  await expect(page.getByTestId('kept')).toContainText('手工修改：agency, province, report_year');
});
