/** Bring your own report: the browser's extraction equals the CLI's, and bad files get clear messages. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { HAVE_SHARED, PUBLISHED_REPORTS, SHARED_REPORTS, expect, open, test } from './fixtures';

const cliFacts = (file: string) =>
  Papa.parse<string[]>(readFileSync('data/facts.csv', 'utf8'), { skipEmptyLines: true }).data.filter((r, i) => i === 0 || r[1] === file);

test('the browser extracts the three PDFs exactly as the CLI does, and knows they are published', async ({ page }) => {
  test.skip(!HAVE_SHARED, `${SHARED_REPORTS} is absent: the PDFs come from there`);
  test.setTimeout(120_000);
  await open(page, '#/add');
  await expect(page.getByRole('note').first()).toContainText('不会离开您的电脑');
  for (const file of ['hongze_district_2023.pdf', 'hongze_district_2024.pdf', 'huaian_city_2024.pdf']) {
    await page.getByTestId('file-input').setInputFiles(`${SHARED_REPORTS}/pdf/${file}`);
    const item = page.locator(`[data-upload="${file}"]`);
    await expect(item.getByRole('status')).toContainText(`与已发布的报告 ${file} 完全相同`, { timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: 'facts.csv' }).click()]);
    const browserFacts = Papa.parse<string[]>(readFileSync((await download.path())!, 'utf8'), { skipEmptyLines: true }).data;
    // The published dataset has 002's correction applied; PDFs have none, so the rows must match exactly.
    expect(browserFacts).toEqual(cliFacts(file));
  }
});

test('pasted text is extracted like a file', async ({ page }) => {
  await open(page, '#/add');
  await page.getByTestId('paste').fill(readFileSync('src/extract/__fixtures__/pipe-2021.md', 'utf8'));
  await page.getByRole('button', { name: '提取粘贴的文本' }).click();
  await expect(page.getByTestId('upload-agency')).toHaveText('杭州市西湖区示例局');
  await expect(page.locator('[data-upload="pasted-1.txt"]')).toContainText('✓ 38 ✗ 3');
  await page.getByText('3 项核对不符').click();
  await expect(page.locator('[data-upload="pasted-1.txt"] details li')).toHaveCount(3);
});

test('each kind of bad file gets its message, the page keeps working and nothing kept is lost', async ({ page }) => {
  await open(page, '#/add');
  await page.getByTestId('paste').fill(readFileSync('src/extract/__fixtures__/pipe-2021.md', 'utf8'));
  await page.getByRole('button', { name: '提取粘贴的文本' }).click();
  await page.getByRole('button', { name: '保留并加入所有视图' }).click();
  await expect(page.getByTestId('kept').locator('li')).toHaveCount(1);
  await page.getByTestId('file-input').setInputFiles([
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('会议纪要：食堂菜单调整。') },
    { name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 garbage') },
    { name: 'fake.pdf', mimeType: 'application/pdf', buffer: Buffer.from('just text') },
    { name: 'wrong.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') },
    { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(21 * 1024 * 1024, 0x41) },
  ]);
  // Said in the page's language (src/views/add/doorMessages.ts); pdf.js's own words kept, marked as English.
  await expect(page.locator('[data-upload="notes.txt"] [role="alert"]')).toContainText('不是年度报告');
  await expect(page.locator('[data-upload="broken.pdf"] [role="alert"]')).toContainText('PDF 文件无法读取');
  await expect(page.locator('[data-upload="fake.pdf"] [role="alert"]')).toContainText('not a PDF file');
  await expect(page.locator('[data-upload="wrong.csv"] [role="alert"]')).toContainText('wrong columns');
  await expect(page.locator('[data-upload="huge.txt"] [role="alert"]')).toContainText('over the 20 MB limit');
  await expect(page.getByTestId('kept').locator('li')).toHaveCount(1);
  await page.getByRole('link', { name: '概览' }).click();
  await expect(page.locator('[data-stat="reports"]')).toHaveText(String(PUBLISHED_REPORTS + 1));
});
