/**
 * npm run bench: how fast the built site is in Debian's Chromium, served locally the way Pages serves it.
 * 1. The real dataset (dist/): time to the `duckdb-ready` and `first-chart` marks, cold (empty cache) and
 *    warm (reload), and the time from a filter change to updated charts.
 * 2. Budgets: application JavaScript (compressed), first chart against a bare page starting DuckDB-WASM.
 * 3. The scale table: synthetic datasets (BENCH_SIZES, default 1000,10000,150000 reports) built into
 *    sites of their own in each layout (BENCH_LAYOUTS, default csv,packed; see src/data/load/layout.ts).
 * Figures only; nothing here fails the run. BENCH_SIZES= (empty) skips the scale table.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { MEASURE_CHANGE, type ScaleRow, bareInstantiate, buildSite, firstReportId, jsBudget, kb, mb, measureSite, pct, syntheticDataset } from './benchScale';
import { overRowLimit } from './csvFileRows';
import { serveDist } from './serve';
import { VIEW_REGISTRY } from '../src/app/views';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FILTER_CHANGES = Number(process.env.BENCH_FILTER_CHANGES ?? 40);
const base = process.env.BASE_PATH ?? '/';
const port = Number(process.env.BENCH_PORT ?? 4410);
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,150000').split(',').filter(Boolean).map(Number);
const LAYOUTS = (process.env.BENCH_LAYOUTS ?? 'csv,packed').split(',').filter(Boolean);
const SCALE_FILTER_CHANGES = Number(process.env.BENCH_SCALE_FILTER_CHANGES ?? 20);
const SCALE_TIMEOUT_MS = Number(process.env.BENCH_SCALE_TIMEOUT_MS ?? 300_000);
/** A CSV larger than this is not built as a CSV site: the build cannot emit it, nor Pages publish it (1 GB a site). */
const CSV_SITE_LIMIT = 1024 ** 3;

if (!existsSync('dist/index.html')) throw new Error('build the site first: npm run build');
const scripts = new Set<string>();
const server = await serveDist({ base, port, onServed: (r) => { if (/\.m?js$/.test(r.path)) scripts.add(r.path.split('/').pop()!); } });
const launch = () => chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const browser = await launch();
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

// A cold visit to each chart view's deep link (its default filters): when its first chart is drawn.
const CHART_VIEWS = VIEW_REGISTRY.filter((v) => v.charts).map((v) => v.id);
const perView = new Map<string, { duckdb: number; chart: number }[]>();
for (const view of CHART_VIEWS) {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url.replace('#/overview', `#/${view}`));
    perView.set(view, [...(perView.get(view) ?? []), await marks(page)]);
    await context.close();
  }
}

const context = await browser.newContext();
const page = await context.newPage();
await page.goto(url);
await marks(page);
// Measured inside the page, from the change event to the frame after the update settled.
await page.evaluate(MEASURE_CHANGE);
const optionsOf = (name: string) => page.evaluate<string[]>(`[...document.querySelectorAll('select[name="${name}"] option')].map((o) => o.value)`);
const dims = [['levels', await optionsOf('levels')], ['provinces', await optionsOf('provinces')], ['years', await optionsOf('years')]] as const;
/** The year × province × level grid in snake order: consecutive states differ in one select. */
function snake(d: number): string[][] {
  if (d === dims.length) return [[]];
  const inner = snake(d + 1);
  return dims[d][1].flatMap((v, k) => (k % 2 ? [...inner].reverse() : inner).map((rest) => [v, ...rest]));
}
const grid = snake(0).slice(1, 1 + Math.ceil(FILTER_CHANGES / 2));

/**
 * Filter changes on one view, one select at a time along the grid: the first pass reaches states never
 * seen (their queries run in DuckDB), the second returns to them (answered by the result cache).
 */
async function walkFilters(view: string) {
  const hash = `#/${view}`;
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  // A function, not a string: the page's CSP forbids evaluating strings, which is how Playwright polls one.
  await page.waitForFunction(() => document.body.dataset.busy === 'false');
  await page.evaluate(MEASURE_CHANGE);
  const fresh: number[] = [];
  const repeat: number[] = [];
  const queries: number[] = [];
  let current = dims.map(([, options]) => options[0]);
  let lost = 0;
  for (const [pass, states] of [[fresh, grid], [repeat, [...grid].reverse().slice(1)]] as const) {
    for (const next of states) {
      const d = next.findIndex((v, k) => v !== current[k]);
      current = next;
      await page.evaluate('performance.clearMeasures("query")');
      const measured = page.evaluate<number>('window.__measureNextChange()');
      await page.locator(`select[name="${dims[d][0]}"]`).selectOption(next[d]);
      const took = await measured;
      if (took < 0) lost++;
      else pass.push(took);
      queries.push(...(await page.evaluate<number[]>('performance.getEntriesByName("query").map((e) => e.duration)')));
    }
  }
  // Back to no filter for the next view (answered by the build's snapshot where there is one: not measured).
  for (const [name, options] of dims) await page.locator(`select[name="${name}"]`).selectOption(options[0]);
  return { view, fresh, repeat, queries, lost };
}
const walks = [];
for (const view of ['overview', 'requests', 'outcomes']) walks.push(await walkFilters(view));
server.close();

const bare = await bareInstantiate(browser, port + 1, RUNS);

const scale: ScaleRow[] = [];
const skipped: string[] = [];
for (const reports of SIZES) {
  const dataDir = syntheticDataset(reports);
  const factsBytes = statSync(join(dataDir, 'facts.csv')).size;
  for (const layout of LAYOUTS) {
    if (layout === 'csv' && factsBytes > CSV_SITE_LIMIT) {
      skipped.push(`${reports} reports, csv: not built — facts.csv is ${mb(factsBytes)} (the build cannot emit one file that large; Pages publishes at most 1 GB a site)`);
      continue;
    }
    const rows = layout === 'csv' ? overRowLimit(join(dataDir, 'facts.csv')) : null;
    if (rows) {
      skipped.push(`${reports} reports, csv: not built — facts.csv has ${rows.toLocaleString('en-US')} rows, more than the page loads from one CSV file (src/data/upload/limits.ts)`);
      continue;
    }
    console.error(`bench: ${reports} reports, ${layout}: building…`);
    const site = buildSite(dataDir, layout, base);
    console.error(`bench: ${reports} reports, ${layout}: measuring (${mb(site.bytes)} of data in the site)…`);
    // A fresh browser per site: a crashed or bloated renderer must not carry over.
    const b = await launch();
    scale.push(await measureSite(b, site, { reports, layout, base, port: port + 2, filterChanges: SCALE_FILTER_CHANGES, timeoutMs: SCALE_TIMEOUT_MS, reportId: firstReportId(dataDir) }));
    await b.close();
  }
}
await browser.close();

console.log(`bench: built site on localhost, Chromium ${browser.version()}, ${RUNS} runs each`);
console.log('                               median      p95');
const rows: [string, readonly number[]][] = [
  ['cold: duckdb-ready', cold.map((c) => c.duckdb)], ['cold: first-chart', cold.map((c) => c.chart)],
  ['warm: duckdb-ready', warm.map((c) => c.duckdb)], ['warm: first-chart', warm.map((c) => c.chart)],
];
for (const w of walks) {
  rows.push([`filter change, ${w.view} (${w.fresh.length + w.repeat.length})`, [...w.fresh, ...w.repeat]]);
  rows.push([`  to a new state (${w.fresh.length})`, w.fresh], [`  back to a seen one (${w.repeat.length})`, w.repeat], ['  each query run', w.queries]);
}
for (const [label, list] of rows) console.log(`${label.padEnd(30)} ${list.length ? ms(pct(list, 50)) : '     —'} ${list.length ? ms(pct(list, 95)) : '     —'}`);
const lost = walks.reduce((n, w) => n + w.lost, 0);
if (lost) console.log(`filter changes not measured (no update within 30 s): ${lost}`);
console.log(`${'bare page: DuckDB-WASM up'.padEnd(30)} ${ms(pct(bare, 50))} ${ms(pct(bare, 95))}`);
console.log('targets: first chart cold ≤ 2500 ms; filter change p95 ≤ 100 ms');

const js = jsBudget('dist', scripts);
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');
const firstChart = pct(cold.map((c) => c.chart), 50);
const half = pct(bare, 50) / 2;
console.log('\nbudgets');
console.log(`  application JavaScript the page loads (gzip; DuckDB's wasm and worker excepted): ${kb(js.firstVisit)} of 400 KB — ${verdict(js.firstVisit <= 400 * 1024)}`);
console.log(`    ${js.files.filter((f) => f.when === 'page').map((f) => `${f.name} ${kb(f.gzip)}`).join(', ')}`);
console.log(`  loaded only when a report is added (Add view: pdf.js worker, extraction worker, OCR binding; the OCR engine itself, like DuckDB, is not application code), not counted above: ${kb(js.addView)}`);
console.log(`    all application JavaScript in the build, whether loaded or not: ${kb(js.all)} — ${js.all <= 400 * 1024 ? 'within 400 KB even so' : 'over 400 KB if the Add view is counted'}`);
console.log(`  first chart (cold, median) ${firstChart.toFixed(0)} ms ≤ half of a bare page's DuckDB-WASM start (${pct(bare, 50).toFixed(0)} ms / 2 = ${half.toFixed(0)} ms) — ${verdict(firstChart <= half)}`);
console.log('  first chart of each view, cold deep link with its default filters (median; DuckDB ready at, median):');
for (const [view, runs] of perView) {
  const chart = pct(runs.map((r) => r.chart), 50);
  console.log(`    #/${view.padEnd(12)} ${ms(chart)}  (duckdb-ready ${ms(pct(runs.map((r) => r.duckdb), 50))}) ≤ ${half.toFixed(0)} ms — ${verdict(chart <= half)}`);
}

if (scale.length || skipped.length) {
  const n = (v: number, digits = 0) => (Number.isFinite(v) && v >= 0 ? v.toFixed(digits) : '—');
  console.log(`\nscale (synthetic datasets; filter change = province and year filters on the overview, ${SCALE_FILTER_CHANGES}×; targets at 150,000 reports: p95 ≤ 400 ms, no crash, memory < 1 GB)`);
  console.log('reports  layout  site data  data before 1st chart  1st chart  duckdb-ready  data loaded (bytes)      filter p50/p95  memory: overview / +fact views  crashed');
  for (const r of scale) {
    console.log([
      String(r.reports).padStart(7), r.layout.padEnd(6), mb(r.siteBytes).padStart(9), mb(r.dataBeforeChart).padStart(21),
      `${n(r.firstChart)} ms`.padStart(10), `${n(r.duckdbReady)} ms`.padStart(13), `${n(r.dataReady)} ms (${mb(r.dataBytesAtReady)})`.padStart(24),
      `${n(r.filterP50)}/${n(r.filterP95)} ms`.padStart(15), `${mb(r.peakOverview)} / ${mb(r.peakRss)}`.padStart(31), (r.crashed ? 'YES' : 'no').padStart(8),
    ].join('  ') + (r.note ? `  ${r.note}` : ''));
  }
  for (const line of skipped) console.log(`  ${line}`);
  console.log('\nwhat each view fetches once the dataset is loaded (data bytes, time to settled)');
  for (const r of scale) for (const v of r.views) console.log(`  ${String(r.reports).padStart(7)} ${r.layout.padEnd(6)} ${v.view.padEnd(36)} ${mb(v.bytes).padStart(9)} ${String(v.ms).padStart(7)} ms`);
  const big = scale.filter((r) => r.reports >= 150_000);
  for (const r of big) {
    console.log(`target at ${r.reports} reports (${r.layout}): filter p95 ${n(r.filterP95)} ms ≤ 400 — ${verdict(r.filterP95 <= 400)}; tab crash: ${r.crashed ? 'YES' : 'none'}; memory < 1 GB: overview ${mb(r.peakOverview)} — ${verdict(r.peakOverview < 1024 ** 3)}, after the fact views ${mb(r.peakRss)} — ${verdict(r.peakRss < 1024 ** 3)}`);
  }
}
