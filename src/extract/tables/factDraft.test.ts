/** From placed cells to facts: what each cell becomes (value, blank, unreadable) and which flags and lines it carries. */
import { describe, expect, it } from 'vitest';
import { demote } from '../ocr/confidence';
import { applyOcrTruth } from '../ocr/truth';
import type { Cell, Row, SourceDocument } from '../types';
import { cellFact, rowFacts, unreadableFact } from './factDraft';

const row: Row = { cells: [], line: 40, page: 2 };
const cell = (text: string): Cell => ({ text, line: 41, page: 3 });
const key = (measure: string, year?: number) => ({ section: 'active', item: 'procurement', measure, ...(year ? { year } : {}) });

describe('cellFact', () => {
  it('reads a count with its cell\'s line and page', () => {
    expect(cellFact(key('items'), cell(' 29 '), row, [])).toEqual({
      section: 'active', item: 'procurement', measure: 'items', year: null, origin: 'table',
      line: 41, page: 3, value: 29, unit: 'count', status: 'reported', raw: '29', flags: [],
    });
  });

  it('reads money in the measure\'s unit, with the header\'s unit for a bare number (吴忠 773.5 万元)', () => {
    expect(cellFact(key('amount_10k_yuan'), cell('773.5'), row, [], '万元')).toMatchObject({ value: 773.5, unit: '万元', status: 'reported', flags: [] });
    expect(cellFact(key('amount_10k_yuan'), cell('773.5'), row, [])).toMatchObject({ value: 773.5, unit: '', status: 'reported', flags: ['unit_missing'] });
  });

  it('repairs a split decimal only in OCR text (002: 1756. 58 万元)', () => {
    expect(cellFact(key('amount_10k_yuan'), cell('1756. 58 万元'), row, [], '', true)).toMatchObject({ value: 1756.58, flags: ['ocr_repaired'] });
    expect(cellFact(key('amount_10k_yuan'), cell('1756. 58 万元'), row, [], '', false)).toMatchObject({ value: null, status: 'unreadable', flags: ['not_a_number'] });
  });

  it('makes an empty position a blank of the row\'s line, in the measure\'s unit', () => {
    expect(cellFact(key('amount_10k_yuan', 2019), null, row, ['label_garbled'])).toEqual({
      section: 'active', item: 'procurement', measure: 'amount_10k_yuan', year: 2019, origin: 'table',
      line: 40, page: 2, value: null, unit: '万元', status: 'blank', raw: '', flags: ['label_garbled'],
    });
  });

  it('puts the row\'s flags before the cell\'s own', () => {
    expect(cellFact(key('items'), cell('—'), row, ['label_garbled'])).toMatchObject({ status: 'blank', value: null, raw: '—', flags: ['label_garbled', 'dash_blank'] });
    expect(cellFact(key('items'), cell('二十'), row, ['split_run'])).toMatchObject({ status: 'unreadable', value: null, raw: '二十', unit: 'count', flags: ['split_run', 'not_a_number'] });
  });
});

describe('rowFacts', () => {
  const keys = [key('items'), key('amount_10k_yuan')];

  it('gives every column of an unplaceable row the row\'s numbers and the reason', () => {
    expect(rowFacts(keys, { ok: false, flag: 'cells_missing', raw: '0 2' }, row, ['label_garbled'], true)).toEqual(keys.map((k) => ({
      ...k, year: null, origin: 'table', value: null, unit: k.measure === 'items' ? 'count' : '万元', status: 'unreadable',
      raw: '0 2', line: 40, page: 2, flags: ['label_garbled', 'cells_missing'],
    })));
  });

  it('reads placed cells with the placement\'s flags after the row\'s', () => {
    const facts = rowFacts(keys, { ok: true, cells: [cell('0'), cell('0')], flags: ['extra_cells'] }, row, ['label_garbled'], false, '万元');
    expect(facts.map((f) => [f.value, f.unit, f.flags])).toEqual([[0, 'count', ['label_garbled', 'extra_cells']], [0, '万元', ['label_garbled', 'extra_cells']]]);
  });

  it('makes the empty cells of a row with a number in its label unreadable with that number, and reads the others', () => {
    const facts = rowFacts(keys, { ok: true, cells: [null, cell('12')], flags: [], labelNumber: '7' }, row, [], false, '万元');
    expect(facts.map((f) => [f.status, f.value, f.raw, f.flags])).toEqual([['unreadable', null, '7', ['number_in_label']], ['reported', 12, '12', []]]);
  });
});

describe('unreadableFact', () => {
  it('has no line where there is no row', () => {
    expect(unreadableFact(key('items', 2013), '', ['row_missing'], null)).toMatchObject({ year: 2013, line: null, page: null, status: 'unreadable', unit: 'count' });
  });
});

describe('what cellFact and rowFacts assume of their callers', () => {
  it('rejoins no split decimal unless told the text may be OCR (a Word cell `10.` `20` is not 10.2)', () => {
    expect(cellFact(key('amount_10k_yuan'), cell('10. 20'), row, [], '万元')).toMatchObject({ value: null, status: 'unreadable', raw: '10. 20' });
  });

  it('keeps a bare amount without a header unit as written, flagged (no unit is assumed)', () => {
    const [items, amount] = rowFacts([key('items'), key('amount_10k_yuan')], { ok: true, cells: [cell('3'), cell('773.5')], flags: [] }, row, [], false);
    expect([items.value, amount.value, amount.unit, amount.flags]).toEqual([3, 773.5, '', ['unit_missing']]);
  });

  it('applies the OCR confidence gate to a cell that has a confidence (85 and over kept, flagged ocr)', () => {
    expect(cellFact(key('items'), { ...cell('29'), confidence: 84 }, row, [])).toMatchObject({
      value: null, status: 'unreadable', raw: '29', flags: ['ocr', 'ocr_low_confidence'],
    });
    expect(cellFact(key('items'), { ...cell('29'), confidence: 85 }, row, [])).toMatchObject({ value: 29, status: 'reported', flags: ['ocr'] });
  });
});

describe('each fact owns its flags', () => {
  it('the OCR rules demoting one cell of a row leave the row’s other cells as they were read', () => {
    const [first, second] = rowFacts([key('items'), key('amount_10k_yuan')], { ok: true, cells: [cell('1'), cell('2万元')], flags: [] }, row, [], true);
    demote(first, 'ocr_check_failed');
    expect(second).toMatchObject({ value: 2, status: 'reported', flags: [] });
  });

  it('a scan’s table cells with no known confidence are none of them kept as reported (applyOcrTruth)', () => {
    const drafts = rowFacts([key('items'), key('amount_10k_yuan')], { ok: true, cells: [cell('1'), cell('2万元')], flags: [] }, row, [], true);
    const facts = drafts.map((f) => ({ ...f, year: 2020, report_id: 'r', source_file: 'f', agency: 'a', report_year: 2020 }));
    applyOcrTruth('r', 2020, facts, { lines: [] } as unknown as SourceDocument);
    expect(facts.map((f) => [f.status, f.value, f.flags])).toEqual([
      ['unreadable', null, ['ocr', 'ocr_low_confidence']],
      ['unreadable', null, ['ocr', 'ocr_low_confidence']],
    ]);
  });
});
