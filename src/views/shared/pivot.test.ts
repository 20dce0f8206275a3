import { describe, expect, it } from 'vitest';
import type { ReportFigure } from '../../data/queries';
import { pivot, wideRows } from './pivot';

const fig = (agency: string, measure: string, value: number | null, status = 'reported', origin = 'table'): ReportFigure => ({
  report_id: agency, agency_id: `id-${agency}`, agency, report_year: 2020, scope: 'body', item: 'procurement', measure, value, status, origin, flags: '',
});

describe('pivot', () => {
  const rows = [fig('A', 'items', 10), fig('A', 'amount_10k_yuan', 773.5), fig('B', 'items', null, 'blank'), fig('B', 'amount_10k_yuan', 743.58, 'reported', 'narrative')];

  it('makes a category per report and a series per key, blanks as gaps, notes from the rows', () => {
    const { categories, series } = pivot(rows, (r) => r.measure, ['items', 'amount_10k_yuan', 'fees'], (k) => k.toUpperCase(), (r) => (r.origin === 'table' ? null : r.origin));
    expect(categories).toEqual(['A 2020', 'B 2020']);
    // `fees` has no value anywhere: no series for it.
    expect(series).toEqual([
      { name: 'ITEMS', values: [10, null], notes: [null, null] },
      { name: 'AMOUNT_10K_YUAN', values: [773.5, 743.58], notes: [null, 'narrative'] },
    ]);
  });

  it('gives CSV rows with every key as a column, blank cells named, never 0', () => {
    expect(wideRows(rows, (r) => r.measure, ['items', 'amount_10k_yuan'])).toEqual([
      { agency: 'A', agency_id: 'id-A', year: 2020, scope: 'body', items: 10, amount_10k_yuan: 773.5 },
      { agency: 'B', agency_id: 'id-B', year: 2020, scope: 'body', items: 'blank', amount_10k_yuan: 743.58 },
    ]);
  });
});
