import { describe, expect, it } from 'vitest';
import type { ReportFigure } from '../../data/queries';
import { pivot, statusCell, wideRows } from './pivot';

const fig = (agency: string, measure: string, value: number | null, status = 'reported', origin = 'table', flags = ''): ReportFigure => ({
  report_id: agency, agency_id: `id-${agency}`, agency, report_year: 2020, scope: 'body', item: 'procurement', measure, value, status, origin, flags,
});

describe('pivot', () => {
  const rows = [
    fig('A', 'items', 10), fig('A', 'amount_10k_yuan', 773.5), fig('B', 'items', null, 'blank'), fig('B', 'amount_10k_yuan', 743.58, 'reported', 'narrative'),
    // 003's `56700: money without a unit is neither drawn nor summed.
    fig('C', 'items', 45), fig('C', 'amount_10k_yuan', 56700, 'reported', 'table', 'ocr_repaired;unit_missing'),
  ];

  it('makes a category per report and a series per key, blanks as gaps, notes from the rows', () => {
    const { categories, series } = pivot(rows, (r) => r.measure, ['items', 'amount_10k_yuan', 'fees'], (k) => k.toUpperCase(), (r) => (r.origin === 'table' ? null : r.origin));
    expect(categories).toEqual(['A 2020', 'B 2020', 'C 2020']);
    // `fees` has no value anywhere: no series for it.
    expect(series).toEqual([
      { name: 'ITEMS', values: [10, null, 45], notes: [null, null, null] },
      { name: 'AMOUNT_10K_YUAN', values: [773.5, 743.58, null], notes: [null, 'narrative', null] },
    ]);
  });

  it('says in the tooltip what a unit-less number is, without drawing it', () => {
    const { series } = pivot(rows, (r) => r.measure, ['items', 'amount_10k_yuan'], (k) => k, () => null, (r) => `${r.value}（未注明单位）`);
    expect(series[1]).toEqual({ name: 'amount_10k_yuan', values: [773.5, 743.58, null], notes: [null, null, null], texts: [null, null, '56700（未注明单位）'] });
    // A key whose only value has no unit keeps its series (for the tooltip), with nothing to draw.
    const only = pivot([rows[5]], (r) => r.measure, ['amount_10k_yuan'], (k) => k, () => null, () => 'x');
    expect(only.series).toEqual([{ name: 'amount_10k_yuan', values: [null], notes: [null], texts: ['x'] }]);
  });

  it('gives CSV rows with every key as a numeric column and a `_status` column beside it: a gap or a unit-less number leaves the value empty and says why, never 0 nor a word among the numbers', () => {
    const checksOf = (figures: ReportFigure[]) => (figures[0].agency === 'B' ? `checks on ${figures.map((f) => f.measure).join('+')}` : '');
    // Only the keys asked for reach a row and its checks; a key the report lacks is `absent`.
    expect(wideRows(rows, (r) => r.measure, ['items', 'amount_10k_yuan', 'fees'], checksOf)).toEqual([
      { agency: 'A', agency_id: 'id-A', year: 2020, scope: 'body', items: 10, items_status: '', amount_10k_yuan: 773.5, amount_10k_yuan_status: '', fees: null, fees_status: 'absent', failed_checks: '' },
      { agency: 'B', agency_id: 'id-B', year: 2020, scope: 'body', items: null, items_status: 'blank', amount_10k_yuan: 743.58, amount_10k_yuan_status: '', fees: null, fees_status: 'absent', failed_checks: 'checks on items+amount_10k_yuan' },
      { agency: 'C', agency_id: 'id-C', year: 2020, scope: 'body', items: 45, items_status: '', amount_10k_yuan: null, amount_10k_yuan_status: 'unit_missing:56700', fees: null, fees_status: 'absent', failed_checks: '' },
    ]);
    expect(wideRows(rows, (r) => r.measure, ['items'], checksOf)[1]).toEqual({ agency: 'B', agency_id: 'id-B', year: 2020, scope: 'body', items: null, items_status: 'blank', failed_checks: 'checks on items' });
    // Every value column is numeric or empty.
    for (const row of wideRows(rows, (r) => r.measure, ['items', 'amount_10k_yuan'], checksOf) as Record<string, unknown>[]) {
      for (const k of ['items', 'amount_10k_yuan']) expect(row[k] === null || typeof row[k] === 'number').toBe(true);
    }
  });

  it('gives a cell\'s status the way the dataset words it', () => {
    expect(statusCell(fig('X', 'items', null, 'unreadable'))).toEqual({ value: null, status: 'unreadable' });
    expect(statusCell(fig('X', 'items', 0))).toEqual({ value: 0, status: '' });
    expect(statusCell(undefined)).toEqual({ value: null, status: 'absent' });
  });

});
