/** The run splitter on runs with one, several and no solutions; runs taken from the 平潭 crawler dumps. */
import { describe, expect, it } from 'vitest';
import { type CellKind, type Equation, type RowSplit, solveSplits } from './splitRuns';

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

  it.each([
    ['35', ['35']], // a whole amount, no unit
    ['35元', ['35元']],
    ['1.52万元', ['1.52万元']],
    ['0.5', ['0.5']],
  ])('reads the money cell %s (a decimal point and a unit are optional)', (run, cells) => {
    expect(one(run, ['money'])).toEqual({ status: 'split', cells });
  });

  it.each(['05', '10.', '1.5元元', '-3', '1元5'])('finds no money cell in %s (leading zero, bare point, stray text)', (run) => {
    expect(one(run, ['money'])).toEqual({ status: 'none' });
  });

  it('compares a stated amount with the number of a cell written with its unit (135元 = 1|35元 or 13|5元)', () => {
    expect(one('135元', ['count', 'money'])).toEqual({ status: 'ambiguous' });
    expect(one('135元', ['count', 'money'], [], [{ row: 0, cell: 1, value: 35 }])).toEqual({ status: 'split', cells: ['1', '35元'] });
  });

  it.each(['1111111', '1111 111', '1 1 1 1 1 1 1'])(
    'spends one node per cell on %s, a run with one digit per cell: no cell takes characters a later one needs',
    (run) => {
      const rows = [{ run, kinds: counts(7) }];
      expect(solveSplits(rows, [], [], 8)[0]).toEqual({ status: 'split', cells: Array(7).fill('1') });
      expect(solveSplits(rows, [], [], 7)[0]).toEqual({ status: 'ambiguous' });
    },
  );

  it('ends each cell at a space: pingtan_2019 `23 0 00 0 023` is decided within two nodes per cell', () => {
    // A cell allowed to reach past its segment would re-read the same characters and spend 26 nodes.
    expect(solveSplits([{ run: '23 0 00 0 023', kinds: counts(7) }], [applicants(0)], [], 14)[0])
      .toEqual({ status: 'split', cells: ['23', '0', '0', '0', '0', '0', '23'] });
  });

  it('prunes a run by its own sum as it goes, so a run of more than 64 cuts is still decided (12|34|5|6|7|8|72)', () => {
    // Without the sum, 1234567872 cuts 84 ways into seven cells: too many to tell apart.
    expect(one('1234567872', counts(7))).toEqual({ status: 'ambiguous' });
    expect(one('1234567872', counts(7), [applicants(0)])).toEqual({ status: 'split', cells: ['12', '34', '5', '6', '7', '8', '72'] });
    // No cut of 1234567891 meets the sum, and its cell rules alone leave too many to read it as printed.
    expect(one('1234567891', counts(7), [applicants(0)])).toEqual({ status: 'none' });
  });

  it('prunes a run by column sums whose other rows are known (run + row 1 = row 2, column by column)', () => {
    const columns: Equation[] = [0, 1, 2, 3, 4, 5, 6].map((cell) => [{ row: 0, cell, coef: 1 }, { row: 1, cell, coef: 1 }, { row: 2, cell, coef: -1 }]);
    const rows = [{ run: '1234567872', kinds: counts(7) }, { values: [10, 0, 0, 1, 0, 0, 11] }, { values: [22, 34, 5, 7, 7, 8, 83] }];
    expect(solveSplits(rows, columns)).toEqual([
      { status: 'split', cells: ['12', '34', '5', '6', '7', '8', '72'] }, { status: 'fixed' }, { status: 'fixed' },
    ]);
  });

  it('does not let another row’s failing sum reject this run’s cuts', () => {
    // Row 1 (1 … 5) breaks its own applicant sum: the report's error, not row 0's.
    expect(solveSplits([{ run: '640020470', kinds: counts(7) }, { values: [1, 0, 0, 0, 0, 0, 5] }], [applicants(0), applicants(1)])[0])
      .toEqual({ status: 'split', cells: ['64', '0', '0', '2', '0', '4', '70'] });
  });

  it('decides two runs together where neither is known (不掌握 110 + 12|0 = 总计 1310)', () => {
    const cc: CellKind[] = ['count', 'count'];
    const columns: Equation[] = [0, 1].map((cell) => [{ row: 0, cell, coef: 1 }, { row: 1, cell, coef: 1 }, { row: 2, cell, coef: -1 }]);
    // 110 = 1|10 or 11|0; 1310 = 1|310, 13|10 or 131|0; only 1|10 + 12|0 = 13|10 adds up.
    expect(solveSplits([{ run: '110', kinds: cc }, { values: [12, 0] }, { run: '1310', kinds: cc }], columns)).toEqual([
      { status: 'split', cells: ['1', '10'] }, { status: 'fixed' }, { status: 'split', cells: ['13', '10'] },
    ]);
    // With 50|0 in the middle row no pair adds up: neither run is cut.
    expect(solveSplits([{ run: '110', kinds: cc }, { values: [50, 0] }, { run: '1310', kinds: cc }], columns).map((r) => r.status))
      .toEqual(['none', 'fixed', 'none']);
  });

  it('does not count a row it could not cut as zeros in the column sums', () => {
    // Row 1 has no cut (its applicant sum fails every way): the column sums cannot decide row 0 (22|… or 2|20|…).
    const columns: Equation[] = [0, 1, 2, 3, 4, 5, 6].map((cell) => [
      { row: 0, cell, coef: 1 }, { row: 1, cell, coef: 1 }, { row: 2, cell, coef: 1 }, { row: 3, cell, coef: -1 },
    ]);
    const rows = [
      { run: '220000325', kinds: counts(7) },
      { run: '12345678', kinds: counts(7) },
      { values: [41, 0, 0, 2, 0, 1, 44] },
      { values: [63, 0, 0, 2, 0, 4, 69] },
    ];
    expect(solveSplits(rows, [applicants(0), applicants(1), ...columns]).map((r) => r.status)).toEqual(['ambiguous', 'none', 'fixed', 'fixed']);
  });

  it('decides a run only when every combination the sums allow agrees on its cut', () => {
    // Both runs cut 1|1|23, 1|12|3 or 11|2|3, and their first cells must be equal: 1 = 1 fits four ways, 11 = 11
    // one more. Neither cut is certain, however many combinations were seen first.
    const c3: CellKind[] = ['count', 'count', 'count'];
    const equal: Equation = [{ row: 0, cell: 0, coef: 1 }, { row: 1, cell: 0, coef: -1 }];
    expect(solveSplits([{ run: '1123', kinds: c3 }, { run: '1123', kinds: c3 }], [equal]).map((r) => r.status)).toEqual(['ambiguous', 'ambiguous']);
  });

  it('does not decide a run that had more cuts than it keeps: a dropped cut could fit the sums too', () => {
    // 1234567872 cuts 84 ways; with its third cell equal to row 1's 456, 1|23|456|7|8|7|2 (the 50th cut) and
    // 12|3|456|7|8|7|2 (the 71st) both fit. Deciding among the first 64 alone would pick the former.
    const rows = [{ run: '1234567872', kinds: counts(7) }, { run: '456', kinds: counts(1) }];
    const same: Equation = [{ row: 0, cell: 2, coef: 1 }, { row: 1, cell: 0, coef: -1 }];
    expect(solveSplits(rows, [same])).toEqual([{ status: 'ambiguous' }, { status: 'split', cells: ['456'] }]);
  });

  describe('joint search budget (runs 110 = 1|10 or 11|0 whose columns add to a 总计 row)', () => {
    const cc: CellKind[] = ['count', 'count'];
    /** `n` runs 110 in rows first … first+n−1, their 总计 n|10n in row first+n: only 1|10 everywhere adds up. */
    const group = (n: number, first = 0) => ({
      rows: [...Array(n).fill({ run: '110', kinds: cc }), { values: [n, 10 * n] }],
      columns: [0, 1].map((cell): Equation => [
        ...Array.from({ length: n }, (_, i) => ({ row: first + i, cell, coef: 1 })), { row: first + n, cell, coef: -1 },
      ]),
    });
    const statuses = (splits: RowSplit[]) => splits.map((s) => (s.status === 'split' ? s.cells.join('|') : s.status));

    it('spends one node per run and one for the whole assignment when nothing has to be undone', () => {
      // Each run alone needs 6 nodes to enumerate; the search over six runs needs 7.
      const { rows, columns } = group(6);
      expect(statuses(solveSplits(rows, columns, [], 7))).toEqual([...Array(6).fill('1|10'), 'fixed']);
    });

    it('gives every run of the group up as ambiguous when the search runs out, keeping nothing it saw', () => {
      const { rows, columns } = group(6);
      expect(statuses(solveSplits(rows, columns, [], 6))).toEqual([...Array(6).fill('ambiguous'), 'fixed']);
    });

    it('gives each group of runs joined by sums its own budget', () => {
      // Two tables of three runs: 4 nodes each, 7 if searched as one group.
      const a = group(3);
      const b = group(3, 4);
      expect(statuses(solveSplits([...a.rows, ...b.rows], [...a.columns, ...b.columns], [], 6)))
        .toEqual(['1|10', '1|10', '1|10', 'fixed', '1|10', '1|10', '1|10', 'fixed']);
    });
  });
});
