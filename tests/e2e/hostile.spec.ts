/**
 * A hostile dataset: agency names, raw cells, flags, check details and a source file carrying markup,
 * a `javascript:` link and a 5,000-character word. Every view must show them as text, run nothing,
 * inject nothing, and keep its layout.
 */
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { VIEWS } from '../../src/app/views';
import { expect, open, rewriteData, settle, test, tooltipHtml, withoutSnapshot } from './fixtures';

// No semicolons: flags are split on them, and each payload should survive whole.
const SCRIPT = '<script>window.__xss=1</script>';
const IMG = '<img src=x onerror="window.__xss=2">';
const LINK = '<a href="javascript:window.__xss=3">link</a>';
const LONG = 'W'.repeat(5000);
const PAYLOAD = `${SCRIPT}${IMG}${LINK}${LONG}`;
const NAMES: Record<string, string> = { 吴忠市民政局: `吴忠${PAYLOAD}`, 浑江区民政局: `浑江${LINK}${LONG}` };
/** 吴忠市民政局's report, and 下城区民政局's, whose one fact is flagged unit_missing. */
const HOSTILE_FACTS = ['76270e66a3a2', '56ae212d8fe5'];

function rewrite(csv: string, change: (row: Record<string, string>) => void): string {
  const { data, meta } = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  data.forEach(change);
  return Papa.unparse({ fields: meta.fields!, data: data.map((row) => meta.fields!.map((f) => row[f])) }, { newline: '\n' }) + '\n';
}

const CHANGES: Record<string, (row: Record<string, string>) => void> = {
  'reports.csv': (r) => { r.agency = NAMES[r.agency] ?? r.agency; },
  'facts.csv': (f) => {
    f.agency = NAMES[f.agency] ?? f.agency;
    if (HOSTILE_FACTS.includes(f.report_id)) {
      f.raw = `${f.raw} ${PAYLOAD}`;
      f.flags = [f.flags, SCRIPT, `${IMG}${LINK}`, LONG].filter(Boolean).join(';');
    }
  },
  'checks.csv': (c) => { if (c.status === 'fail') c.detail = `${c.detail} ${PAYLOAD}`; },
  // 洪泽区 2023's 本年新收 row (page 3, line 17): a line of a PDF the site does not serve.
  'lines.csv': (l) => {
    if (l.report_id !== '94a211353fb0' || l.page !== '3' || l.line !== '17') return;
    l.text = `${l.text} ${PAYLOAD}`;
    l.line_length = String(l.text.length);
  },
};

async function serveHostileDataset(page: Page) {
  for (const [file, change] of Object.entries(CHANGES)) await rewriteData(page, file, (text) => rewrite(text, change));
  // The source line viewer shows the report's own text.
  await rewriteData(page, 'raw/001_7016eb35578ea529.txt', (text) => text.replace('773.5 万元', `773.5 万元 ${PAYLOAD}`), 'text/plain; charset=utf-8');
  await withoutSnapshot(page);
}

/** Nothing ran, nothing was injected, the page still fits the window and its header and nav show. */
async function expectIntact(page: Page, where: string) {
  const found = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: number }).__xss,
    injected: [...document.querySelectorAll('body img, body script, a[href^="javascript" i], [onerror], [onclick]')].map((e) => e.outerHTML.slice(0, 80)),
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  }));
  expect(found.xss, `${where}: no script ran`).toBeUndefined();
  expect(found.injected, `${where}: no element injected`).toEqual([]);
  expect(found.overflow, `${where}: nothing wider than the window`).toBeLessThanOrEqual(1);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.locator('header.top h1')).toBeInViewport();
  await expect(page.locator('nav.views')).toBeInViewport();
}

test('a dataset carrying script, markup, javascript: links and a 5,000-character word is shown as text in every view', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const alarms: string[] = [];
  page.on('dialog', (d) => { alarms.push(`dialog: ${d.message()}`); void d.dismiss(); });
  // An inline handler that reached the DOM is blocked by the CSP, which says so on the console.
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) alarms.push(m.text()); });
  await serveHostileDataset(page);

  for (const view of VIEWS) {
    await open(page, `#/${view}`);
    await expectIntact(page, view);
  }
  await expect(page.locator('[data-panel="about-sources"]')).toContainText(NAMES['吴忠市民政局']);

  // A file the user adds: its name and the extractor's message about it, as text.
  await open(page, '#/add');
  await page.getByTestId('file-input').setInputFiles({ name: `${IMG}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`${PAYLOAD}\n`) });
  await expect(page.locator('.uploads li')).toContainText(`${IMG}.txt`);
  await expect(page.locator('.uploads [role="alert"]')).toBeVisible({ timeout: 30_000 });
  await expectIntact(page, 'add: a hostile file');

  // Tooltips (HTML in ECharts) show the names escaped, and a long name neither runs nor widens the page.
  await open(page, '#/requests');
  const requestsTip = await tooltipHtml(page, 'requests-new_received', '吴忠');
  await expectIntact(page, 'requests tooltip');
  expect(requestsTip).toContain('&lt;img src=x onerror=');
  await open(page, '#/trends');
  const trendsTip = await tooltipHtml(page, 'trends', '浑江');
  await expectIntact(page, 'trends tooltip');
  expect(trendsTip).toContain('&lt;a href=');

  await open(page, '#/compare?agencies=640300-民政局,220602-民政局');
  await expect(page.locator('table.compare thead')).toContainText(NAMES['吴忠市民政局']);
  await expectIntact(page, 'compare');

  await page.getByRole('searchbox').fill('吴忠');
  await expect(page.locator('.search .hits')).toContainText(NAMES['吴忠市民政局']);
  await expectIntact(page, 'search');
  await page.getByRole('searchbox').press('Escape');

  // The agency report, and a number's source: raw cell, flags and the report's line, all as text.
  await open(page, '#/agency?report=76270e66a3a2');
  await expect(page.locator('.meta')).toContainText(NAMES['吴忠市民政局']);
  await page.locator('[data-key="active.procurement.amount_10k_yuan"] button').click();
  await expect(page.getByTestId('source-raw')).toHaveText(`773.5 万元 ${PAYLOAD}`);
  await expect(page.getByTestId('source-viewer')).toContainText(`${IMG}${LINK}`);
  await expect(page.locator('.source pre.context')).toContainText(`773.5 万元 ${PAYLOAD}`);
  await expectIntact(page, 'source viewer');
  // A check's formula (its `detail`) is shown on the English page only.
  await open(page, '#/agency?report=94a211353fb0&lang=en');
  await page.getByTestId('other-checks').locator('summary').click();
  await expect(page.locator('[data-panel="agency-checks"]')).toContainText(PAYLOAD);
  await expectIntact(page, 'agency checks');
  // A PDF's line from lines.csv, the cell's text marked in it.
  await page.locator('[data-key="applications.new_received.natural_person"] button').click();
  await expect(page.getByTestId('source-context').locator('[data-line="17"]')).toContainText(`21 ${PAYLOAD}`);
  await expect(page.getByTestId('source-context').locator('[data-line="17"] mark')).toHaveText(['21', '21']);
  await expectIntact(page, 'source viewer of a PDF');

  // Data quality: failed checks' details, the flag list, and the facts of one flag.
  await open(page, '#/quality?flag=unit_missing&lang=en');
  await expect(page.locator('[data-panel="quality-checks"]')).toContainText(PAYLOAD);
  await expect(page.locator('[data-panel="quality-flags"]')).toContainText(SCRIPT);
  await expect(page.locator('[data-panel="quality-flagged"] tbody tr')).toHaveCount(1);
  await expect(page.locator('[data-panel="quality-flagged"]')).toContainText(`${IMG}${LINK}`);
  await expectIntact(page, 'quality');

  // SQL: results holding the strings, and an error message that repeats them.
  await open(page, '#/sql');
  await page.getByLabel('SQL').fill("SELECT r.agency, f.raw, f.flags FROM facts f JOIN reports r USING (report_id) WHERE f.flags LIKE '%<img%' ORDER BY r.report_id DESC LIMIT 3");
  await page.getByRole('button', { name: '运行' }).click();
  await expect(page.getByTestId('sql-count')).toContainText('3 行');
  await expect(page.locator('main table')).toContainText(NAMES['吴忠市民政局']);
  await expectIntact(page, 'sql results');
  await page.getByLabel('SQL').fill(`SELECT * FROM "${IMG}"`);
  await page.getByRole('button', { name: '运行' }).click();
  await expect(page.getByTestId('sql-error')).toContainText(IMG);
  await expectIntact(page, 'sql error');

  await settle(page);
  expect(alarms, 'no dialog and no blocked script').toEqual([]);
});

test('a dataset file whose header carries markup is named in a message shown as text', async ({ page }) => {
  await page.route('**/data/facts.csv', (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: `${IMG},${LONG}\n1,2\n` }));
  await page.goto('./#/overview');
  await expect(page.getByTestId('load-error')).toContainText(`data/facts.csv: its header is not the dataset's`, { timeout: 30_000 });
  await expect(page.getByTestId('load-error')).toContainText(IMG);
  await expectIntact(page, 'load error');
});
