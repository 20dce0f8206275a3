/**
 * A number inside the label cell of an exact-columns row (a Word or HTML cell written as two paragraphs,
 * `<p>行政处罚</p><p>7</p>`) is not a column value. The inputs are 003 下城区民政局 2020 (its HTML and DOCX
 * fixtures, whose 行政处罚 row reads 5 / 12 / 0) with that row edited, read through the one door.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractInputSync } from '../extractInput';
import type { Fact } from '../types';
import { factOf } from '../__fixtures__/load';
import { placeRow, rowParts } from './rowParts';

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

describe('a number glued to the label in tab-separated OCR text is still a value', () => {
  it('`行政事业性收费 0` then one more cell places 0 first', () => {
    const row = { cells: [{ text: '行政事业性收费 0', line: 1, page: 1 }, { text: '3', line: 1, page: 1 }], line: 1, page: 1 };
    const placement = placeRow(rowParts(row), 2);
    expect(placement.ok && placement.cells.map((c) => c?.text)).toEqual(['0', '3']);
  });
});
