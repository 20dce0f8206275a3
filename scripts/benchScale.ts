/**
 * The parts of `npm run bench` beyond the real dataset: the budgets (application JavaScript, first chart
 * against a bare DuckDB-WASM start) and the scale table (synthetic datasets of 1,000 / 10,000 / 150,000
 * reports, each built into its own site). Page code is passed as text: tsx wraps functions with a helper
 * (__name) that the page does not have.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { type Served, serveDist } from './serve';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
export const mb = (bytes: number) => (!Number.isFinite(bytes) ? '—' : bytes < 1024 * 1024 ? kb(bytes) : `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 2 : 1)} MB`);
export const pct = (values: readonly number[], p: number) =>
  values.length ? [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] : NaN;

/** DuckDB's own files: the wasm modules and the workers that run them. Everything else is application JavaScript. */
const isDuckdbEngine = (name: string) => /^duckdb-.*\.wasm$/.test(name) || /^duckdb-browser-.*\.worker.*\.js$/.test(name);
/** The OCR engine's own files (tesseract.js's worker script, tesseract-core with its wasm inside): an engine, like DuckDB's. */
const isOcrEngine = (name: string) => /^tesseract-core-/.test(name) || /^worker\.min-/.test(name);
/** Loaded only when someone adds a report (the Add view): pdf.js's worker, the extraction worker and its OCR binding. */
const isAddViewOnly = (name: string) => /^pdf\.worker/.test(name) || /^extractWorker/.test(name) || /^ocrEngine/.test(name);

export interface JsBudget {
  firstVisit: number;
  addView: number;
  all: number;
  files: { name: string; gzip: number; when: 'page' | 'add' | 'unused' }[];
}

/**
 * Application JavaScript, gzip-compressed (Pages serves it gzipped): what the page fetched in a run of
 * the real site (main thread and workers, DuckDB's wasm and worker excepted), and what only the Add view
 * loads.
 */
export function jsBudget(distDir: string, fetchedByPage: Set<string>): JsBudget {
  const dir = join(distDir, 'assets');
  const files = readdirSync(dir)
    .filter((name) => /\.(m?js)$/.test(name) && !isDuckdbEngine(name) && !isOcrEngine(name))
    .map((name) => {
      const gzip = gzipSync(readFileSync(join(dir, name)), { level: 9 }).length;
      const when: 'page' | 'add' | 'unused' = isAddViewOnly(name) ? 'add' : fetchedByPage.has(name) ? 'page' : 'unused';
      return { name, gzip, when };
    });
  const sum = (list: typeof files) => list.reduce((s, f) => s + f.gzip, 0);
  return { firstVisit: sum(files.filter((f) => f.when === 'page')), addView: sum(files.filter((f) => f.when === 'add')), all: sum(files), files };
}

/**
 * A bare page that only starts DuckDB-WASM (worker, instantiate, open), bundled with esbuild from the
 * same package and served the same way: the yardstick for "first chart within half of it".
 */
export function bareDuckdbPage(): string {
  const dir = join(tmpdir(), 'gov-info-bench-bare');
  mkdirSync(dir, { recursive: true });
  const pkg = resolve('node_modules/@duckdb/duckdb-wasm/dist');
  for (const f of ['duckdb-eh.wasm', 'duckdb-browser-eh.worker.js', 'duckdb-mvp.wasm', 'duckdb-browser-mvp.worker.js']) copyFileSync(join(pkg, f), join(dir, f));
  const entry = (`import * as duckdb from '@duckdb/duckdb-wasm';
const base = new URL('.', location.href).href;
const bundle = await duckdb.selectBundle({
  mvp: { mainModule: base + 'duckdb-mvp.wasm', mainWorker: base + 'duckdb-browser-mvp.worker.js' },
  eh: { mainModule: base + 'duckdb-eh.wasm', mainWorker: base + 'duckdb-browser-eh.worker.js' },
});
const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker));
await db.instantiate(bundle.mainModule);
await db.open({});
performance.mark('duckdb-instantiated');
`);
  // From stdin, resolved from the project: the package comes from its node_modules.
  const built = spawnSync(resolve('node_modules/.bin/esbuild'), ['--bundle', '--format=esm', '--minify', `--outfile=${join(dir, 'bare.js')}`, '--log-level=error'], { encoding: 'utf8', cwd: resolve('.'), input: entry });
  if (built.status !== 0) throw new Error(`bare page: esbuild failed: ${built.stderr}`);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>bare DuckDB-WASM</title><script type="module" src="bare.js"></script>');
  return dir;
}

export const waitMark = (page: Page, name: string, timeoutMs: number): Promise<number> =>
  page.evaluate(`new Promise((done) => {
    const t0 = performance.now();
    const poll = () => { const e = performance.getEntriesByName(${JSON.stringify(name)})[0];
      if (e) done(e.startTime); else if (performance.now() - t0 > ${timeoutMs}) done(-1); else setTimeout(poll, 10); };
    poll();
  })`);

/** Time for a bare page to instantiate DuckDB-WASM, cold, in ms from navigation start. */
export async function bareInstantiate(browser: Browser, port: number, runs: number): Promise<number[]> {
  const dir = bareDuckdbPage();
  const server = await serveDist({ root: dir, base: '/', port });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    times.push(await waitMark(page, 'duckdb-instantiated', 60_000));
    await context.close();
  }
  server.close();
  return times.filter((t) => t >= 0);
}

/** Resident memory of the renderer processes under this process (the page and its workers run there). */
export function rendererRss(): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch { /* gone */ }
  }
  let max = 0;
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      try {
        if (readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('--type=renderer')) {
          const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child}/status`, 'utf8'));
          if (rss) max = Math.max(max, Number(rss[1]) * 1024);
        }
      } catch { /* gone */ }
      walk(child);
    }
  };
  walk(process.pid);
  return max;
}

export interface ScaleRow {
  reports: number;
  layout: string;
  siteBytes: number;
  buildSeconds: number;
  dataBeforeChart: number;
  firstChart: number;
  duckdbReady: number;
  dataReady: number;
  dataBytesAtReady: number;
  filterP50: number;
  filterP95: number;
  filterMeasured: string;
  /** Renderer peak through the first chart, the dataset load and the filter changes. */
  peakOverview: number;
  /** Renderer peak to the end, the fact views included. */
  peakRss: number;
  crashed: boolean;
  note: string;
  views: { view: string; bytes: number; ms: number }[];
}

/** A synthetic dataset of n reports under data/synthetic (gitignored), written once. */
export function syntheticDataset(n: number): string {
  const dir = resolve(process.env.BENCH_SYNTH_DIR ?? 'data/synthetic', `reports-${n}`);
  if (!existsSync(join(dir, 'facts.csv')) || !existsSync(join(dir, 'checks.csv'))) {
    const run = spawnSync('npx', ['tsx', 'scripts/synth.ts', '--reports', String(n), '--out', dir], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`synth ${n} failed`);
  }
  return dir;
}

/** The first report of a dataset, for the report page. */
export function firstReportId(dataDir: string): string {
  return readFileSync(join(dataDir, 'reports.csv'), 'utf8').split('\n', 2)[1].split(',')[0];
}

/** The site built over a dataset in a layout, into its own folder (the real build in dist/ is untouched). */
export function buildSite(dataDir: string, layout: string, base: string): { outDir: string; seconds: number; bytes: number } {
  const outDir = join(tmpdir(), 'gov-info-bench-sites', `${basename(dataDir)}-${layout}`);
  const started = performance.now();
  const run = spawnSync(resolve('node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DATA_DIR: dataDir, DATA_LAYOUT: layout, BASE_PATH: base },
  });
  if (run.status !== 0) throw new Error(`build of ${dataDir} (${layout}) failed`);
  const bytes = readdirSync(join(outDir, 'data')).reduce((s, f) => s + (statSync(join(outDir, 'data', f)).isFile() ? statSync(join(outDir, 'data', f)).size : 0), 0);
  return { outDir, seconds: (performance.now() - started) / 1000, bytes };
}

/**
 * One site at one size: a cold visit to the overview (data bytes served before the first chart, time to
 * first chart, to DuckDB and to the dataset loaded), filter changes on the overview, a few views that
 * read facts, and the renderer's peak memory throughout.
 */
export async function measureSite(browser: Browser, site: { outDir: string; bytes: number; seconds: number }, opts: {
  reports: number; layout: string; base: string; port: number; filterChanges: number; timeoutMs: number; reportId: string;
}): Promise<ScaleRow> {
  let dataBytes = 0;
  const served: Served[] = [];
  const server = await serveDist({
    root: site.outDir, base: opts.base, port: opts.port,
    onServed: (r) => served.push(r),
    onData: (path, n) => { if (path.startsWith(`${opts.base}data/`)) dataBytes += n; },
  });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rendererRss())), 200);
  const row: ScaleRow = {
    reports: opts.reports, layout: opts.layout, siteBytes: site.bytes, buildSeconds: site.seconds, dataBeforeChart: NaN, firstChart: NaN,
    duckdbReady: NaN, dataReady: NaN, dataBytesAtReady: NaN, filterP50: NaN, filterP95: NaN, filterMeasured: '', peakOverview: 0, peakRss: 0, crashed: false, note: '', views: [],
  };
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('crash', () => (row.crashed = true));
  const url = (hash: string) => `http://127.0.0.1:${opts.port}${opts.base}${hash}`;
  try {
    await page.goto(url('#/overview'));
    row.firstChart = await waitMark(page, 'first-chart', opts.timeoutMs);
    row.dataBeforeChart = dataBytes;
    row.duckdbReady = await waitMark(page, 'duckdb-ready', opts.timeoutMs);
    row.dataReady = await waitMark(page, 'dataset-loaded', opts.timeoutMs);
    row.dataBytesAtReady = dataBytes;
    if (row.dataReady < 0) throw new Error(`dataset not loaded within ${opts.timeoutMs / 1000} s`);
    await page.waitForFunction(() => document.body.dataset.busy === 'false', undefined, { timeout: opts.timeoutMs });
    // Alternate province and year filters: every change runs the overview's queries on DuckDB.
    const options = await page.evaluate<{ years: string[]; provinces: string[] }>(`({
      years: [...document.querySelectorAll('select[name="years"] option')].map((o) => o.value).filter((v) => v && v !== 'multi'),
      provinces: [...document.querySelectorAll('select[name="provinces"] option')].map((o) => o.value).filter((v) => v && v !== 'multi'),
    })`);
    await page.evaluate(MEASURE_CHANGE);
    const changes: number[] = [];
    for (let i = 0; i < opts.filterChanges; i++) {
      const [name, list] = i % 2 === 0 ? ['provinces', options.provinces] : ['years', options.years];
      const measured = page.evaluate<number>('window.__measureNextChange()');
      await page.locator(`select[name="${name}"]`).selectOption(list[Math.floor(i / 2) % list.length]);
      const ms = await measured;
      if (ms >= 0) changes.push(ms);
    }
    row.filterP50 = pct(changes, 50);
    row.filterP95 = pct(changes, 95);
    row.filterMeasured = `${changes.length}/${opts.filterChanges}`;
    row.peakOverview = Math.max(peak, rendererRss());
    // Views that read facts, each from a fresh page on the same (now warm) HTTP cache: what each one fetches.
    const province = encodeURIComponent(options.provinces[0]);
    const views = [
      ['agency (one report)', `#/agency?report=${opts.reportId}`], ['outcomes (one province)', `#/outcomes?province=${province}`],
      ['outcomes (no filter)', '#/outcomes'], ['requests (one province, one year)', `#/requests?province=${province}&year=${options.years.at(-1)}`],
      ['procurement (one province)', `#/procurement?province=${province}`], ['trends (default metric)', '#/trends'], ['compare (default agencies)', '#/compare'],
      ['quality (as it opens)', '#/quality'],
    ];
    for (const [label, hash] of views) {
      const view = await context.newPage();
      view.on('crash', () => (row.crashed = true));
      await view.goto(url('#/about'));
      await waitMark(view, 'dataset-loaded', opts.timeoutMs);
      const before = dataBytes;
      await view.goto(url(hash));
      // Settled: no query running for a whole second and 40 polls (a view's queries can come one after
      // another); the time is to the end of the last one.
      const ms = await view.evaluate<number>(`new Promise((done) => {
        const t0 = performance.now();
        let last = t0;
        let quiet = 0;
        const poll = () => {
          const now = performance.now();
          if (document.body.dataset.busy === 'true') { last = now; quiet = 0; } else quiet++;
          // Polls, not only time: while rendering blocks the page no poll runs, and no query has started yet.
          if ((now - last > 1000 && quiet >= 40) || now - t0 > ${opts.timeoutMs}) done(last - t0); else setTimeout(poll, 20);
        };
        poll();
      })`);
      row.views.push({ view: label, bytes: dataBytes - before, ms: Math.round(ms) });
      await view.close();
    }
  } catch (error) {
    row.note = row.crashed ? 'tab crashed' : (error as Error).message.split('\n')[0].slice(0, 100);
  }
  clearInterval(sampler);
  row.peakRss = Math.max(peak, rendererRss());
  await context.close().catch(() => undefined);
  server.close();
  return row;
}

/** Measured inside the page, from the change event to the frame after the update settled (a cached answer too: the page counts settled updates). */
export const MEASURE_CHANGE = `window.__measureNextChange = () => new Promise((done) => {
  const before = Number(document.body.dataset.settled ?? 0);
  document.addEventListener('change', () => {
    const t0 = performance.now();
    const poll = () => {
      if (Number(document.body.dataset.settled) > before && document.body.dataset.busy === 'false') requestAnimationFrame(() => done(performance.now() - t0));
      else if (performance.now() - t0 > 30000) done(-1);
      else setTimeout(poll, 1);
    };
    poll();
  }, { capture: true, once: true });
})`;
