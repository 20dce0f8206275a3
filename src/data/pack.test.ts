/** The packed layout answers every typed query exactly as the CSV layout does (the real dataset, DuckDB for Node). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from './connector';
import { NO_FILTERS } from './filters';
import { nodeConnector, packedConnector } from './nodeConnector';
import { packDataset } from './pack';
import { chartFigures, checkRows, compareCells, countedFailedChecks, failedChecks, figures, flagCounts, metricKeys, reportFacts, searchAgencies, trend, trendAgencies, trendUnitless, unitlessAmounts } from './queries';
import { overviewSnapshot } from './snapshot';

const sorted = (rows: object[]) => rows.map((r) => JSON.stringify(r)).sort();

/** Nothing to compare: no rows, or an object whose every field is empty (a 0 is an answer, not nothing). */
const empty = (v: unknown): boolean =>
  v === null || v === undefined || v === '' || (Array.isArray(v) ? v.length === 0 : typeof v === 'object' ? Object.values(v).every(empty) : false);

let csv: Connector;
let packed: Connector;
beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'pack-')), 'dataset.duckdb');
  await packDataset('data', file);
  [csv, packed] = [await nodeConnector('data'), await packedConnector(file)];
});

describe('packed layout', () => {
  const jiangsu = { ...NO_FILTERS, provinces: ['江苏省'] };
  const same: [string, (db: Connector) => Promise<unknown>][] = [
    ['the overview snapshot', (db) => overviewSnapshot(db)],
    ['report_wide, column for column', (db) => db.query('SELECT * FROM report_wide ORDER BY report_id')],
    ['facts_preferred', async (db) => sorted(await db.query('SELECT * FROM facts_preferred'))],
    ['facts', async (db) => sorted(await db.query('SELECT * FROM facts'))],
    ['chart_cells, column for column', async (db) => sorted(await db.query('SELECT * FROM chart_cells'))],
    ['outcome groups', (db) => figures(db, jiangsu, 'outcome_groups')],
    ['section facts', (db) => figures(db, NO_FILTERS, { section: 'review_litigation' })],
    ['a trend', (db) => trend(db, 'requests_new', ['320800-人民政府'], NO_FILTERS)],
    ['metric keys', (db) => metricKeys(db, NO_FILTERS)],
    ['metric keys of one level', (db) => metricKeys(db, { ...NO_FILTERS, levels: ['county'] })],
    ['agencies a trend opens on', (db) => trendAgencies(db, 'requests_new', NO_FILTERS)],
    ['a chart’s largest reports', (db) => chartFigures(db, NO_FILTERS, 'outcome_groups', [{ items: ['outcome_disclosed'], seriesBy: { measure: 'total' }, keys: ['outcome_disclosed'] }], 3)],
    ['two cuts’ largest reports', (db) => chartFigures(db, NO_FILTERS, { section: 'applications', items: ['new_received', 'carried_over'] },
      [{ items: ['new_received'], seriesBy: { item: 'new_received' }, keys: ['natural_person'] }, { items: ['carried_over'], seriesBy: { item: 'carried_over' }, keys: ['commercial'] }], 2)],
    ['unit-less amounts', (db) => unitlessAmounts(db, NO_FILTERS, 'active', 'procurement', 'amount_10k_yuan')],
    ['one report’s facts', (db) => reportFacts(db, 'fed22baafaab')],
    // Sorted here (checks, compare): their ORDER BY leaves ties, which come out in storage order.
    ['checks', async (db) => sorted(await checkRows(db, NO_FILTERS))],
    ['flags', (db) => flagCounts(db, NO_FILTERS)],
    ['flags of one province', (db) => flagCounts(db, { ...NO_FILTERS, provinces: ['江苏省'] })],
    ['compare', async (db) => sorted(await compareCells(db, ['320800-人民政府']))],
    ['agency search', (db) => searchAgencies(db, '市')],
    ['failed checks of some reports', async (db) => sorted(await failedChecks(db, ['94a211353fb0', '3f3beb166f7e', '82ba40ade55a']))],
    ['failed checks the overview sums', (db) => countedFailedChecks(db, NO_FILTERS)],
    ['unit-less amounts of a trend', (db) => trendUnitless(db, 'procurement', ['330103-民政局', '640300-民政局'], NO_FILTERS)],
  ];
  for (const [name, run] of same) {
    it(`gives the same ${name}`, async () => {
      const expected = await run(csv);
      // Both layouts answering nothing would agree: the published dataset has an answer to every query here.
      expect(empty(expected), 'the CSV layout answered nothing').toBe(false);
      expect(await run(packed)).toEqual(expected);
    });
  }
});
