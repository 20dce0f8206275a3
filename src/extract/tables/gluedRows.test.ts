/**
 * Placing crawler rows whose value cells run together: which rows are split, with which cell kinds, against
 * which known values, and how a row that cannot be cut is reported. Runs from the 平潭 crawler dumps.
 */
import { describe, expect, it } from 'vitest';
import { APPLICANT_MEASURES } from '../../vocabulary';
import { rowOf } from '../__fixtures__/rows';
import { equation, placeGluedRows } from './gluedRows';
import { rowParts } from './rowParts';

const row = (cells: string[], glued = true) => rowOf(cells, 10, { gluedCells: glued });
const keysOf = (item: string, measures: readonly string[]) => measures.map((measure) => ({ section: 'applications', item, measure }));
const APPLICANTS = keysOf('new_received', APPLICANT_MEASURES);
/** The six applicant columns add to 总计 in row `r`. */
const applicants = (r: number) => equation([...[0, 1, 2, 3, 4, 5].map((c): [number, number, number] => [r, c, 1]), [r, 6, -1]]);
const place = (cells: string[], keys = APPLICANTS, equations = [applicants(0)], glued = true) =>
  placeGluedRows([rowParts(row(['本年新收政府信息公开申请数量', ...cells], glued))], [keys], equations)[0];

describe('placeGluedRows', () => {
  it('cuts a run the row’s sum leaves one way to cut, each cell keeping the run’s line (pingtan_2021 640020470)', () => {
    expect(place(['640020470'])).toEqual({
      ok: true,
      cells: ['64', '0', '0', '2', '0', '4', '70'].map((text) => ({ text, line: 10, page: null })),
      flags: ['split_run'],
    });
  });

  it('joins the run’s pieces with a space, a boundary the cut must keep (pingtan_2019 `230 000023`)', () => {
    const placed = place(['230 ', ' 000023']);
    expect(placed?.ok && placed.cells.map((c) => c?.text)).toEqual(['23', '0', '0', '0', '0', '0', '23']);
  });

  it('leaves to placeRow the rows that are not crawler runs, or already have a cell per column', () => {
    expect(place(['640020470'], APPLICANTS, [applicants(0)], false)).toBeNull();
    expect(place(['64', '0', '0', '2', '0', '4', '70'])).toBeNull();
    expect(place([])).toBeNull();
    expect(placeGluedRows([null], [APPLICANTS], [applicants(0)])).toEqual([null]);
  });

  it.each([
    [['640020470', ''], 'an empty cell after it'],
    [['', '640020470'], 'an empty cell before it'],
    [['640020470', ' '], 'a cell of spaces after it'],
  ])('cuts a run beside blank cells the same way (%j: %s)', (cells) => {
    expect(place(cells)).toMatchObject({ ok: true, cells: ['64', '0', '0', '2', '0', '4', '70'].map((text) => ({ text })) });
  });

  it.each([['12', '—'], ['—', '12'], ['640020470', '12a']])('does not read a row as a run when one of its cells is not (%j)', (...cells) => {
    expect(place(cells)).toBeNull();
  });

  it('keeps the boundary between two run cells printed without spaces (1 | 10000011)', () => {
    // Glued into 110000011 the sum fits 11|0|0|0|0|0|11 as well; the cell boundary leaves 1|10|0|0|0|0|11 alone.
    const placed = place(['1', '10000011']);
    expect(placed?.ok && placed.cells.map((c) => c?.text)).toEqual(['1', '10', '0', '0', '0', '0', '11']);
    expect(place(['110000011'])).toMatchObject({ ok: false, flag: 'ambiguous_split' });
  });

  it.each(['640020470', '-3', '1.52', '13575394432.52元', '2.5万元', '12 34'])('reads %s as a run', (run) => {
    expect(place([run])).not.toBeNull();
  });

  it.each(['—', '640020470件', 'a640020470', '64002047O', '.5', '64002 0470x'])('does not read %s as a run', (text) => {
    expect(place([text])).toBeNull();
  });

  it('cuts by each cell’s kind: a minus only in the change, a decimal point only in money', () => {
    const active = keysOf('licensing', ['prev_year_items', 'change', 'decisions']);
    expect(place(['12-34'], active, [])).toMatchObject({ ok: true, cells: [{ text: '12' }, { text: '-3' }, { text: '4' }] });
    const fees = keysOf('procurement', ['items', 'amount_10k_yuan']);
    expect(place(['31.5'], fees, [])).toMatchObject({ ok: true, cells: [{ text: '3' }, { text: '1.5' }] });
    expect(place(['31.5'], keysOf('licensing', ['prev_year_items', 'decisions']), [])).toMatchObject({ ok: false, flag: 'split_no_solution' });
    expect(place(['12-34'], keysOf('licensing', ['prev_year_items', 'decisions', 'decisions']), [])).toMatchObject({ ok: false, flag: 'split_no_solution' });
    const yuan = keysOf('fees', ['items', 'amount_yuan']);
    expect(place(['31.5'], yuan, [])).toMatchObject({ ok: true, cells: [{ text: '3' }, { text: '1.5' }] });
  });

  it('reports the run as printed when no cut or several cuts fit', () => {
    expect(place(['12345678'])).toEqual({ ok: false, flag: 'split_no_solution', raw: '12345678' });
    expect(place(['230', '000023'], APPLICANTS, [])).toEqual({ ok: false, flag: 'ambiguous_split', raw: '230 000023' });
    // Each piece as printed, trimmed, one space between pieces.
    expect(place([' 1234 ', ' 5678 '])).toEqual({ ok: false, flag: 'split_no_solution', raw: '1234 5678' });
  });

  it('takes the plain numbers of the other rows as known values in the column sums (pingtan_2021 不掌握 220000325)', () => {
    // Row 0 cuts 22|0|0|0|0|3|25 or 2|20|0|0|0|3|25; rows 1 and 2 (every other outcome, 总计) are printed cell by cell.
    const columns = [0, 1, 2, 3, 4, 5, 6].map((c) => equation([[0, c, 1], [1, c, 1], [2, c, -1]]));
    const rows = (other: string[], total = ['63', '0', '0', '2', '0', '4', '69']) => [
      rowParts(row(['不掌握相关政府信息', '220000325'])),
      rowParts(row(['其他', ...other], false)),
      rowParts(row(['总计', ...total], false)),
    ];
    const keys = [keysOf('unable_not_held', APPLICANT_MEASURES), keysOf('other', APPLICANT_MEASURES), keysOf('total_handled', APPLICANT_MEASURES)];
    const placed = placeGluedRows(rows(['41', '0', '0', '2', '0', '1', '44']), keys, [applicants(0), ...columns]);
    expect(placed[0]?.ok && placed[0].cells.map((c) => c?.text)).toEqual(['22', '0', '0', '0', '0', '3', '25']);
    expect(placed.slice(1)).toEqual([null, null]);
    // The cuts differ in columns 0 and 1 only. A number read with a doubt (63余) or not read (约0) is not a known
    // value: those two column sums no longer decide.
    const doubtful = rows(['41', '约0', '0', '2', '0', '1', '44'], ['63余', '0', '0', '2', '0', '4', '69']);
    expect(placeGluedRows(doubtful, keys, [applicants(0), ...columns])[0]).toMatchObject({ ok: false, flag: 'ambiguous_split' });
    // Nor is a row whose cells cannot be placed, nor a row that is absent.
    expect(placeGluedRows(rows(['41', '0', '0', '2']), keys, [applicants(0), ...columns])[0]).toMatchObject({ ok: false, flag: 'ambiguous_split' });
    expect(placeGluedRows([rows([])[0], null, rows([])[2]], keys, [applicants(0), ...columns])[0]).toMatchObject({ ok: false, flag: 'ambiguous_split' });
  });
});
