/**
 * Table 四 (行政复议、行政诉讼): where its value row is, how it is cut when its cells run together, and what is
 * written when it is empty. Values from pingtan_2023's row `110024001510102` (复议 1|1|0|0|2, 直接起诉
 * 4|0|0|1|5, 复议后起诉 1|0|1|0|2).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../types';
import { rowOf, rowsFrom } from '../__fixtures__/rows';
import type { FactDraft } from './factDraft';
import { parseReview } from './review';

const row = (cells: string[], line: number, glued = false) => rowOf(cells, line, glued ? { gluedCells: true } : {});
const table = (...rows: (string[] | Row)[]) => rowsFrom(40, rows);
const HEADER = ['行政复议', '行政诉讼'];
const MEASURES = ['维持', '纠正', '其他', '尚未审结', '总计'];
const VALUES = '1 1 0 0 2 4 0 0 1 5 1 0 1 0 2'.split(' ');
const groups = (facts: FactDraft[]) =>
  ['admin_review', 'litigation_direct', 'litigation_after_review'].map((g) =>
    ['upheld', 'corrected', 'other', 'pending', 'total'].map((m) => facts.find((f) => f.item === g && f.measure === m)?.value));

describe('parseReview', () => {
  it('reads the first unlabelled row of numbers after the 行政复议 header, cell by cell', () => {
    const facts = parseReview(table(['四、行政复议、行政诉讼情况'], HEADER, [...MEASURES, ...MEASURES, ...MEASURES], VALUES), 0, false);
    expect(groups(facts)).toEqual([[1, 1, 0, 0, 2], [4, 0, 0, 1, 5], [1, 0, 1, 0, 2]]);
    expect(facts).toHaveLength(15);
    expect(facts.every((f) => f.section === 'review_litigation' && f.status === 'reported' && f.line === 43)).toBe(true);
  });

  it('cuts a run by the sum of each group (pingtan_2023 `110024001510102`)', () => {
    const facts = parseReview(table(HEADER, row(['110024001510102'], 41, true)), 0, false);
    expect(groups(facts)).toEqual([[1, 1, 0, 0, 2], [4, 0, 0, 1, 5], [1, 0, 1, 0, 2]]);
    expect(facts[0].flags).toEqual(['split_run']);
  });

  it.each([['行政复议情况'], ['行 政 复 议'], [' 行政复议 ']])('finds the header cell %j', (cell) => {
    expect(groups(parseReview(table([cell, '行政诉讼'], VALUES), 0, false))[0]).toEqual([1, 1, 0, 0, 2]);
  });

  it.each([['行政复议决定'], ['申请行政复议'], ['行政复议情况表']])('takes no table for a cell %j', (cell) => {
    expect(parseReview(table([cell], VALUES), 0, false)).toEqual([]);
  });

  it('looks for the header from the given row on', () => {
    expect(parseReview(table(HEADER, VALUES), 1, false)).toEqual([]);
    expect(parseReview(table(HEADER, VALUES), 0, false)).toHaveLength(15);
  });

  it('skips labelled rows and rows without numbers', () => {
    const facts = parseReview(table(HEADER, ['结果', '1', '2'], ['', '', ''], VALUES), 0, false);
    expect(groups(facts)[1]).toEqual([4, 0, 0, 1, 5]);
  });

  it('writes every cell blank, on the header’s line, when the section ends before a value row', () => {
    for (const end of ['五、存在的主要问题及改进情况', '存在的主要问题', '其他需要报告的事项', '六、其他', '八、说明', '  六、其他 ']) {
      const facts = parseReview(table(['标题'], HEADER, [end], VALUES), 0, false);
      expect(facts, end).toHaveLength(15);
      expect(facts.every((f) => f.status === 'blank' && f.value === null && f.line === 41), end).toBe(true);
    }
    const noRow = parseReview(table(HEADER), 0, false);
    expect(noRow.every((f) => f.status === 'blank') && noRow.length).toBe(15);
  });

  it('does not end the section at a row that only mentions 五、 inside, or has more cells', () => {
    for (const notEnd of [['见五、'], ['九、附则'], ['五、', '说明']]) {
      expect(groups(parseReview(table(HEADER, notEnd, VALUES), 0, false))[0], notEnd.join()).toEqual([1, 1, 0, 0, 2]);
    }
  });
});
