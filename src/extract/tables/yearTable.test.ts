/**
 * Multi-year tables of proactive disclosure, on the rows of 004 浑江区民政局 2017's table (2013–2017:
 * 与公众密切相关的信息 52 51 57 73 42, 其他类信息 31 32 15 17 24, 总计 83 83 72 90 66) and edits of them.
 */
import { describe, expect, it } from 'vitest';
import { rowsFrom } from '../__fixtures__/rows';
import type { FactDraft } from './factDraft';
import { parseYearTables } from './yearTable';

const HEADER = ['年份', '2013', '2014', '2015', '2016', '2017'];
const PUBLIC = ['与公众密切相关的信息', '52', '51', '57', '73', '42'];
const OTHER = ['其他类信息', '31', '32', '15', '17', '24'];
const TOTAL = ['总计', '83', '83', '72', '90', '66'];
const table = (...rows: string[][]) => rowsFrom(27, rows, { exactColumns: true });
/** item → value per year, in the order found. */
const byItem = (facts: FactDraft[]) => {
  const out: Record<string, Record<number, number | null>> = {};
  for (const f of facts) (out[f.item] ??= {})[f.year!] = f.value;
  return out;
};

describe('parseYearTables', () => {
  it('reads one count per year and item, with the year it describes', () => {
    const facts = parseYearTables(table(HEADER, PUBLIC, OTHER, TOTAL), false);
    expect(byItem(facts)).toEqual({
      public_interest: { 2013: 52, 2014: 51, 2015: 57, 2016: 73, 2017: 42 },
      other: { 2013: 31, 2014: 32, 2015: 15, 2016: 17, 2017: 24 },
      total: { 2013: 83, 2014: 83, 2015: 72, 2016: 90, 2017: 66 },
    });
    expect(facts.every((f) => f.section === 'active_volume' && f.measure === 'count' && f.status === 'reported')).toBe(true);
    expect(facts.find((f) => f.item === 'other' && f.year === 2015)?.line).toBe(29);
  });

  it.each([
    ['年度', '2013', '2014'],
    ['年份', '1999', '2000'],
    ['年份', ' 2013 ', '2014 '],
  ])('reads a header %s %s %s: 年份 or 年度, two years at least', (label, y1, y2) => {
    const facts = parseYearTables(table([label, y1, y2], ['合计', '83', '72']), false);
    expect(facts.map((f) => [f.item, f.year, f.value])).toEqual([['total', Number(y1), 83], ['total', Number(y2), 72]]);
  });

  it('reads a header whose row has an empty cell after its years', () => {
    const facts = parseYearTables(table(['年份', '2013', '2014', ''], ['合计', '83', '72', '']), false);
    expect(facts.map((f) => [f.item, f.year, f.value])).toEqual([['total', 2013, 83], ['total', 2014, 72]]);
  });

  it.each([
    [['年份', '2013']], // one year is not a multi-year table
    [['年份', '2013', '']],
    [['项目', '2013', '2014']], // no 年份 label
    [['年份', '2013', '合计']],
    [['年份', '2013', '1899']],
    [['年份', '2013', '2113']],
    [['年份', '2013', '20145']],
    [['年份', '2013', '12014']],
  ])('finds no year header in %j', (header) => {
    expect(parseYearTables(table(header, ['总计', '83', '72']), false)).toEqual([]);
  });

  it('reads each item once and stops at the first row that is not one of its items', () => {
    const facts = parseYearTables(table(HEADER, PUBLIC, ['与公众密切相关的信息', '1', '1', '1', '1', '1'], TOTAL, ['备注', '1', '2', '3', '4', '5'], OTHER), false);
    expect(byItem(facts)).toEqual({
      public_interest: { 2013: 52, 2014: 51, 2015: 57, 2016: 73, 2017: 42 },
      total: { 2013: 83, 2014: 83, 2015: 72, 2016: 90, 2017: 66 },
    });
  });

  it('stops at an item row without numbers', () => {
    expect(byItem(parseYearTables(table(HEADER, PUBLIC, ['其他类信息', '', '', '', '', ''], TOTAL), false))).toEqual({
      public_interest: { 2013: 52, 2014: 51, 2015: 57, 2016: 73, 2017: 42 },
    });
  });

  it('reads 合计 and 总数 as the total, and a second table after the first', () => {
    const facts = parseYearTables(table(HEADER, ['总数', '1', '2', '3', '4', '5'], ['正文'], ['年份', '2018', '2019'], ['合计', '7', '8']), false);
    expect(facts.map((f) => [f.item, f.year, f.value])).toEqual([
      ['total', 2013, 1], ['total', 2014, 2], ['total', 2015, 3], ['total', 2016, 4], ['total', 2017, 5],
      ['total', 2018, 7], ['total', 2019, 8],
    ]);
  });
});
