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

const pct = (values: readonly number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
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
// Filter states are the year × province × level grid, walked so that each step changes one select:
// the first pass reaches states never seen (their queries run in DuckDB), the second returns to them
// (answered by the result cache). Both are reported, apart.
const optionsOf = (name: string) => page.evaluate<string[]>(`[...document.querySelectorAll('select[name="${name}"] option')].map((o) => o.value)`);
const dims = [['levels', await optionsOf('levels')], ['provinces', await optionsOf('provinces')], ['years', await optionsOf('years')]] as const;
/** The grid in snake order: consecutive states differ in one select. */
function snake(d: number): string[][] {
  if (d === dims.length) return [[]];
  const inner = snake(d + 1);
  return dims[d][1].flatMap((v, k) => (k % 2 ? [...inner].reverse() : inner).map((rest) => [v, ...rest]));
}
const grid = snake(0).slice(1, 1 + Math.ceil(FILTER_CHANGES / 2));
// Measured inside the page, from the change event to the frame after the update settled.
await page.evaluate(`window.__measureNextChange = () => new Promise((done) => {
  const before = Number(document.body.dataset.settled ?? 0);
  document.addEventListener('change', () => {
    const t0 = performance.now();
    const poll = () => {
      if (Number(document.body.dataset.settled) > before && document.body.dataset.busy === 'false') requestAnimationFrame(() => done(performance.now() - t0));
      else if (performance.now() - t0 > 10000) done(-1);
      else setTimeout(poll, 1);
    };
    poll();
  }, { capture: true, once: true });
})`);
const fresh: number[] = [];
const repeat: number[] = [];
const queryTimes: number[] = [];
let current = dims.map(([, options]) => options[0]);
let lost = 0;
for (const [pass, states] of [[fresh, grid], [repeat, [...grid].reverse().slice(1)]] as const) {
  for (const next of states) {
    const d = next.findIndex((v, k) => v !== current[k]);
    current = next;
    await page.evaluate('performance.clearMeasures("query")');
    const measured = page.evaluate<number>('window.__measureNextChange()');
    await page.locator(`select[name="${dims[d][0]}"]`).selectOption(next[d]);
    const ms = await measured;
    if (ms < 0) lost++;
    else pass.push(ms);
    queryTimes.push(...(await page.evaluate<number[]>('performance.getEntriesByName("query").map((e) => e.duration)')));
  }
}
await browser.close();
server.close();

console.log(`bench: built site on localhost, Chromium ${browser.version()}, ${RUNS} runs each`);
console.log('                               median      p95');
for (const [label, list] of [
  ['cold: duckdb-ready', cold.map((c) => c.duckdb)], ['cold: first-chart', cold.map((c) => c.chart)],
  ['warm: duckdb-ready', warm.map((c) => c.duckdb)], ['warm: first-chart', warm.map((c) => c.chart)],
  [`filter change, all (${fresh.length + repeat.length})`, [...fresh, ...repeat]],
  [`  to a new state (${fresh.length})`, fresh], [`  back to a seen one (${repeat.length})`, repeat], ['  each query run', queryTimes],
] as const) {
  console.log(`${label.padEnd(30)} ${list.length ? ms(pct(list, 50)) : '     —'} ${list.length ? ms(pct(list, 95)) : '     —'}`);
}
if (lost) console.log(`filter changes not measured (no update within 10 s): ${lost}`);
console.log('targets: first chart cold ≤ 2500 ms; filter change p95 ≤ 100 ms');
