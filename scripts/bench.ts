/**
 * npm run bench: how fast the built site is in Debian's Chromium, served locally the way Pages serves it.
 * Prints time to the `duckdb-ready` and `first-chart` marks, cold (empty cache) and warm (reload), and
 * the time from a filter change to updated charts. Figures only; nothing here passes or fails.
 */
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { serveDist } from './serve';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FILTER_CHANGES = Number(process.env.BENCH_FILTER_CHANGES ?? 40);
const base = process.env.BASE_PATH ?? '/';
const port = Number(process.env.BENCH_PORT ?? 4190);

if (!existsSync('dist/index.html')) throw new Error('build the site first: npm run build');
const server = await serveDist({ base, port });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const url = `http://127.0.0.1:${port}${base}#/overview`;

// Page code is passed as text: tsx wraps functions with a helper (__name) that the page does not have.
const marks = (page: Page): Promise<{ duckdb: number; chart: number }> =>
  page.evaluate(`(async () => {
    const wait = (name) => new Promise((done) => {
      const poll = () => { const e = performance.getEntriesByName(name)[0]; if (e) done(e.startTime); else setTimeout(poll, 10); };
      poll();
    });
    return { duckdb: await wait('duckdb-ready'), chart: await wait('first-chart') };
  })()`);

const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const ms = (v: number) => `${v.toFixed(0).padStart(6)} ms`;

const cold: { duckdb: number; chart: number }[] = [];
const warm: { duckdb: number; chart: number }[] = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  cold.push(await marks(page));
  await page.reload();
  warm.push(await marks(page));
  await context.close();
}

const context = await browser.newContext();
const page = await context.newPage();
await page.goto(url);
await marks(page);
// A function, not a string: the page's CSP forbids evaluating strings, which is how Playwright polls one.
await page.waitForFunction(() => document.body.dataset.busy === 'false');
// Specific years only: with no filter the overview shows the build's snapshot and runs no query.
const years = await page.evaluate<string[]>(`[...document.querySelectorAll('select[name="years"] option')].map((o) => o.value).filter(Boolean)`);
const changes: number[] = [];
// Measured inside the page, from the change event to the frame after the last query of the update.
await page.evaluate(`window.__measureNextChange = () => new Promise((done) => {
  document.addEventListener('change', () => {
    const t0 = performance.now();
    let seenBusy = false;
    const poll = () => {
      const busy = document.body.dataset.busy === 'true';
      if (busy) seenBusy = true;
      if (seenBusy && !busy) requestAnimationFrame(() => done(performance.now() - t0));
      else if (performance.now() - t0 > 10000) done(-1);
      else setTimeout(poll, 1);
    };
    poll();
  }, { capture: true, once: true });
})`);
const queryTimes: number[] = [];
for (let i = 0; i < FILTER_CHANGES; i++) {
  await page.evaluate('performance.clearMeasures("query")');
  const measured = page.evaluate<number>('window.__measureNextChange()');
  await page.locator('select[name="years"]').selectOption(years[(i + 1) % years.length]);
  const ms = await measured;
  if (ms >= 0) changes.push(ms);
  queryTimes.push(...(await page.evaluate<number[]>('performance.getEntriesByName("query").map((e) => e.duration)')));
}
await browser.close();
server.close();

console.log(`bench: built site on localhost, Chromium ${browser.version()}, ${RUNS} runs each`);
console.log('                         median      p95');
for (const [label, list] of [['cold: duckdb-ready', cold.map((c) => c.duckdb)], ['cold: first-chart', cold.map((c) => c.chart)], ['warm: duckdb-ready', warm.map((c) => c.duckdb)], ['warm: first-chart', warm.map((c) => c.chart)], [`filter change (${FILTER_CHANGES}×)`, changes], ['  each query in it', queryTimes]] as const) {
  console.log(`${label.padEnd(24)} ${ms(pct(list, 50))} ${ms(pct(list, 95))}`);
}
console.log(`filter changes measured: ${changes.length} of ${FILTER_CHANGES}`);
console.log('targets: first chart cold ≤ 2500 ms; filter change p95 ≤ 100 ms');
