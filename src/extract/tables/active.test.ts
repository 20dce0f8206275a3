/**
 * Table 二 (主动公开政府信息情况): where it starts and ends, which row is which item, and the money unit of its
 * amounts. Rows modelled on 000's table (行政处罚 12 / 增 0 / 1; 规章 0 0 0) and edits of them.
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../types';
import { rowOf, rowsFrom } from '../__fixtures__/rows';
import type { FactDraft } from './factDraft';
import { parseActive } from './active';

const row = (cells: string[], line: number, glued = false) =>
  rowOf(cells, line, glued ? { exactColumns: false, gluedCells: true } : { exactColumns: true });
const table = (...rows: (string[] | Row)[]) => rowsFrom(100, rows, { exactColumns: true });
const fact = (facts: FactDraft[], item: string, measure: string) => facts.find((f) => f.item === item && f.measure === measure);
const values = (facts: FactDraft[], item: string, measures: string[]) => measures.map((m) => fact(facts, item, m)?.value);
const ITEMS = ['prev_year_items', 'change', 'decisions'];
const TABLE_2019 = [
  ['二、主动公开政府信息情况'],
  ['第二十条第（一）项', '', '', ''],
  ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
  ['规章(设区的市、自治州人民政府提供相关数据)', '0', '0', '0'],
  ['规范性文件', '3', '3', '20'],
  ['第二十条第（六）项', '', '', ''],
  ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
  ['行政处罚', '12', '增 0', '1'],
];

describe('parseActive', () => {
  it('reads each row of the 2019 form by its label, and writes the rows it lacks as missing', () => {
    const facts = parseActive(table(...TABLE_2019), '2019', -1, false);
    expect(values(facts, 'rules', ['new_made', 'new_published', 'total_published'])).toEqual([0, 0, 0]);
    expect(values(facts, 'normative_documents', ['new_made', 'new_published', 'total_published'])).toEqual([3, 3, 20]);
    expect(values(facts, 'penalty', ITEMS)).toEqual([12, 0, 1]);
    expect(fact(facts, 'penalty', 'decisions')).toMatchObject({ section: 'active', status: 'reported', line: 107 });
    // A missing row printed nothing: no raw text.
    expect(fact(facts, 'licensing', 'decisions')).toMatchObject({ status: 'unreadable', flags: ['row_missing'], value: null, raw: '' });
    // 其他主动公开文件 is a local variant row: its absence is not a missing row.
    expect(facts.some((f) => f.item === 'other_documents')).toBe(false);
    expect(facts.filter((f) => f.item === 'other_services').map((f) => f.flags)).toEqual([['row_missing'], ['row_missing'], ['row_missing']]);
  });

  it('reads no table 二 from a pre-2019 report, nor without its 第二十条 heading', () => {
    expect(parseActive(table(...TABLE_2019), 'pre2019', -1, false)).toEqual([]);
    expect(parseActive(table(...TABLE_2019.filter((r) => !r[0].startsWith('第二十条'))), '2019', -1, false)).toEqual([]);
    const withoutHeadings = TABLE_2019.filter((r) => !r[0].startsWith('第二十条'));
    expect(parseActive(table(['依据第二十条规定'], ...withoutHeadings), '2019', -1, false)).toEqual([]);
  });

  it('finds the heading written with spaces or full-width forms', () => {
    for (const heading of ['第 二 十 条 第（一）项', '第二十条 第(一)项', '第二十条第(一)项']) {
      const facts = parseActive(table([heading, '', '', ''], ...TABLE_2019.slice(2)), '2019', -1, false);
      expect(values(facts, 'rules', ['new_made', 'new_published', 'total_published']), heading).toEqual([0, 0, 0]);
      expect(values(facts, 'penalty', ITEMS), heading).toEqual([12, 0, 1]);
    }
  });

  it('reads only up to the table’s end, and nothing when the table starts after it', () => {
    const facts = parseActive(table(...TABLE_2019), '2019', 6, false);
    expect(values(facts, 'rules', ['new_made', 'new_published', 'total_published'])).toEqual([0, 0, 0]);
    expect(fact(facts, 'penalty', 'decisions')).toMatchObject({ status: 'unreadable', flags: ['row_missing'] });
    expect(values(parseActive(table(...TABLE_2019), '2019', 7, false), 'penalty', ITEMS)).toEqual([null, null, null]);
    expect(values(parseActive(table(...TABLE_2019), '2019', 8, false), 'penalty', ITEMS)).toEqual([12, 0, 1]);
    expect(parseActive(table(...TABLE_2019), '2019', 0, false)).toEqual([]);
    expect(parseActive(table(...TABLE_2019), '2019', 1, false)).not.toEqual([]);
    // A table that ends on its own heading row has no rows.
    const empty = parseActive(table(...TABLE_2019.slice(1)), '2019', 0, false);
    expect(empty.filter((f) => f.status !== 'unreadable')).toEqual([]);
    expect(values(empty, 'rules', ['new_made', 'new_published', 'total_published'])).toEqual([null, null, null]);
  });

  it('takes the first row of an item, past prose and column headers that name it', () => {
    const facts = parseActive(table(
      ...TABLE_2019.slice(0, 6),
      ['信息内容', '行政处罚决定数量'],
      ['行政处罚事项按照法律法规的规定进行公示，本年度共计办理行政处罚案件一件，全部依法公开，无一例被复议'],
      ...TABLE_2019.slice(7),
      ['行政处罚', '99', '99', '99'],
    ), '2019', -1, false);
    expect(values(facts, 'penalty', ITEMS)).toEqual([12, 0, 1]);
  });

  it('reads an item row whose label is long, and a one-cell row up to 40 characters; a longer one-cell row is prose', () => {
    const longLabel = '行政处罚（含本机关依法作出的行政处罚决定，以及依法委托的组织以本机关名义作出的行政处罚决定）';
    expect(longLabel.length).toBeGreaterThan(40);
    const facts = parseActive(table(...TABLE_2019.slice(0, 7), [longLabel, '12', '增 0', '1']), '2019', -1, false);
    expect(values(facts, 'penalty', ITEMS)).toEqual([12, 0, 1]);
    // A text row (OCR, plain text) whose label and number came as one cell.
    const licensing = (text: string) => fact(parseActive(
      table(['第二十条第（五）项', ''], ['信息内容', '行政许可决定数量'], rowOf([text], 102, { exactColumns: false })), '2021', -1, false,
    ), 'licensing', 'decisions');
    const label = '行政许可（含本机关依法委托的组织以本机关名义作出的行政许可决定及其变更等）';
    expect(`${label} 15`).toHaveLength(40);
    expect(licensing(`${label} 15`)).toMatchObject({ value: 15, status: 'reported' });
    expect(licensing(`${label} 150`)).toMatchObject({ value: null, flags: ['row_missing'] });
  });

  it('skips a column header naming an item (信息内容 | 政府集中采购项目数量)', () => {
    const facts = parseActive(table(
      ['第二十条第（九）项', '', ''],
      ['信息内容', '政府集中采购项目数量', '政府集中采购总金额（单位：万元）'],
      ['政府集中采购', '2', '5000'],
    ), '2019', -1, false);
    expect(values(facts, 'procurement', ['items', 'amount_10k_yuan'])).toEqual([2, 5000]);
  });

  it('states the 2021 form’s fees in 万元, and other amounts in the unit their header gives', () => {
    const fees = parseActive(table(['第二十条第（八）项', ''], ['信息内容', '收费金额'], ['行政事业性收费', '24252.311082']), '2021', -1, false);
    expect(fact(fees, 'fees', 'amount_10k_yuan')).toMatchObject({ value: 24252.311082, unit: '万元', status: 'reported' });
    const procurement = (header: string[]) =>
      fact(parseActive(table(['第二十条第（九）项', '', ''], header, ['政府集中采购', '2', '5000']), '2019', -1, false), 'procurement', 'amount_10k_yuan');
    expect(procurement(['信息内容', '采购项目数量', '采购总金额（单位：元）'])).toMatchObject({ value: 0.5, unit: '万元' });
    expect(procurement(['信息内容', '采购项目数量', '采购总金额(元)'])).toMatchObject({ value: 0.5, unit: '万元' });
    expect(procurement(['信息内容', '采购项目数量', '采购总金额（单位：万元）'])).toMatchObject({ value: 5000, unit: '万元' });
    expect(procurement(['信息内容', '采购项目数量', '采购总金额'])).toMatchObject({ value: 5000, unit: '', flags: ['unit_missing'] });
  });

  it.each([
    ['采购总金额，单位：元', 0.5],
    ['采购总金额（人民币 万元）', 5000],
    ['采购总金额（人民币元）', 0.5],
    ['采购总金额（单位万元）', 5000],
    ['采购总金额（单位元）', 0.5],
  ])('reads the unit of the amount header %s', (header, value) => {
    const facts = parseActive(table(['第二十条第（九）项', '', ''], ['信息内容', '采购项目数量', header], ['政府集中采购', '2', '5000']), '2019', -1, false);
    expect(fact(facts, 'procurement', 'amount_10k_yuan')).toMatchObject({ value, unit: '万元', status: 'reported' });
  });

  it('reads a header unit split across two of its cells (采购总金额（单位：万 | 元）)', () => {
    const facts = parseActive(table(['第二十条第（九）项', '', ''], ['信息内容', '采购项目数量', '采购总金额（单位：万', '元）'], ['政府集中采购', '2', '5000']), '2019', -1, false);
    expect(fact(facts, 'procurement', 'amount_10k_yuan')).toMatchObject({ value: 5000, unit: '万元' });
  });

  it('looks for the unit in the two rows above the row only', () => {
    const procurement = (rows: string[][]) =>
      fact(parseActive(table(['第二十条第（九）项', '', ''], ...rows, ['政府集中采购', '2', '5000']), '2019', -1, false), 'procurement', 'amount_10k_yuan');
    expect(procurement([['（单位：元）', '', ''], ['信息内容', '采购项目数量', '采购总金额']])?.value).toBe(5000);
    expect(procurement([['采购总金额（单位：元）', '', ''], ['信息内容', '采购项目数量', '金额']])?.value).toBe(0.5);
    expect(procurement([['采购总金额（单位：元）', '', ''], ['说明', '', ''], ['信息内容', '采购项目数量', '金额']])?.value).toBe(5000);
  });

  it('cuts a run of a crawler row where its cell rules leave one way (行政处罚 12-34: 12 | -3 | 4)', () => {
    const facts = parseActive(table(...TABLE_2019.slice(0, 7), row(['行政处罚', '12-34'], 107, true)), '2019', -1, false);
    expect(values(facts, 'penalty', ITEMS)).toEqual([12, -3, 4]);
    expect(fact(facts, 'penalty', 'change')?.flags).toEqual(['split_run']);
  });
});
