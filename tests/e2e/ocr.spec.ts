/**
 * Scans added in the browser: read by OCR in the extraction worker with the CLI's engine and model (served by
 * the site itself), page by page with progress, cancellable, and, once kept, a report like any other. Bad
 * scans get a message in the page's language and lose nothing already kept.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { HAVE_SHARED, PUBLISHED_REPORTS, SHARED_REPORTS, expect, open, serveWithout, settle, test } from './fixtures';
import { HONGZE_2023, longScan, noisePhoto, scanOf, tornJpeg } from './scanFiles';

/** The CLI (`npm run extract`) on one file: its facts.csv rows, and what it printed. */
async function cliFacts(name: string, bytes: Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'ocr-cli-'));
  try {
    writeFileSync(join(dir, name), bytes);
    const { stderr } = await promisify(execFile)('npx', ['tsx', 'scripts/extract.ts', '--in', dir, '--out', join(dir, 'out')], { maxBuffer: 1 << 26 });
    return { facts: csvRows(readFileSync(join(dir, 'out', 'facts.csv'), 'utf8')), printed: stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const HONGZE_2023_ID = '94a211353fb0';
const csvRows = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
/** The model's address whenever the page (or a worker) asks for it. */
function modelRequests(page: Page): string[] {
  const asked: string[] = [];
  page.context().on('request', (r) => { if (r.url().includes('traineddata')) asked.push(r.url()); });
  return asked;
}

test('a scanned page is read in the worker with progress, as the CLI reads it, and once kept joins the views', async ({ page }) => {
  test.skip(!HAVE_SHARED, `${SHARED_REPORTS} is absent: the scan is made from its PDF`);
  test.setTimeout(600_000);
  // The scan stands in for the published 2023 report of 洪泽区: without it, the kept scan is that agency's 2023.
  await serveWithout(page, HONGZE_2023_ID);
  const model = modelRequests(page);
  // The page's policy (worker-src 'self', wasm without eval) lets the OCR worker, its core and its model run.
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  // Page 3 of the report: tables 二 and 三, at 300 dpi.
  const scan = scanOf(HONGZE_2023, 300, [3]);
  await open(page, '#/add');
  expect(model, 'the model is not fetched before a scan is added').toEqual([]);
  await page.getByTestId('file-input').setInputFiles({ name: 'hongze-2023-p3-scan.pdf', mimeType: 'application/pdf', buffer: scan });
  const item = page.locator('[data-upload="hongze-2023-p3-scan.pdf"]');
  await expect(item.getByTestId('ocr-progress')).toContainText('正在识别扫描件（OCR）：第 1 页', { timeout: 60_000 });
  await expect(item.getByText('✓')).toBeVisible({ timeout: 300_000 });
  expect(model).toHaveLength(1);
  expect(violations).toEqual([]);
  expect(new URL(model[0]).pathname).toMatch(/^\/gov-info-disclosure-reports\/assets\/ocr-[\w-]+\/chi_sim\.traineddata\.gz$/);

  const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: 'facts.csv' }).click()]);
  const browser = csvRows(readFileSync((await download.path())!, 'utf8'));
  // The CLI on the same bytes: the same engine and settings give the same facts, every one; it prints its progress.
  const cli = await cliFacts('hongze-2023-p3-scan.pdf', scan);
  expect(cli.printed).toContain('OCR hongze-2023-p3-scan.pdf: page 1/1');
  expect(browser).toEqual(cli.facts);
  expect(browser.every((f) => f.flags.split(';').includes('ocr'))).toBe(true);
  // And what it keeps is the text PDF's (read in the report: 新收 自然人 21, 部分公开 4, 国家秘密 1, 收费 7730.28 万元).
  const reported = new Map(browser.filter((f) => f.status === 'reported').map((f) => [`${f.section}.${f.item}.${f.measure}`, f.value]));
  expect(reported.size).toBeGreaterThan(50);
  expect(reported.get('applications.new_received.natural_person')).toBe('21');
  expect(reported.get('applications.partially_disclosed.natural_person')).toBe('4');
  expect(reported.get('applications.withheld_state_secret.total')).toBe('1');
  expect(reported.get('active.fees.amount_10k_yuan')).toBe('7730.28');
  const text = new Map(csvRows(readFileSync('data/facts.csv', 'utf8')).filter((f) => f.report_id === HONGZE_2023_ID && f.status === 'reported').map((f) => [`${f.section}.${f.item}.${f.measure}`, f.value]));
  for (const [key, value] of reported) expect(`${key}=${value}`).toBe(`${key}=${text.get(key)}`);

  // The page holds no name or year: given here, as for any report that lacks them.
  await item.locator('input[name="agency"]').fill('洪泽区人民政府');
  await item.locator('input[name="province"]').fill('江苏省');
  await item.locator('input[name="city"]').fill('淮安市');
  await item.locator('input[name="county"]').fill('洪泽区');
  await item.locator('input[name="division_code"]').fill('320813');
  await item.locator('input[name="report_year"]').fill('2023');
  await item.getByRole('button', { name: '保留并加入所有视图' }).click();
  await expect(page.getByTestId('kept').locator('li')).toHaveCount(1);

  await open(page, '#/overview');
  await expect(page.locator('[data-stat="reports"]')).toHaveText(String(PUBLISHED_REPORTS));
  await open(page, '#/add');
  await page.locator('[data-testid="kept"] li', { hasText: '洪泽区人民政府' }).getByRole('link', { name: '查看' }).click();
  await settle(page);
  await expect(page.getByTestId('local-report')).toContainText('不属于已发布的数据集');
  await expect(page.locator('td[data-key="applications.new_received.natural_person"]')).toContainText('21');
  // Data quality counts its numbers with the dataset's own OCR-flagged ones.
  const published = csvRows(readFileSync('data/facts.csv', 'utf8')).filter((f) => f.flags.split(';').includes('ocr')).length;
  await open(page, '#/quality');
  await expect(page.locator('[data-panel="quality-flags"] tr', { hasText: '文字识别' })).toContainText(String(published + browser.length));
  // And the charts draw it like any other report (their tables list every report they draw).
  for (const view of ['requests', 'outcomes']) {
    await open(page, `#/${view}`);
    await expect(page.locator('main'), view).toContainText('洪泽区人民政府 ⊕本地/local');
  }
});

test('a scan cancelled midway: the OCR worker ends, nothing is kept, the page goes on', async ({ page }) => {
  test.skip(!HAVE_SHARED, `${SHARED_REPORTS} is absent: the scan is made from its PDF`);
  test.setTimeout(300_000);
  await open(page, '#/add');
  const ocrWorkers = () => page.workers().filter((w) => /worker\.min-/.test(w.url()));
  await page.getByTestId('file-input').setInputFiles({ name: 'three-pages.pdf', mimeType: 'application/pdf', buffer: scanOf(HONGZE_2023, 150, [1, 2, 3]) });
  const item = page.locator('[data-upload="three-pages.pdf"]');
  await expect(item.getByTestId('ocr-progress')).toContainText('正在识别扫描件（OCR）：第 2 页，共 3 页', { timeout: 240_000 });
  expect(ocrWorkers()).toHaveLength(1);
  await item.getByRole('button', { name: '取消识别' }).click();
  await expect(item.getByRole('alert')).toHaveText('已取消，此文件没有保留任何内容', { timeout: 10_000 });
  await expect.poll(() => ocrWorkers().length).toBe(0);
  await expect(item.getByText('✓')).toHaveCount(0);
  await expect(page.getByTestId('kept').locator('li')).toHaveCount(0);
  // Responsive: a text report added right after is read and kept.
  await page.getByTestId('paste').fill(readFileSync('src/extract/__fixtures__/pipe-2021.md', 'utf8'));
  await page.getByRole('button', { name: '提取粘贴的文本' }).click();
  await expect(page.getByTestId('upload-agency')).toHaveText('杭州市西湖区示例局');
  await open(page, '#/overview');
  await expect(page.locator('[data-stat="reports"]')).toHaveText(String(PUBLISHED_REPORTS));
});

for (const lang of ['zh', 'en'] as const) {
  test(`bad scans and images get a message in ${lang}, and what was kept stays`, async ({ page }) => {
    test.setTimeout(300_000);
    const model = modelRequests(page);
    await open(page, `#/add${lang === 'en' ? '?lang=en' : ''}`);
    await page.getByTestId('paste').fill(readFileSync('src/extract/__fixtures__/pipe-2021.md', 'utf8'));
    await page.getByRole('button', { name: lang === 'zh' ? '提取粘贴的文本' : 'Extract the pasted text' }).click();
    await page.getByRole('button', { name: lang === 'zh' ? '保留并加入所有视图' : 'Keep and add to every view' }).click();
    await expect(page.getByTestId('kept').locator('li')).toHaveCount(1);
    const alert = (name: string) => page.locator(`[data-upload="${name}"] [role="alert"]`);

    // Refused before any page is read: the model is not even fetched.
    const started = Date.now();
    await page.getByTestId('file-input').setInputFiles([
      { name: 'two-hundred-pages.pdf', mimeType: 'application/pdf', buffer: longScan(200) },
      { name: 'torn.png', mimeType: 'image/png', buffer: noisePhoto().subarray(0, 3000) },
    ]);
    await expect(alert('two-hundred-pages.pdf')).toHaveText(lang === 'zh'
      ? '扫描件共 200 页，超过文字识别（OCR）40 页的上限，未识别：请只保留报告本身的页面'
      : "scan of 200 pages, over the 40-page limit for OCR: split it into the report's own pages", { timeout: 30_000 });
    expect(Date.now() - started).toBeLessThan(30_000);
    await expect(alert('torn.png')).toHaveText(lang === 'zh' ? 'PNG 图像已损坏：文件不完整（在数据块中途结束）' : 'damaged PNG image: it ends inside a chunk');
    expect(model).toEqual([]);

    // Read, and found to be no report.
    const files = [{ name: 'photo.png', mimeType: 'image/png', buffer: noisePhoto() }];
    if (HAVE_SHARED) files.push({ name: 'torn.jpg', mimeType: 'image/jpeg', buffer: tornJpeg(HONGZE_2023, 4000) });
    await page.getByTestId('file-input').setInputFiles(files);
    await expect(alert('photo.png')).toHaveText(lang === 'zh'
      ? '不是年度报告：没有找到“政府信息公开”报告标题或统计表'
      : 'not an annual report: no 政府信息公开 report title or form table found', { timeout: 240_000 });
    if (HAVE_SHARED) {
      await expect(alert('torn.jpg')).toHaveText(lang === 'zh'
        ? '扫描件中没有识别出文字：不是印刷文字的页面，或过于模糊无法识别'
        : 'no text recognised in the scan: not a page of print, or too blurred to read', { timeout: 240_000 });
    }
    await expect(page.getByTestId('kept').locator('li')).toHaveCount(1);
    await settle(page);
  });
}
