/**
 * Values from a link (and the search box) reach SQL only as escaped literals: hostile ones select
 * nothing, throw nothing and change nothing. Run on DuckDB for Node with the real dataset.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHash } from '../app/route';
import type { Connector } from './connector';
import { NO_FILTERS } from './filters';
import { nodeConnector } from './nodeConnector';
import {
  checkRows, compareCells, flagCounts, flaggedFacts, metricKeys, figures, missingYears, overviewTotals, publishedSourceFile,
  reportFacts, reportList, searchAgencies, trend, trendAgencies, countedFailedChecks, failedChecks, trendUnitless,
} from './queries';

const HOSTILE = ["x' OR 1=1 --", "x') OR TRUE OR ('", "'; DROP TABLE facts; --", "x'' OR ''='", "\\' OR 1=1 --", '%', '_', "吴忠' || '"];

let db: Connector;
const counts = () => db.query<{ n: number }>('SELECT (SELECT count(*) FROM reports) + (SELECT count(*) FROM facts) + (SELECT count(*) FROM checks) AS n');
let before: { n: number }[];
beforeAll(async () => {
  db = await nodeConnector('data');
  before = await counts();
});

describe('hostile values from a link', () => {
  it('pass through the URL parser into the filters unchanged, as data', () => {
    const hash = `#/trends?province=${encodeURIComponent(HOSTILE[0])}&type=${encodeURIComponent(HOSTILE[1])}&agencies=${encodeURIComponent(HOSTILE[3])}`;
    const { state } = parseHash(hash);
    expect(state.filters.provinces).toEqual([HOSTILE[0]]);
    expect(state.filters.agencyTypes).toEqual([HOSTILE[1]]);
    expect(state.agencies).toEqual([HOSTILE[3]]);
  });

  it('select nothing in any filtered query, and do not widen a real filter', async () => {
    for (const value of HOSTILE) {
      for (const filters of [{ ...NO_FILTERS, provinces: [value] }, { ...NO_FILTERS, agencyTypes: [value] }]) {
        expect((await overviewTotals(db, filters)).coverage.reports, value).toBe(0);
        expect(await reportList(db, filters)).toEqual([]);
        expect(await missingYears(db, filters)).toEqual([]);
        expect(await figures(db, filters, 'outcome_groups')).toEqual([]);
        expect(await figures(db, filters, { section: 'applications' })).toEqual([]);
        expect(await checkRows(db, filters)).toEqual([]);
        expect(await flagCounts(db, filters)).toEqual([]);
        expect(await flaggedFacts(db, filters, 'unit_missing')).toEqual([]);
        expect(await metricKeys(db, filters)).toEqual([]);
        expect(await trendAgencies(db, 'active_volume', filters)).toEqual([]);
        expect(await countedFailedChecks(db, filters)).toEqual([]);
      }
      // Beside a real province, the hostile one adds nothing: still 江苏省's three reports.
      expect((await overviewTotals(db, { ...NO_FILTERS, provinces: ['江苏省', value] })).coverage.reports).toBe(3);
    }
  });

  it('select nothing as agencies, report ids, flags, metrics or search text', async () => {
    for (const value of HOSTILE) {
      expect(await trend(db, 'active_volume', [value], NO_FILTERS), value).toEqual([]);
      expect(await compareCells(db, [value])).toEqual([]);
      expect(await reportFacts(db, value)).toEqual([]);
      expect(await checkRows(db, NO_FILTERS, { reportId: value })).toEqual([]);
      expect(await checkRows(db, NO_FILTERS, { statuses: [value] })).toEqual([]);
      expect(await failedChecks(db, [value])).toEqual([]);
      expect(await trendUnitless(db, 'procurement', [value], NO_FILTERS)).toEqual([]);
      expect(await trendUnitless(db, value, ['330103-民政局'], NO_FILTERS)).toEqual([]);
      expect(await flaggedFacts(db, NO_FILTERS, value)).toEqual([]);
      expect(await publishedSourceFile(db, value)).toBeUndefined();
      expect(await trend(db, value, ['220602-民政局'], NO_FILTERS)).toEqual([]);
      expect(await searchAgencies(db, value)).toEqual([]);
    }
  });

  it('refuse a year that is not a whole number instead of writing it into SQL', async () => {
    await expect(overviewTotals(db, { ...NO_FILTERS, years: [Number.NaN] })).rejects.toThrow('not an integer: NaN');
  });

  it('leave the tables as they were', async () => {
    expect(await counts()).toEqual(before);
    expect((await overviewTotals(db, NO_FILTERS)).coverage.reports).toBe(20);
  });
});
