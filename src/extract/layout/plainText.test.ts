/** The plain-text front end on small inputs in the shapes it reads: tab rows, markdown pipe tables, one-cell-per-line DOCX exports. */
import { describe, expect, it } from 'vitest';
import { plainTextDocument } from './plainText';

const rowsOf = (text: string) => plainTextDocument(text).rows.map((r) => [r.line, r.exactColumns ?? false, ...r.cells.map((c) => c.text)]);
const linesOf = (text: string) => plainTextDocument(text).lines.map((l) => [l.line, l.text]);

describe('markdown pipe tables', () => {
  it('reads rows between pipes, trimmed, empty cells kept; the separator row is no row and no line', () => {
    const text = '| 信息内容 | 本年制发件数 | 现行有效件数 |\n| --- | :---: | ---: |\n|规章| |3|\n  | 行政许可 | 5 | 0 |  ';
    expect(rowsOf(text)).toEqual([
      [1, true, '信息内容', '本年制发件数', '现行有效件数'],
      [3, true, '规章', '', '3'],
      [4, true, '行政许可', '5', '0'],
    ]);
    expect(linesOf(text)).toEqual([]);
  });

  it.each([
    ['|---|---|', true], ['| :-- | --: |', true], ['---|---', false], ['|-|-|', false], ['| 规章 | -- |', false],
  ])('%s is a separator row: %s', (separator, dropped) => {
    const rows = rowsOf(`| 规章 | 3 |\n${separator}`);
    expect(rows.length).toBe(dropped ? 1 : 2);
  });

  it('a line with a pipe at one end only is prose', () => {
    expect(rowsOf('| 规章 3')).toEqual([[1, false, '| 规章 3']]);
    expect(linesOf('规章 3 |')).toEqual([[1, '规章 3 |']]);
  });
});

describe('tab rows and one cell per line', () => {
  it('splits a tab row into trimmed cells and keeps it out of the prose lines', () => {
    expect(rowsOf('行政许可\t 5 \t0\t')).toEqual([[1, false, '行政许可', '5', '0', '']]);
    expect(linesOf('行政许可\t 5 \t0\t')).toEqual([]);
  });

  it('gathers cells of one tab each into a row with exact columns, until a blank line or a tab row', () => {
    const text = '\t规章\n\t0\n\t\n\n\t行政许可\n\t5\n行政处罚\t3';
    expect(rowsOf(text)).toEqual([
      [1, true, '规章', '0', ''],
      [5, true, '行政许可', '5'],
      [7, false, '行政处罚', '3'],
    ]);
    expect(linesOf(text)).toEqual([]);
  });

  it('a line of two tabs is no one-cell line', () => {
    expect(rowsOf('\t规章\t0')).toEqual([[1, false, '', '规章', '0']]);
  });
});

describe('prose', () => {
  it('strips markdown heading marks and emphasis, keeps line numbers, reads Windows and old Mac line ends', () => {
    const text = '# 一、总体情况\r\n\r\n**主动公开**政府信息__88__条\r###### 六级\n####### 七级\n#没有空格';
    expect(linesOf(text)).toEqual([[1, '一、总体情况'], [3, '主动公开政府信息88条'], [4, '六级'], [5, '####### 七级'], [6, '#没有空格']]);
    expect(rowsOf(text)).toEqual([[1, false, '一、总体情况'], [3, false, '主动公开政府信息88条'], [4, false, '六级'], [5, false, '####### 七级'], [6, false, '#没有空格']]);
    expect(plainTextDocument(text).layout).toBe('text');
  });
});

describe('spaces around and between lines', () => {
  it('a line of spaces is no prose line and no row; spaces around a prose line go', () => {
    const text = '  主动公开政府信息88条  \n   \n依申请公开13件';
    expect(linesOf(text)).toEqual([[1, '主动公开政府信息88条'], [3, '依申请公开13件']]);
    expect(rowsOf(text)).toEqual([[1, false, '主动公开政府信息88条'], [3, false, '依申请公开13件']]);
  });

  it('joins a cell wrapped onto the next line without the spaces it was indented by', () => {
    expect(rowsOf('\t信息内容\n\t本年新\n   制作数量\n\t本年新公开数量')).toEqual([[1, true, '信息内容', '本年新制作数量', '本年新公开数量']]);
  });

  it('a line of spaces ends a row of one-cell lines, like a blank line', () => {
    const text = '\t行政许可\n\t5\n   \n（二）依申请公开情况';
    expect(rowsOf(text)).toEqual([[1, true, '行政许可', '5'], [4, false, '（二）依申请公开情况']]);
    expect(linesOf(text)).toEqual([[4, '（二）依申请公开情况']]);
  });
});
