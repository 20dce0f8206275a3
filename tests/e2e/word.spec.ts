/** Word files on the Add view: a DOCX and a legacy .doc are read in the browser like their text export; damaged Word files get their message. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { strToU8, zipSync } from 'fflate';
import { expect, open, test } from './fixtures';

const DOCX = 'src/extract/__fixtures__/xiacheng-2020.docx';
/** A LibreOffice conversion of data/raw/003 to Word 97–2003. */
const DOC = 'src/extract/__fixtures__/xiacheng-2020.doc';
/** The cell of a facts.csv row without the file's own identity (report_id, source_file) and position (line). */
const cells = (csv: string, file: string) =>
  Papa.parse<string[]>(csv, { header: false, skipEmptyLines: true }).data.slice(1)
    .filter((r) => r[1] === file).map((r) => [r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[15]].join('|')).sort();

test('a DOCX of 003 is read in the browser to the published numbers of its text export', async ({ page }) => {
  await open(page, '#/add');
  await expect(page.getByTestId('add-limits')).toContainText('Word（.docx 与旧版 .doc）');
  await page.getByTestId('file-input').setInputFiles(DOCX);
  const item = page.locator('[data-upload="xiacheng-2020.docx"]');
  await expect(item.getByTestId('upload-agency')).toHaveText('下城区民政局', { timeout: 30_000 });
  await expect(item).toContainText('2020 · 2019');
  await expect(item).toContainText('✓ 41 ✗ 0');
  const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: 'facts.csv' }).click()]);
  const browser = cells(readFileSync((await download.path())!, 'utf8'), 'xiacheng-2020.docx');
  const published = cells(readFileSync('data/facts.csv', 'utf8'), '003_cf5b7850cf226470.txt');
  expect(browser).toHaveLength(200);
  expect(browser).toEqual(published);
  expect(browser).toContain('active|penalty|change|12|count|table|reported|12|');
});

test('a legacy .doc of 003 is read in the browser, by the CLI’s engine, to the published numbers of its text export', async ({ page }) => {
  await open(page, '#/add');
  await page.getByTestId('file-input').setInputFiles(DOC);
  const item = page.locator('[data-upload="xiacheng-2020.doc"]');
  await expect(item.getByTestId('upload-agency')).toHaveText('下城区民政局', { timeout: 30_000 });
  await expect(item).toContainText('2020 · 2019');
  // Every one of 003's 41 checks passes, the wide tables (三, 四) whose rows Word stores apart included.
  await expect(item).toContainText('✓ 41 ✗ 0');
  const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: 'facts.csv' }).click()]);
  const browser = cells(readFileSync((await download.path())!, 'utf8'), 'xiacheng-2020.doc');
  const published = cells(readFileSync('data/facts.csv', 'utf8'), '003_cf5b7850cf226470.txt');
  expect(browser).toHaveLength(200);
  expect(browser).toEqual(published);
  // As printed in data/raw/003: 行政处罚 上一年项目数量 5, 本年增/减 12; 主动公开信息总计388条.
  expect(browser).toContain('active|penalty|prev_year_items|5|count|table|reported|5|');
  expect(browser).toContain('active|penalty|change|12|count|table|reported|12|');
  expect(browser).toContain('active_volume|total|count|388|count|narrative|reported|主动公开信息总计388条|');
});

test('a zip that is not a DOCX, a truncated DOCX, random bytes named .doc and an OLE file that is not Word each get their message', async ({ page }) => {
  await open(page, '#/add');
  const docx = readFileSync(DOCX);
  await page.getByTestId('file-input').setInputFiles([
    { name: 'photos.docx', mimeType: 'application/zip', buffer: Buffer.from(zipSync({ 'a.jpg': strToU8('not a report') })) },
    { name: 'cut.docx', mimeType: 'application/octet-stream', buffer: docx.subarray(0, docx.length >> 1) },
    { name: 'random.doc', mimeType: 'application/msword', buffer: Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 251)) },
    { name: 'spreadsheet.doc', mimeType: 'application/msword', buffer: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4088)]) },
  ]);
  const alert = (name: string) => page.locator(`[data-upload="${name}"] [role="alert"]`);
  await expect(alert('photos.docx')).toContainText('a ZIP archive but not a Word document');
  await expect(alert('cut.docx')).toContainText('damaged or truncated ZIP/DOCX archive');
  await expect(alert('random.doc')).toContainText('named .doc but is neither a Word 97–2003 document nor text');
  await expect(alert('spreadsheet.doc')).toContainText('unreadable Word 97–2003 document: ');
});
