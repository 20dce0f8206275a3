/** The space-aligned text front end (`pdftotext -layout` and copies out of PDF viewers) on small pages in its shapes. */
import { describe, expect, it } from 'vitest';
import { looksSpaceAligned, spaceAlignedDocument } from './spaceAligned';

const cellsOf = (text: string) => spaceAlignedDocument(text).rows.map((r) => r.cells.map((c) => c.text));

describe('cells of a line', () => {
  it.each([
    ['two spaces part columns, one space does not', '行政 许可  5  0  29', ['行政 许可', '5', '0', '29']],
    ['non-breaking and ideographic spaces part columns', '行政许可\u00a0\u00a05\u30000\u3000\u300029', ['行政许可', '5', '0', '29']],
    ['signed, grouped, decimal and 元/万元 numbers are values', '行政许可  -3  1,234  12.5  773.5万元  100元', ['行政许可', '-3', '1,234', '12.5', '773.5万元', '100元']],
  ])('%s', (_, line, cells) => {
    expect(cellsOf(line)).toEqual([cells]);
  });

  it.each(['12a', '.5', '第3', '5-', '1.', '3元整', '+3'])('%s after the label is no value: the line is no row', (cell) => {
    const doc = spaceAlignedDocument(`行政许可  ${cell}`);
    expect(doc.lines.map((l) => l.text)).toEqual([`行政许可  ${cell}`]);
    expect(doc.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['行政许可', cell]]);
  });

  it('values are the trailing numbers only: a number before a label cell stays in the label', () => {
    expect(cellsOf('2  其他法律行政法规禁止公开  0  0')).toEqual([['2', '其他法律行政法规禁止公开', '0', '0']]);
    expect(spaceAlignedDocument('2  其他法律行政法规禁止公开  0  0').lines).toEqual([]);
  });
});

describe('looksSpaceAligned', () => {
  const row = (label: string) => `${label}    0    0    3`;
  const five = ['规章', '行政规范性文件', '行政许可', '行政处罚', '行政强制'].map(row);

  it('needs five lines of a label and two or more numbers, and no tab', () => {
    expect(looksSpaceAligned(five.join('\n'))).toBe(true);
    expect(looksSpaceAligned(five.slice(0, 4).join('\n'))).toBe(false);
    expect(looksSpaceAligned([...five.slice(0, 4), '行政强制    3', '0    0    3'].join('\n'))).toBe(false);
    expect(looksSpaceAligned(['说明', ...five].join('\n'))).toBe(true);
    expect(looksSpaceAligned(five.map((l) => l.replace('规章', '规章\t')).join('\n'))).toBe(false);
    expect(looksSpaceAligned(['行政许可 0 0 3', ...five.slice(1)].join('\n'))).toBe(false);
  });
});

describe('spaceAlignedDocument', () => {
  it('joins the label fragments just above a row to it, each with its own line, across one blank line but not two', () => {
    const doc = spaceAlignedDocument(['（二）部分公开（区分处理的，只计这一', '', '情形，不计其他情形）  1  0  1', '三、本年度办理结果', '', '', '（一）予以公开  5  1  6'].join('\n'));
    expect(doc.rows.map((r) => [r.line, r.cells.map((c) => [c.text, c.line])])).toEqual([
      [3, [['（二）部分公开（区分处理的，只计这一', 1], ['情形，不计其他情形）', 3], ['1', 3], ['0', 3], ['1', 3]]],
      [4, [['三、本年度办理结果', 4]]],
      [7, [['（一）予以公开', 7], ['5', 7], ['1', 7], ['6', 7]]],
    ]);
    expect(doc.lines).toEqual([
      { text: '（二）部分公开（区分处理的，只计这一', line: 1, page: null },
      { text: '三、本年度办理结果', line: 4, page: null },
    ]);
    expect(doc.layout).toBe('space_aligned');
  });

  it('a header line of several cells is a row of its own and never joins the row below', () => {
    const doc = spaceAlignedDocument(['申请人情况', '自然人  法人或其他组织  总计', '  一、本年新收政府信息公开申请数量  21  0  21  '].join('\r\n'));
    expect(doc.rows.map((r) => [r.line, r.cells.map((c) => c.text)])).toEqual([
      [1, ['申请人情况']],
      [2, ['自然人', '法人或其他组织', '总计']],
      [3, ['一、本年新收政府信息公开申请数量', '21', '0', '21']],
    ]);
    expect(doc.lines.map((l) => l.text)).toEqual(['申请人情况', '自然人  法人或其他组织  总计']);
  });

  it('skips page furniture without breaking a label from its row, and keeps the lines after it numbered', () => {
    const doc = spaceAlignedDocument(['（三）不予公开', '- 3 -', '1.属于国家秘密  0  0', '结束语'].join('\n'));
    expect(doc.rows.map((r) => [r.line, r.cells.map((c) => c.text)])).toEqual([
      [3, ['（三）不予公开', '1.属于国家秘密', '0', '0']],
      [4, ['结束语']],
    ]);
  });
});

describe('spaces at the ends of a line', () => {
  it('a line indented or ended by one space keeps its cells and values', () => {
    expect(cellsOf(' 行政许可  5  0 ')).toEqual([['行政许可', '5', '0']]);
    expect(spaceAlignedDocument(' 二、主动公开政府信息情况 ').lines).toEqual([{ text: '二、主动公开政府信息情况', line: 1, page: null }]);
  });

  it('a line of spaces is a blank line: a label fragment joins its row across one, and it is no line or row', () => {
    const doc = spaceAlignedDocument(['（三）不予公开', '    ', '1.属于国家秘密  0  0', '   ', '   ', '结束语'].join('\n'));
    expect(doc.rows.map((r) => [r.line, r.cells.map((c) => c.text)])).toEqual([
      [3, ['（三）不予公开', '1.属于国家秘密', '0', '0']],
      [6, ['结束语']],
    ]);
    expect(doc.lines.map((l) => l.text)).toEqual(['（三）不予公开', '结束语']);
  });

  it('reads old Mac line ends', () => {
    expect(spaceAlignedDocument('（三）不予公开\r1.属于国家秘密  0  0').rows.map((r) => [r.line, r.cells.map((c) => c.text)])).toEqual([
      [2, ['（三）不予公开', '1.属于国家秘密', '0', '0']],
    ]);
  });
});

describe('looksSpaceAligned, two number columns', () => {
  it('five lines of a label and exactly two numbers are enough', () => {
    expect(looksSpaceAligned(['规章', '行政规范性文件', '行政许可', '行政处罚', '行政强制'].map((l) => `${l}    0    3`).join('\n'))).toBe(true);
  });
});
