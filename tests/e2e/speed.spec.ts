/**
 * A cold visit to a chart view's deep link, with its default filters, draws the view's first chart from the
 * build's snapshot, before DuckDB-WASM is ready (npm run bench gives the times against a bare DuckDB start).
 */
import { VIEW_REGISTRY } from '../../src/app/views';
import { FIRST_CHARTS } from '../../scripts/build/chartSnapshots';
import { expect, open, test, withoutSnapshot } from './fixtures';

/** The overview's first chart has had its own snapshot since before, Trends has its own (trendsSnapshot); the others' are FIRST_CHARTS. */
const FIRST_PANEL: Record<string, string> = { overview: 'overview-outcomes', trends: 'trends', ...Object.fromEntries(FIRST_CHARTS.map((c) => [c.view, c.panel])) };

test('the snapshot covers every chart view', () => {
  expect(VIEW_REGISTRY.filter((v) => v.charts && !FIRST_PANEL[v.id]).map((v) => v.id)).toEqual([]);
});

for (const [view, panel] of Object.entries(FIRST_PANEL)) {
  test(`#/${view} cold: its first chart (${panel}) is drawn before DuckDB is ready`, async ({ page }) => {
    await page.goto(`./#/${view}`);
    await page.waitForFunction(() => performance.getEntriesByName('first-chart').length > 0, undefined, { timeout: 60_000 });
    const { chart, duckdb } = await page.evaluate(() => ({
      chart: performance.getEntriesByName('first-chart')[0].startTime,
      duckdb: performance.getEntriesByName('duckdb-ready')[0]?.startTime ?? null,
    }));
    expect(duckdb === null || chart < duckdb, `first chart at ${chart.toFixed(0)} ms, DuckDB ready at ${duckdb?.toFixed(0)} ms`).toBe(true);
    await expect(page.locator(`[data-panel="${panel}"] canvas`)).toBeVisible();
    // The snapshot's chart is the one DuckDB draws: the same values with no snapshot served.
    const values = () => page.locator(`[data-panel="${panel}"] [data-testid="chart-table"] table`).evaluate((el) => el.textContent);
    const fromSnapshot = await values();
    await withoutSnapshot(page);
    await open(page, `#/${view}?lang=zh`);
    expect(await values()).toBe(fromSnapshot);
  });
}
