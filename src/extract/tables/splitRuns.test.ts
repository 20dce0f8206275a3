/** The run splitter on runs with one, several and no solutions; runs taken from the 平潭 crawler dumps. */
import { describe, expect, it } from 'vitest';
import { type CellKind, type Equation, solveSplits } from './splitRuns';

const counts = (n: number): CellKind[] => Array(n).fill('count');
/** Six applicant columns add to 总计 (cell 6) in row `row`. */
const applicants = (row: number): Equation => [...[0, 1, 2, 3, 4, 5].map((cell) => ({ row, cell, coef: 1 })), { row, cell: 6, coef: -1 }];
const one = (run: string, kinds: CellKind[], equations: Equation[] = [], known = [] as { row: number; cell: number; value: number }[]) =>
  solveSplits([{ run, kinds }], equations, known)[0];

describe('solveSplits', () => {
  it('splits a run the applicant sum leaves one way to cut (pingtan_2021 本年新收 640020470 = 64|0|0|2|0|4|70)', () => {
    expect(one('640020470', counts(7), [applicants(0)])).toEqual({ status: 'split', cells: ['64', '0', '0', '2', '0', '4', '70'] });
  });

  it('treats spaces as cell boundaries (pingtan_2019 `230 000023`, `23 0 00 0 023`)', () => {
    expect(one('230 000023', counts(7), [applicants(0)])).toEqual({ status: 'split', cells: ['23', '0', '0', '0', '0', '0', '23'] });
    expect(one('23 0 00 0 023', counts(7), [applicants(0)])).toEqual({ status: 'split', cells: ['23', '0', '0', '0', '0', '0', '23'] });
    // Without its sum, 230 could be 2|30 or 23|0 or 230: no cut is certain.
    expect(one('230 000023', counts(7))).toEqual({ status: 'ambiguous' });
  });

  it('reads a run with one cut per character as printed, even where its own sum fails (the report’s error, for the checks)', () => {
    expect(one('1000002', counts(7), [applicants(0)])).toEqual({ status: 'split', cells: ['1', '0', '0', '0', '0', '0', '2'] });
  });

  it('leaves runs with several splits undecided (pingtan_2019 行政事业性收费350 = 3|50 or 35|0)', () => {
    expect(one('350', ['count', 'signed'])).toEqual({ status: 'ambiguous' });
    expect(one('396442278', ['count', 'signed', 'count'])).toEqual({ status: 'ambiguous' }); // 行政许可
    expect(one('13575394432.52元', ['count', 'money'])).toEqual({ status: 'ambiguous' }); // 政府集中采购
  });

  it('uses a value stated for that very cell', () => {
    expect(one('350', ['count', 'signed'], [], [{ row: 0, cell: 0, value: 35 }])).toEqual({ status: 'split', cells: ['35', '0'] });
  });

  it('finds no split where the cell rules or the sums allow none', () => {
    expect(one('00', ['count'])).toEqual({ status: 'none' }); // no leading zeros
    expect(one('0000000', counts(8))).toEqual({ status: 'none' }); // too few digits
    expect(one('1.52', counts(2))).toEqual({ status: 'none' }); // decimals only in money
    expect(one('12345678', counts(7), [applicants(0)])).toEqual({ status: 'none' }); // every cut breaks the sum
  });

  it('reads a minus sign only at the start of a signed cell', () => {
    expect(one('12-34', ['count', 'signed', 'count'])).toEqual({ status: 'split', cells: ['12', '-3', '4'] });
    expect(one('12-34', counts(3))).toEqual({ status: 'none' });
  });

  it('decides a run across rows with the column sums (pingtan_2021 不掌握 220000325 against （七）总计 630020469)', () => {
    // Row 0: 不掌握 (22|0|0|0|0|3|25 or 2|20|0|0|0|3|25 both add up); row 1: every other outcome, summed; row 2: 总计.
    const rows = [
      { run: '220000325', kinds: counts(7) },
      { values: [41, 0, 0, 2, 0, 1, 44] },
      { run: '630020469', kinds: counts(7) },
    ];
    const columns: Equation[] = [0, 1, 2, 3, 4, 5, 6].map((cell) => [
      { row: 0, cell, coef: 1 }, { row: 1, cell, coef: 1 }, { row: 2, cell, coef: -1 },
    ]);
    expect(solveSplits(rows, [applicants(0), applicants(2)])[0]).toEqual({ status: 'ambiguous' });
    expect(solveSplits(rows, [applicants(0), applicants(2), ...columns])).toEqual([
      { status: 'split', cells: ['22', '0', '0', '0', '0', '3', '25'] },
      { status: 'fixed' },
      { status: 'split', cells: ['63', '0', '0', '2', '0', '4', '69'] },
    ]);
    // A run no equation joins (行政事业性收费350) stays ambiguous without blocking the others.
    expect(solveSplits([...rows, { run: '350', kinds: ['count', 'signed'] }], [applicants(0), applicants(2), ...columns]).map((r) => r.status))
      .toEqual(['split', 'fixed', 'split', 'ambiguous']);
    // Column sums no split can meet: no solution, never the nearest one.
    const wrongTotal = [rows[0], rows[1], { values: [60, 0, 0, 2, 0, 4, 66] }];
    expect(solveSplits(wrongTotal, [applicants(0), ...columns])[0]).toEqual({ status: 'none' });
  });

  it('gives up as ambiguous when the node budget runs out, never picking a split (pingtan_2021 table 四)', () => {
    const run = '10203120001200000';
    const groups: Equation[] = [0, 5, 10].map((g) => [...[0, 1, 2, 3].map((i) => ({ row: 0, cell: g + i, coef: 1 })), { row: 0, cell: g + 4, coef: -1 }]);
    const rows = [{ run, kinds: counts(15) }];
    expect(solveSplits(rows, groups)[0]).toEqual({ status: 'split', cells: ['1', '0', '2', '0', '3', '12', '0', '0', '0', '12', '0', '0', '0', '0', '0'] });
    expect(solveSplits(rows, groups, [], 40)[0]).toEqual({ status: 'ambiguous' });
  });
});
