/**
 * The pre-2019 统计表 reader on rows of the 平潭 reports (../shared/reports/corpus: pingtan_2011's table with
 * its cells apart, pingtan_2013's one-number row, the crawler dumps that run a row's numbers together) and
 * on small run-together tables whose only right reading follows from 历年累计 ≥ 本年度 and the 其中 rows.
 */
import { describe, expect, it } from 'vitest';
import { rowsFrom } from '../__fixtures__/rows';
import type { FactDraft } from './factDraft';
import { parsePre2019Table, type StatedValues } from './pre2019Table';

/** One row per text, each a single cell (the reader joins a row's cells with spaces anyway). */
const read = (lines: string[], stated?: StatedValues) => parsePre2019Table(rowsFrom(40, lines.map((text) => [text])), stated);

/** `item.measure` → the value read, or `status flag,…` when none is. */
const cells = (facts: FactDraft[]) =>
  Object.fromEntries(facts.map((f) => [`${f.item}.${f.measure}`, f.status === 'reported' ? f.value : `${f.status} ${f.flags.join(',')}`]));

const fact = (facts: FactDraft[], item: string, measure: string) => facts.find((f) => f.item === item && f.measure === measure);

/** The opening rows of pingtan_2011's table, as its text gives them (cells apart, words split by spaces). */
const PINGTAN_2011 = '指标名称 计量 单位 2011 年度 历年累计 主动公开信息数 条 425 1516 其中：1.网站公开 条 418 1509 2.政府公报公开 条 7 7';

describe('parsePre2019Table: cells printed apart', () => {
  it('reads the rows that follow the header in its own row, the prose before the header left out', () => {
    // A crawler dump keeps a report on one line: the narrative's 主动公开信息数为62条 (one office's count) comes first.
    const facts = read([`在互联网上，2011年区管委会、县政府公开办主动公开信息数为62条，其他主动公开信息量较大部门是教育局。 ${PINGTAN_2011}`]);
    expect(cells(facts)).toEqual({
      'total.count': 425, 'total.cumulative': 1516, 'website.count': 418, 'website.cumulative': 1509, 'gazette.count': 7, 'gazette.cumulative': 7,
    });
    expect(facts.every((f) => f.year === 2011 && f.flags.length === 0 && f.line === 40)).toBe(true);
  });

  it('reads labels and units with spaces between their characters', () => {
    expect(cells(read(['指标名称 计量单位 2012年度 历年累计', '主动 公开 信息数 条 739 4359', '行政 复议数 件 0 0']))).toEqual({
      'total.count': 739, 'total.cumulative': 4359, 'admin_review.count': 0, 'admin_review.cumulative': 0,
    });
  });

  it('flags a row with one number cells_missing, its raw text the number alone (pingtan_2013 政府公报公开)', () => {
    const facts = read(['指标名称 计量单位 2013年度 历年累计 主动公开信息数 条 72804 76424 其中：1、网站公开 条 72804 76424 2、政府公报公开 条 0 受理依申请公开信息总数 条 0 0']);
    for (const measure of ['count', 'cumulative']) {
      expect(fact(facts, 'gazette', measure)).toMatchObject({ status: 'unreadable', value: null, raw: '0', flags: ['cells_missing'] });
    }
    expect(cells(facts)['requests_received.count']).toBe(0);
  });

  it.each([
    ['行政复议数 件', 'admin_review', 'cells_missing', ''],
    ['行政复议数 件 0 0 1', 'admin_review', 'cells_misaligned', '0 0 1'],
    // The number stands before the next row's 其中：, which is no part of it.
    ['受理依申请公开信息总数 件 1 其中：1、当面申请数 件 1 1', 'requests_received', 'cells_missing', '1'],
  ])('flags `%s` (%s) %s', (row, item, flag, raw) => {
    const facts = read(['指标名称 计量单位 2012年度 历年累计', '主动公开信息数 条 739 4359', row]);
    expect(fact(facts, item, 'count')).toMatchObject({ status: 'unreadable', raw, flags: [flag] });
    expect(fact(facts, 'total', 'count')).toMatchObject({ status: 'reported', value: 739 });
  });

  it('reads a table without its 历年累计 column: one 本年度 fact per row, never cut', () => {
    const facts = read(['指标名称 计量单位 2013年度', '主动公开信息数 条 4970', '行政复议数 件']);
    expect(facts.map((f) => [f.item, f.measure, f.value, f.status, f.flags])).toEqual([
      ['total', 'count', 4970, 'reported', []],
      ['admin_review', 'count', null, 'unreadable', ['cells_missing']],
    ]);
  });

  it('ends the table at the first row that does not start with a row label, and reads a row printed twice once: the first', () => {
    const facts = read([
      '指标名称 计量单位 2012年度 历年累计', '主动公开信息数 条 739 4359', '主动公开信息数 条 1913 4359',
      '附件下载', '行政复议数 件 1 1',
    ]);
    expect(facts.map((f) => [f.item, f.measure, f.value, f.line])).toEqual([['total', 'count', 739, 41], ['total', 'cumulative', 4359, 41]]);
  });

  it('keeps a fee printed with a count unit as written, flagged unit_missing; 元 is taken', () => {
    const facts = read(['指标名称 计量单位 2014年度 历年累计', '政府信息公开收费减免金额 条 1.5 2']);
    expect(fact(facts, 'disclosure_fees', 'amount_yuan')).toMatchObject({ status: 'reported', value: 1.5, unit: '', flags: ['unit_missing'] });
    const yuan = read(['指标名称 计量单位 2014年度 历年累计', '政府信息公开收费减免金额 元 1.5 2']);
    expect(fact(yuan, 'disclosure_fees', 'cumulative_amount_yuan')).toMatchObject({ value: 2, unit: '元', flags: [] });
  });
});

describe('parsePre2019Table: numbers run together', () => {
  const HEADER = '指标名称计量单位2013年度历年累计';
  const table = (body: string, stated?: StatedValues) => read([HEADER + body], stated);

  it('cuts a run two ways only by a stated value for that cell, else leaves it ambiguous', () => {
    // 1230 = 1|230 or 12|30 (123|0 puts 历年累计 below 本年度).
    const stated = new Map([['active_volume.total.count', 12]]);
    expect(cells(table('主动公开信息数条1230', stated))).toEqual({ 'total.count': 12, 'total.cumulative': 30 });
    expect(fact(table('主动公开信息数条1230', stated), 'total', 'count')?.flags).toEqual(['split_run']);
    expect(cells(table('主动公开信息数条1230'))).toEqual({ 'total.count': 'unreadable ambiguous_split', 'total.cumulative': 'unreadable ambiguous_split' });
  });

  it('bounds a 其中 row by its settled parent (15100 under 20|400 can only be 15|100)', () => {
    expect(cells(table('主动公开信息数条20400其中：1.网站公开条15100'))).toEqual({
      'total.count': 20, 'total.cumulative': 400, 'website.count': 15, 'website.cumulative': 100,
    });
  });

  it('does not bound a row by a row it is no part of (答复数 is no 其中 row of 受理…总数)', () => {
    expect(cells(table('受理依申请公开信息总数条20400对申请的答复数条15100'))).toEqual({
      'requests_received.count': 20, 'requests_received.cumulative': 400,
      'replies.count': 'unreadable ambiguous_split', 'replies.cumulative': 'unreadable ambiguous_split',
    });
  });

  it('bounds a parent by the sum of its settled parts, a sum equal to the parent allowed', () => {
    // 15400 = 1|5400 or 15|400; its parts 7|200 and 8|100 add to 15|300. 受理…总数 1|100 is no part of it.
    expect(cells(table('主动公开信息数条15400其中：1.网站公开条72002.政府公报公开条8100受理依申请公开信息总数条1100'))).toMatchObject({
      'total.count': 15, 'total.cumulative': 400, 'website.count': 7, 'gazette.count': 8, 'requests_received.count': 1,
    });
  });

  it('bounds a part by its parent less its settled siblings, settling rows until nothing changes', () => {
    // Under 50|900: 政府公报 8190 is 8|190 (81 > 50); then 网站 4350 cannot be 43|50 (43 + 8 > 50): 4|350.
    expect(cells(table('主动公开信息数条50900其中：1.网站公开条43502.政府公报公开条8190'))).toEqual({
      'total.count': 50, 'total.cumulative': 900, 'website.count': 4, 'website.cumulative': 350, 'gazette.count': 8, 'gazette.cumulative': 190,
    });
  });

  it('leaves parts ambiguous when no sibling is settled', () => {
    // 4350 = 4|350 or 43|50 and 1230 = 1|230 or 12|30: every pair fits within 50|900.
    expect(cells(table('主动公开信息数条50900其中：1.网站公开条43502.政府公报公开条1230'))).toMatchObject({
      'website.count': 'unreadable ambiguous_split', 'gazette.count': 'unreadable ambiguous_split',
    });
  });

  it('reads a run with one cut as printed even when it exceeds its parent: the inconsistency is the report’s', () => {
    const facts = table('主动公开信息数条59其中：1.网站公开条68');
    expect(cells(facts)).toEqual({ 'total.count': 5, 'total.cumulative': 9, 'website.count': 6, 'website.cumulative': 8 });
    expect(facts.every((f) => f.flags.join() === 'split_run')).toBe(true);
  });

  it.each([
    ['2.政府公报公开条0受理依申请公开信息总数条00', '0'],
    ['2.政府公报公开条0.附件下载', '0.'],
  ])('flags a run with fewer digits than cells cells_missing: %s', (gazette, raw) => {
    const facts = table(`主动公开信息数条18535395其中：1.网站公开条17135017${gazette}`, new Map([['active_volume.total.count', 1853]]));
    expect(fact(facts, 'gazette', 'cumulative')).toMatchObject({ status: 'unreadable', raw, flags: ['cells_missing'] });
    expect(cells(facts)).toMatchObject({ 'total.count': 1853, 'total.cumulative': 5395 });
  });
});
