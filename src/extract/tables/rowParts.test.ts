/**
 * A number inside the label cell of an exact-columns row (a Word or HTML cell written as two paragraphs,
 * `<p>行政处罚</p><p>7</p>`) is not a column value. The inputs are 003 下城区民政局 2020 (its HTML and DOCX
 * fixtures, whose 行政处罚 row reads 5 / 12 / 0) with that row edited, read through the one door.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractInputSync } from '../extractInput';
import { compactLabel } from '../text/normalize';
import type { Fact, Row } from '../types';
import { factOf } from '../__fixtures__/load';
import { hasValues, placeRow, rowParts } from './rowParts';

const FIXTURES = 'src/extract/__fixtures__';

function read(name: string, bytes: Uint8Array): Fact[] {
  const result = extractInputSync({ name, bytes }, 'test');
  if (!result.ok) throw new Error(result.error);
  return result.facts;
}

/** 003's HTML with `7` as a second paragraph of the 行政处罚 label cell and its value cells as given. */
function html(cells: string[]): Fact[] {
  const text = readFileSync(`${FIXTURES}/xiacheng-2020.html`, 'utf8');
  const label = text.indexOf('行政处罚</span></font></p>') + '行政处罚</span></font></p>'.length;
  const rowEnd = text.indexOf('</tr>', label);
  const row = `<p>7</p></td>${cells.map((c) => `<td><p>${c}</p></td>`).join('')}`;
  return read('penalty.html', strToU8(text.slice(0, label) + row + text.slice(rowEnd)));
}

/** 003's DOCX with the same edit in its Word body. */
function docx(cells: string[]): Fact[] {
  const files = unzipSync(new Uint8Array(readFileSync(`${FIXTURES}/xiacheng-2020.docx`)));
  const xml = strFromU8(files['word/document.xml']);
  const labelRun = '<w:t>行政处罚</w:t></w:r></w:p>';
  const label = xml.indexOf(labelRun) + labelRun.length;
  const rowEnd = xml.indexOf('</w:tr>', label);
  const p = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
  const row = `${p('7')}</w:tc>${cells.map((c) => `<w:tc>${c === '' ? '<w:p/>' : p(c)}</w:tc>`).join('')}`;
  files['word/document.xml'] = strToU8(xml.slice(0, label) + row + xml.slice(rowEnd));
  return read('penalty.docx', zipSync(files));
}

const penalty = (facts: Fact[], measure: string) => factOf(facts, 'active', 'penalty', measure);

describe.each([['HTML', html], ['DOCX', docx]])('%s: 行政处罚 with 7 in its label cell', (_layout, edited) => {
  it('the unchanged neighbours still read as the report prints them (行政强制 0 0 0)', () => {
    const facts = edited(['', '12', '0']);
    for (const measure of ['prev_year_items', 'change', 'decisions']) expect(factOf(facts, 'active', 'coercion', measure).value).toBe(0);
  });

  it('an empty first cell is unreadable with the 7 as raw, neither 7 nor blank; 12 and 0 stay in their cells', () => {
    const facts = edited(['', '12', '0']);
    expect(penalty(facts, 'prev_year_items')).toMatchObject({ value: null, status: 'unreadable', raw: '7', flags: ['number_in_label'] });
    expect(penalty(facts, 'change')).toMatchObject({ value: 12, status: 'reported' });
    expect(penalty(facts, 'decisions')).toMatchObject({ value: 0, status: 'reported' });
  });

  it('a full row places its own cells (5 / 12 / 0) and leaves the 7 with the label', () => {
    const facts = edited(['5', '12', '0']);
    expect([penalty(facts, 'prev_year_items'), penalty(facts, 'change'), penalty(facts, 'decisions')].map((f) => [f.value, f.status, f.flags]))
      .toEqual([[5, 'reported', []], [12, 'reported', []], [0, 'reported', []]]);
  });

  it('a short row (two cells for three columns) places nothing and keeps the 7 in raw', () => {
    const facts = edited(['12', '0']);
    for (const measure of ['prev_year_items', 'change', 'decisions']) {
      expect(penalty(facts, measure)).toMatchObject({ value: null, status: 'unreadable', raw: '7 12 0', flags: ['cells_missing'] });
    }
  });
});

describe('a number at the end of a label cell', () => {
  it.each([
    ['行政事业性收费 0', '行政事业性收费', '0'],
    ['行政许可  3', '行政许可', '3'],
    ['行政事业性收费(万元) 0.35', '行政事业性收费(万元)', '0.35'],
    ['行政事业性收费（万元） 0.35', '行政事业性收费(万元)', '0.35'],
    ['行政许可 -2', '行政许可', '-2'],
    ['行政许可 +2', '行政许可', '+2'],
    ['采购总金额 1,234.5', '采购总金额', '1,234.5'],
    ['采购总金额 12 万元', '采购总金额', '12 万元'],
    ['采购总金额 12元', '采购总金额', '12元'],
  ])('%j: label %j, value %j', (text, label, value) => {
    const parts = rowParts(rowOf([text, '']));
    expect([parts.label, parts.values.map((c) => c.text)]).toEqual([label, [value, '']]);
  });

  it.each([
    ['行政许可3', '行政许可3'], ['行政许可 3件', '行政许可3件'], ['行政许可A 3', '行政许可A3'], ['行政许可 3 件数', '行政许可3件数'],
  ])('%j is all label (no space before the number, or something other than a number after it)', (text, label) => {
    const parts = rowParts(rowOf([text, '5']));
    expect([parts.label, parts.values.map((c) => c.text), parts.labelNumber]).toEqual([label, ['5'], null]);
  });

  it('in an exact row it is the label number, kept out of the values; raw of an unplaceable row starts with it', () => {
    const parts = rowParts(rowOf(['行政处罚 7'], true));
    expect([parts.label, parts.values, parts.labelNumber?.text]).toEqual(['行政处罚', [], '7']);
    expect(placeRow(parts, 3)).toEqual({ ok: false, flag: 'cells_missing', raw: '7' });
    expect(placeRow(rowParts(rowOf(['行政处罚 7', '', '', ''], true)), 3)).toMatchObject({ ok: true, cells: [null, null, null], labelNumber: '7' });
    expect(placeRow(rowParts(rowOf(['行政处罚 7', '5', '12', '0'], true)), 3)).not.toHaveProperty('labelNumber');
  });
});

describe('a number glued to the label in tab-separated OCR text is still a value', () => {
  it('`行政事业性收费 0` then one more cell places 0 first', () => {
    const row = { cells: [{ text: '行政事业性收费 0', line: 1, page: 1 }, { text: '3', line: 1, page: 1 }], line: 1, page: 1 };
    const placement = placeRow(rowParts(row), 2);
    expect(placement.ok && placement.cells.map((c) => c?.text)).toEqual(['0', '3']);
  });
});

/** A row as a front end gives it: cell texts on one line; `exact` for HTML/DOCX/pipe/one-cell-per-line layouts. */
const rowOf = (texts: string[], exact = false): Row => ({
  cells: texts.map((text) => ({ text, line: 3, page: 1 })), line: 3, page: 1, ...(exact ? { exactColumns: true } : {}),
});
const place = (texts: string[], n: number, exact = false) => {
  const p = placeRow(rowParts(rowOf(texts, exact)), n);
  return p.ok ? { cells: p.cells.map((c) => c?.text ?? null), flags: p.flags } : { flag: p.flag, raw: p.raw };
};

describe('rowParts: label and value cells', () => {
  it('takes every cell up to the last label cell as the label, compacted, and the rest as values', () => {
    const parts = rowParts(rowOf(['（三）', '不予公开', '1.属于国家秘密', '0', '', '2']));
    expect(parts.label).toBe(compactLabel('（三）不予公开1.属于国家秘密'));
    expect(parts.values.map((c) => c.text)).toEqual(['0', '', '2']);
    expect(parts.labelNumber).toBeNull();
  });

  it.each(['增 3', '减少2', '+13', '−4', '约10万元', '近 5 件', '30余件', '12 万元', '`56700', '1,234', '５', '1756. 58 万元', '3人次', '7千元', '0.5亿元', "'9'"])(
    'reads %j as a value cell, not a label', (value) => {
      const parts = rowParts(rowOf(['行政许可', value, '1']));
      expect(parts.label).toBe('行政许可');
      expect(parts.values.map((c) => c.text)).toEqual([value, '1']);
    },
  );

  // Only cells with Chinese text can be labels, so each value here carries a character or unit.
  it.each(['增加3', '减3件', '新增2件', '-2件', '＋3件', '－1件', '1，234件', '1．5万元', '１２件', '20多件', '5条', '3个', '2项', '4次', '6元', '‘5件’', '"5件"'])(
    'reads %j as a value cell too', (value) => {
      expect(rowParts(rowOf(['行政许可', value])).values.map((c) => c.text)).toEqual([value]);
    },
  );

  it.each(['第二十条', '2.其他', '件数', '合计 3 项目', '共3件', '3件以上', '约10万元整'])('reads %j as a label cell', (label) => {
    expect(rowParts(rowOf(['', label, '1'])).values.map((c) => c.text)).toEqual(['1']);
  });

  it('leaves out positions covered by another cell\'s span', () => {
    const row = rowOf(['行政处罚', '56', '', ''], true);
    row.cells[2].spanFiller = true;
    row.cells[3].spanFiller = true;
    expect(rowParts(row).values.map((c) => c.text)).toEqual(['56']);
  });

  it('says whether a row has any value: a number in an exact row\'s label counts', () => {
    expect(hasValues(rowParts(rowOf(['行政处罚', '', ''])))).toBe(false);
    expect(hasValues(rowParts(rowOf(['行政处罚', ' ', '0'])))).toBe(true);
    expect(hasValues(rowParts(rowOf(['行政处罚 7', '', ''], true)))).toBe(true);
  });
});

describe('placeRow: a cell is placed only where the row leaves one way', () => {
  it('places a full row as it stands, in any layout', () => {
    expect(place(['规章', '0', '1', '3'], 3)).toEqual({ cells: ['0', '1', '3'], flags: [] });
    expect(place(['规章', '0', '1', '3'], 3, true)).toEqual({ cells: ['0', '1', '3'], flags: [] });
  });

  it('reads an empty row as blank cells, and a row without any cell as missing', () => {
    expect(place(['规章', '', '', ''], 3)).toEqual({ cells: [null, null, null], flags: [] });
    expect(place(['规章'], 3)).toEqual({ flag: 'cells_missing', raw: '' });
  });

  it('trusts OCR gaps only when the row has the form\'s width (one trailing cell allowed) and starts with a value', () => {
    expect(place(['规章', '5', '', '3'], 3)).toEqual({ cells: ['5', null, '3'], flags: [] });
    expect(place(['规章', '5', '', '3', ''], 3)).toEqual({ cells: ['5', null, '3'], flags: [] });
    expect(place(['规章', '', '5', '3'], 3)).toEqual({ flag: 'cells_missing', raw: '5 3' });
    expect(place(['规章', '5', '', '3', '', ''], 3)).toEqual({ flag: 'cells_missing', raw: '5 3' });
    // 002 pads every row to ten cells: its gaps say nothing.
    expect(place(['规章', '5', '', '3', '', '', '', '', '', '', ''], 3)).toEqual({ flag: 'cells_missing', raw: '5 3' });
  });

  it('trusts the gaps of a row without a label (review table) when it has the form\'s width', () => {
    expect(place(['', '5', '3'], 3)).toEqual({ cells: [null, '5', '3'], flags: [] });
  });

  it('trusts exact layouts: a wide label\'s empty cells come first, the form\'s columns are the last n', () => {
    expect(place(['规章', '', '', '1', '', '3'], 3, true)).toEqual({ cells: ['1', null, '3'], flags: [] });
    expect(place(['规章', '', '5'], 3, true)).toEqual({ flag: 'cells_missing', raw: '5' });
    expect(place(['规章', '9', '', '1', '2', '3'], 3, true)).toEqual({ flag: 'cells_misaligned', raw: '9 1 2 3' });
  });

  it('reads an OCR row that starts with a gap after its label as unplaceable, even when it is one cell wider than the form', () => {
    // Only exact layouts let a wide label own the empty cells before the form's columns.
    expect(place(['规章', '', '5', '', '3'], 3)).toEqual({ flag: 'cells_missing', raw: '5 3' });
    expect(place(['规章', '', '5', '', '3'], 3, true)).toEqual({ cells: ['5', null, '3'], flags: [] });
  });

  it('keeps a row with more numbers than columns only when they are all the same', () => {
    expect(place(['规章', '0', '0', '0', '0'], 3)).toEqual({ cells: ['0', '0', '0'], flags: ['extra_cells'] });
    expect(place(['规章', '0', '0', '0', '1'], 3)).toEqual({ flag: 'cells_misaligned', raw: '0 0 0 1' });
  });
});

describe('a cell of spaces is an empty cell, and spaces around a number are not part of it', () => {
  it('is not a value: a row of such cells has none', () => {
    expect(hasValues(rowParts(rowOf(['行政处罚', ' ', '　'])))).toBe(false);
  });

  it('is a gap between placed numbers, read as blank', () => {
    expect(place(['规章', '5', ' ', '3'], 3)).toEqual({ cells: ['5', null, '3'], flags: [] });
  });

  it('is a gap at the start of an OCR row: its positions are not trusted', () => {
    expect(place(['规章', ' ', '5', '3'], 3)).toEqual({ flag: 'cells_missing', raw: '5 3' });
  });

  it('is layout at the end of a row one cell wider than the form', () => {
    expect(place(['规章', '5', '', '3', ' '], 3)).toEqual({ cells: ['5', null, '3'], flags: [] });
  });

  it('belongs to a wide label in an exact layout when it comes before the form\'s last n columns', () => {
    expect(place(['规章', ' ', '1', '', '3'], 3, true)).toEqual({ cells: ['1', null, '3'], flags: [] });
  });

  it('leaves the raw text of an unplaceable row as its numbers, one space apart', () => {
    expect(place(['规章', ' 5', '', '', '', '', '3 '], 3)).toEqual({ flag: 'cells_missing', raw: '5 3' });
  });

  it('does not make equal numbers differ: `0 `, `0`, ` 0`, `0` in three columns are all the same', () => {
    const p = placeRow(rowParts(rowOf(['规章', '0 ', '0', ' 0', '0'])), 3);
    expect(p.ok && { cells: p.cells.map((c) => c?.text.trim()), flags: p.flags }).toEqual({ cells: ['0', '0', '0'], flags: ['extra_cells'] });
  });

  it('after a number glued to its label: `采购总金额 12万元 ` is label 采购总金额 and value 12万元', () => {
    const parts = rowParts(rowOf(['采购总金额 12万元 ', '']));
    expect([parts.label, parts.values.map((c) => c.text)]).toEqual(['采购总金额', ['12万元', '']]);
  });
});
