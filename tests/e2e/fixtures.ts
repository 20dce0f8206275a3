/** Shared test setup: every page records the hosts it contacts and the errors it throws. */
import { existsSync, readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { VIEWS } from '../../src/app/views';

/** Requests the page (and its workers) makes to any host other than this machine, as they happen. */
export function recordForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) foreign.push(request.url());
  });
  return foreign;
}

/** Automatic: every test fails on a request to another host or an uncaught page error, without asking. */
export const test = base.extend<{ foreignRequests: string[]; pageErrors: string[] }>({
  foreignRequests: [async ({ page }, use) => {
    const foreign = recordForeignRequests(page);
    await use(foreign);
    expect(foreign, 'requests to other hosts').toEqual([]);
  }, { auto: true }],
  pageErrors: [async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await use(errors);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  }, { auto: true }],
});

export { expect };

/** How many reports the committed dataset holds (data/reports.csv's rows), as the overview must say. */
export const PUBLISHED_REPORTS = readFileSync('data/reports.csv', 'utf8').trim().split('\n').length - 1;

/** Reports from public repositories, never committed: beside the project when present (CI has them). */
export const SHARED_REPORTS = '../shared/reports';
export const HAVE_SHARED = existsSync(SHARED_REPORTS);

/** Serve a file under data/ rewritten: `change` gets the published text and gives the body. */
export async function rewriteData(page: Page, file: string, change: (text: string) => string | Buffer, contentType = 'text/csv; charset=utf-8') {
  await page.route(`**/data/${file}`, async (route) => route.fulfill({ status: 200, contentType, body: change(await (await route.fetch()).text()) }));
}

/** A dataset file's text with rows appended: `copies` makes them from each row of one report. */
export function withCopies(text: string, reportId: string, copies: (line: string) => string[]): string {
  const lines = text.trimEnd().split('\n');
  return [...lines, ...lines.filter((l) => l.startsWith(`${reportId},`)).flatMap(copies)].join('\n') + '\n';
}

/** No build-time snapshot: the views must draw from the data the test serves. */
export async function withoutSnapshot(page: Page) {
  await page.route('**/data/*.json', (route) => route.fulfill({ status: 404, body: '' }));
}

/** Serve the published dataset without one report (and without the snapshot, which counts it): adding that report's file then adds something new. */
export async function serveWithout(page: Page, reportId: string) {
  for (const file of ['reports.csv', 'facts.csv', 'checks.csv']) {
    await rewriteData(page, file, (text) => text.split('\n').filter((l) => !l.startsWith(`${reportId},`)).join('\n'));
  }
  await withoutSnapshot(page);
}

/** On the Add view: add 洪泽区's 2024 PDF from ../shared and keep it, as a visitor would. */
export async function keepHongze2024Pdf(page: Page) {
  await page.getByTestId('file-input').setInputFiles(`${SHARED_REPORTS}/pdf/hongze_district_2024.pdf`);
  const pdf = page.locator('[data-upload="hongze_district_2024.pdf"]');
  await expect(pdf.getByTestId('upload-agency')).toHaveText('淮安市洪泽区人民政府', { timeout: 60_000 });
  await pdf.getByRole('button', { name: '保留并加入所有视图' }).click();
  await expect(pdf.getByRole('status')).toContainText('已添加在本浏览器中');
}

/** Open a view by URL hash and wait until the data is loaded and no query is running. */
export async function open(page: Page, hash: string) {
  await page.goto(`./${hash}`);
  // Between two views a goto only changes the hash: until the router has drawn the new view, `main` and
  // an idle engine are the old view's. So wait for the view asked for (an unknown one falls back to the
  // default); settle then sees its queries start.
  const asked = /^#\/([a-z]+)/.exec(hash)?.[1];
  const view = VIEWS.find((v) => v === asked) ?? 'overview';
  await expect(page.locator(`main[data-view="${view}"]`)).toBeVisible({ timeout: 30_000 });
  await settle(page);
}

/**
 * No query running, and DuckDB started: before it is, a view may have drawn its first panels from the
 * build's snapshot while the others have not yet asked for their data (they wait for the snapshot, then
 * DuckDB), and the page would look settled. A failed start shows its error instead. Idle must last a
 * frame: a query that waits for another's answer (Compare's failed checks wait for its cells) starts only
 * once that answer is drawn, and between the two the page is briefly idle.
 */
export async function settle(page: Page) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    await page.waitForFunction(
      () => (performance.getEntriesByName('duckdb-ready').length > 0 || document.querySelector('[data-testid="load-error"]') !== null) && document.body.dataset.busy === 'false',
      undefined,
      { timeout: Math.max(1, deadline - Date.now()) },
    );
    // After a frame and a task, React has drawn the last answer and run the effects that start the next query.
    const stayedIdle = await page.evaluate(() => new Promise<boolean>((done) => {
      const settled = document.body.dataset.settled;
      requestAnimationFrame(() => setTimeout(() => done(document.body.dataset.busy === 'false' && document.body.dataset.settled === settled)));
    }));
    if (stayedIdle) return;
    if (Date.now() > deadline) throw new Error('the page never stayed idle for a frame in 30 s');
  }
}

/**
 * Sweep the mouse across a panel's chart until its tooltip shows `text`: along the middle row (crossing
 * every category of an x axis) and down the middle column (every category of a y axis), where the plot
 * is whatever the fonts make the labels' size; returns the tooltip's HTML, or '' if it never does.
 */
export async function tooltipHtml(page: Page, panel: string, text: string): Promise<string> {
  const chart = page.locator(`[data-panel="${panel}"] .chart`);
  // The mouse reaches only what the viewport shows: a chart below the fold, or taller than the window, is brought into it.
  const viewport = page.viewportSize()!;
  const height = (await chart.boundingBox())!.height;
  if (height + 40 > viewport.height) await page.setViewportSize({ width: viewport.width, height: Math.ceil(height) + 80 });
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  const steps = 160;
  const path = [
    ...Array.from({ length: steps + 1 }, (_, i) => [box.x + (box.width * i) / steps, box.y + box.height / 2]),
    ...Array.from({ length: steps + 1 }, (_, i) => [box.x + box.width / 2, box.y + (box.height * i) / steps]),
  ];
  for (const [x, y] of path) {
    await page.mouse.move(x, y);
    const html = await chart.evaluate(
      (el, want) => [...el.querySelectorAll('div')].find((d) => d.style.position === 'absolute' && d.style.display !== 'none' && d.textContent?.includes(want))?.innerHTML ?? '',
      text,
    );
    if (html) return html;
  }
  return '';
}

/** The CSV a panel downloads. */
export async function csvOf(page: Page, panel: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-panel="${panel}"] button`, { hasText: /CSV/ }).first().click()]);
  return readFileSync((await download.path())!, 'utf8');
}
