/**
 * Table 三 read from rows as a front end gives them. The numbers are those of the pipe fixture
 * (__fixtures__/pipe-2021.md, 2019 form), with 结转下年度 made to balance: every column adds up, so a
 * placed cell can be told from a misplaced one.
 */
import { describe, expect, it } from 'vitest';
import { applicationOrder } from '../../vocabulary';
import type { Row } from '../types';
import type { FactDraft } from './factDraft';
import { findApplicationsStart, matchApplicationRow, parseApplications } from './applications';

type Line = [label: string, values?: string[]];

const Z = ['0', '0', '0', '0', '0', '0', '0'];

/** The 2019 form's rows (the 2021 form splits （六）其他处理 into three). */
const FORM_2019: Line[] = [
  ['一、本年新收政府信息公开申请数量', ['18', '2', '0', '0', '1', '0', '21']],
  ['二、上年结转政府信息公开申请数量', ['2', '0', '0', '0', '0', '0', '2']],
  ['三、本年度办理结果（一）予以公开', ['9', '1', '0', '0', '0', '0', '10']],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ['2', '0', '0', '0', '0', '0', '2']],
  ['（三）不予公开1．属于国家秘密', Z],
  ['2．其他法律行政法规禁止公开', Z],
  ['3．危及“三安全一稳定”', Z],
  ['4．保护第三方合法权益', ['1', '0', '0', '0', '0', '0', '1']],
  ['5．属于三类内部事务信息', Z],
  ['6．属于四类过程性信息', Z],
  ['7．属于行政执法案卷', Z],
  ['8．属于行政查询事项', Z],
  ['（四）无法提供1．本机关不掌握相关政府信息', ['5', '1', '0', '0', '1', '0', '7']],
  ['2．没有现成信息需要另行制作', Z],
  ['3．补正后申请内容仍不明确', Z],
  ['（五）不予处理1．信访举报投诉类申请', ['1', '0', '0', '0', '0', '0', '1']],
  ['2．重复申请', Z],
  ['3．要求提供公开出版物', Z],
  ['4．无正当理由大量反复申请', Z],
  ['5．要求行政机关确认或重新出具已获取信息', Z],
  ['（六）其他处理', Z],
  ['（七）总计', ['18', '2', '0', '0', '1', '0', '21']],
  ['四、结转下年度继续办理', ['2', '0', '0', '0', '0', '0', '2']],
];

const SPLIT_2021: Line[] = [
  ['（六）其他处理', []],
  ['1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', Z],
  ['2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', Z],
  ['3．其他', Z],
];

const replace = (lines: Line[], label: string, by: Line[]): Line[] => {
  const i = lines.findIndex(([l]) => l === label);
  if (i < 0) throw new Error(`no row ${label}`);
  return [...lines.slice(0, i), ...by, ...lines.slice(i + 1)];
};

/** One row per line, the label in the first cell (a line without values is a one-cell row). */
const rowsOf = (lines: Line[], exactColumns = false): Row[] =>
  lines.map(([label, values = []], i) => ({
    cells: [label, ...values].map((text) => ({ text, line: i + 1, page: 1 })),
    line: i + 1,
    page: 1,
    ...(exactColumns ? { exactColumns } : {}),
  }));

const fact = (facts: FactDraft[], item: string, measure = 'total') => {
  const found = facts.filter((f) => f.item === item && f.measure === measure);
  if (found.length !== 1) throw new Error(`${found.length} facts for ${item}/${measure}`);
  return found[0];
};
const totals = (facts: FactDraft[], items: string[]) => items.map((item) => fact(facts, item).value);
const column = (facts: FactDraft[], item: string) =>
  ['natural_person', 'commercial', 'research', 'social_welfare', 'legal_service', 'other_org', 'total'].map((m) => fact(facts, item, m).value);

describe('matchApplicationRow', () => {
  it.each([
    ['一、本年新收政府信息公开申请数量', 'new_received'],
    ['（三）不予公开1.属于国家秘密', 'withheld_state_secret'],
    ['（六）其他处理', 'other_handling'],
    ['（七）总计', 'total_handled'],
    ['3.其他', 'other_other'],
    ['申请人情况', null],
  ])('%s → %s', (label, item) => {
    expect(matchApplicationRow(label)).toBe(item);
  });
});

describe('findApplicationsStart', () => {
  it('is the first row of more than one cell whose label holds 本年新收', () => {
    const rows = rowsOf([['全年本年新收申请21件'], ['申请人情况', ['自然人', '总计']], ...FORM_2019]);
    expect(findApplicationsStart(rows)).toBe(2);
  });

  it('is -1 without such a row, and the table then yields nothing', () => {
    const rows = rowsOf([['全年本年新收申请21件'], ['（一）予以公开', ['9']]]);
    expect(findApplicationsStart(rows)).toBe(-1);
    expect(parseApplications(rows, false)).toEqual({ facts: [], end: -1 });
  });
});

describe('parseApplications', () => {
  it('reads every row of the 2019 form into its 7 columns, and ends after 结转下年度', () => {
    const rows = rowsOf([['三、收到和处理政府信息公开申请情况'], ...FORM_2019, ['注：本表数据截至12月31日'], ['（一）予以公开', Z]]);
    const { facts, end } = parseApplications(rows, false);
    expect(end).toBe(FORM_2019.length + 1);
    expect(facts).toHaveLength(applicationOrder(false).length * 7);
    expect(column(facts, 'new_received')).toEqual([18, 2, 0, 0, 1, 0, 21]);
    expect(column(facts, 'unable_not_held')).toEqual([5, 1, 0, 0, 1, 0, 7]);
    expect(fact(facts, 'disclosed').value).toBe(10);
    expect(fact(facts, 'carried_forward', 'natural_person')).toMatchObject({ value: 2, status: 'reported', flags: [], line: 24 });
    expect(facts.every((f) => f.section === 'applications' && f.status === 'reported')).toBe(true);
  });

  it('reads the first copy of a table printed twice', () => {
    const second = FORM_2019.map(([label]): Line => [label, ['1', '1', '1', '1', '1', '1', '6']]);
    const { facts, end } = parseApplications(rowsOf([...FORM_2019, ...second]), false);
    expect(end).toBe(FORM_2019.length);
    expect(totals(facts, ['new_received', 'disclosed', 'total_handled'])).toEqual([21, 10, 21]);
  });

  it('a header-like first match without values yields to a later row with values; a first row with values stays', () => {
    const header: Line[] = [['本年新收政府信息公开申请数量', ['', '', '', '', '', '', '']]];
    const withHeader = parseApplications(rowsOf([...header, ...FORM_2019]), false).facts;
    expect(fact(withHeader, 'new_received')).toMatchObject({ value: 21, line: 2 });

    const disclosedTwice = replace(FORM_2019, '三、本年度办理结果（一）予以公开', [
      ['三、本年度办理结果（一）予以公开', ['9', '1', '0', '0', '0', '0', '10']],
      ['（一）予以公开', ['8', '1', '0', '0', '0', '0', '9']],
    ]);
    expect(fact(parseApplications(rowsOf(disclosedTwice), false).facts, 'disclosed')).toMatchObject({ value: 10, line: 3 });
  });

  it('ends at a one-cell heading of the next table when 结转下年度 is missing', () => {
    const lines: Line[] = [...FORM_2019.slice(0, -1), ['四、政府信息公开行政复议、行政诉讼情况'], ['四、结转下年度继续办理', Z]];
    const { facts, end } = parseApplications(rowsOf(lines), false);
    expect(end).toBe(FORM_2019.length - 1);
    expect(fact(facts, 'carried_forward')).toMatchObject({ value: null, status: 'unreadable', raw: '', flags: ['row_missing'], line: null });
  });

  it.each([['行政复议'], ['五、其他需要报告的事项']])('stops at the one-cell row %j', (heading) => {
    const lines: Line[] = [...FORM_2019.slice(0, -1), [heading], ['四、结转下年度继续办理', Z]];
    expect(parseApplications(rowsOf(lines), false).end).toBe(FORM_2019.length - 1);
  });

  it.each([['注：本表单位为件'], ['表四、五']])('does not stop at the one-cell row %j', (note) => {
    const lines: Line[] = [...FORM_2019.slice(0, -1), [note], FORM_2019[FORM_2019.length - 1]];
    const { facts, end } = parseApplications(rowsOf(lines), false);
    expect(end).toBe(FORM_2019.length + 1);
    expect(fact(facts, 'carried_forward').value).toBe(2);
  });

  it('does not stop at a row of several cells that names the next table', () => {
    const lines: Line[] = [...FORM_2019.slice(0, -1), ['行政复议', ['', '']], FORM_2019[FORM_2019.length - 1]];
    expect(parseApplications(rowsOf(lines), false).end).toBe(FORM_2019.length + 1);
  });

  it('reads the 2021 form: the (六) heading without values is a group label, its three sub-rows are rows', () => {
    const lines = replace(FORM_2019, '（六）其他处理', [
      SPLIT_2021[0], SPLIT_2021[1], ['2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ['1', '0', '0', '0', '0', '0', '1']], SPLIT_2021[3],
    ]);
    const withTotals = lines.map(([label, values]): Line => (label === '（七）总计' ? [label, ['19', '2', '0', '0', '1', '0', '22']] : [label, values]));
    const { facts } = parseApplications(rowsOf(withTotals), false);
    expect(facts).toHaveLength(applicationOrder(true).length * 7);
    expect(facts.some((f) => f.item === 'other_handling')).toBe(false);
    expect(totals(facts, ['other_no_correction', 'other_unpaid_fees', 'other_other', 'total_handled'])).toEqual([0, 1, 0, 22]);
  });

  it('a 2021 report that keeps the (六) row with values beside its split rows reads it too', () => {
    const lines = replace(FORM_2019, '（六）其他处理', [['（六）其他处理', Z], ...SPLIT_2021.slice(1)]);
    const { facts } = parseApplications(rowsOf(lines), false);
    expect(facts).toHaveLength((applicationOrder(true).length + 1) * 7);
    expect(fact(facts, 'other_handling')).toMatchObject({ value: 0, status: 'reported', flags: [] });
    expect(fact(facts, 'other_other')).toMatchObject({ value: 0, status: 'reported' });
  });

  it('places an unmatched row with values where exactly one row is missing, flagged label_garbled', () => {
    const lines = replace(FORM_2019, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [['(二) 百 计这一', ['2', '0', '0', '0', '0', '0', '2']]]);
    const { facts } = parseApplications(rowsOf(lines), false);
    expect(fact(facts, 'partially_disclosed')).toMatchObject({ value: 2, status: 'reported', flags: ['label_garbled'], line: 4 });
    expect(fact(facts, 'disclosed')).toMatchObject({ value: 10, flags: [] });
  });

  it('an unmatched row without values is not placed', () => {
    const lines = replace(FORM_2019, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [['(二) 百 计这一', ['', '', '', '', '', '', '']]]);
    expect(fact(parseApplications(rowsOf(lines), false).facts, 'partially_disclosed')).toMatchObject({ value: null, flags: ['row_missing'] });
  });

  it('an unmatched row where two rows are missing makes both unreadable with its numbers as raw', () => {
    const lines = replace(
      replace(FORM_2019, '2．其他法律行政法规禁止公开', []),
      '3．危及“三安全一稳定”',
      [['2．其他法律 3．危及', ['0', '0', '0', '0', '0', '0', '0']]],
    );
    const { facts } = parseApplications(rowsOf(lines), false);
    for (const item of ['withheld_prohibited_by_law', 'withheld_security_stability']) {
      expect(fact(facts, item)).toMatchObject({ value: null, status: 'unreadable', raw: '0 0 0 0 0 0 0', flags: ['label_garbled'], line: 6 });
    }
    expect(fact(facts, 'withheld_state_secret').value).toBe(0);
    expect(fact(facts, 'withheld_third_party').value).toBe(1);
  });

  it('reads the 2021 form from two readable sub-rows of (六): the third, garbled, is placed among them', () => {
    const lines = replace(FORM_2019, '（六）其他处理', [SPLIT_2021[0], SPLIT_2021[1], SPLIT_2021[2], ['3．具池', Z]]);
    const { facts } = parseApplications(rowsOf(lines), false);
    expect(facts).toHaveLength(applicationOrder(true).length * 7);
    expect(fact(facts, 'other_other')).toMatchObject({ value: 0, status: 'reported', flags: ['label_garbled'], line: 24 });
    expect(fact(facts, 'other_no_correction')).toMatchObject({ value: 0, status: 'reported', flags: [] });
  });

  it('bounds a garbled row\'s gap by the nearest matched rows, past label lines without values, and not by unreadable rows', () => {
    // 不掌握 misread, its label over three lines with the numbers on the middle one; two rows missing before
    // it and two after it (each pair under one garbled row, so unreadable).
    const lines = replace(
      replace(
        replace(replace(FORM_2019, '2．其他法律行政法规禁止公开', []), '3．危及“三安全一稳定”', [['2．其他法律 3．危及', Z]]),
        '（四）无法提供1．本机关不掌握相关政府信息',
        [['（四）无法提供'], ['1．本机关不拿握相关', ['5', '1', '0', '0', '1', '0', '7']], ['政府信息']],
      ),
      '2．重复申请',
      [],
    );
    const rows = rowsOf(replace(lines, '3．要求提供公开出版物', [['2．重夏申请 3．要求提供公开出', Z]]));
    const { facts } = parseApplications(rows, false);
    expect(column(facts, 'unable_not_held')).toEqual([5, 1, 0, 0, 1, 0, 7]);
    expect(fact(facts, 'unable_not_held')).toMatchObject({ status: 'reported', flags: ['label_garbled'], line: 13 });
    for (const item of ['withheld_prohibited_by_law', 'withheld_security_stability', 'not_processed_duplicate', 'not_processed_publication']) {
      expect(fact(facts, item)).toMatchObject({ value: null, status: 'unreadable', raw: '0 0 0 0 0 0 0', flags: ['label_garbled'] });
    }
    expect(totals(facts, ['withheld_query_matter', 'unable_needs_creation', 'not_processed_complaint'])).toEqual([0, 0, 1]);
  });

  it('keeps an unplaceable garbled row\'s numbers as raw, one space apart, without its gaps', () => {
    const lines = replace(
      replace(FORM_2019, '2．其他法律行政法规禁止公开', []),
      '3．危及“三安全一稳定”',
      [['2．其他法律 3．危及', ['0', '', '0', ' 0', '', '0', '0 ']]],
    );
    expect(fact(parseApplications(rowsOf(lines), false).facts, 'withheld_prohibited_by_law')).toMatchObject({ status: 'unreadable', raw: '0 0 0 0 0' });
  });

  it('several unmatched rows with values where one row is missing: none is taken, the row is unreadable with all their numbers', () => {
    const lines = replace(FORM_2019, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [
      ['(二) 百 计这一', ['2', '0', '0', '0', '0', '0', '2']],
      ['情 形', ['1', '0', '0', '0', '0', '0', '1']],
      ['不 计', ['0', '0', '0', '0', '0', '0', '0']],
    ]);
    const { facts } = parseApplications(rowsOf(lines), false);
    for (const measure of ['natural_person', 'total']) {
      expect(fact(facts, 'partially_disclosed', measure)).toMatchObject({
        value: null, status: 'unreadable', raw: '2 0 0 0 0 0 2 1 0 0 0 0 0 1 0 0 0 0 0 0 0', flags: ['label_garbled'], line: 4,
      });
    }
    expect(fact(facts, 'withheld_state_secret').value).toBe(0);
  });

  it('two unmatched rows where two rows are missing: both rows unreadable, the raw holds the numbers of both', () => {
    const lines = replace(
      replace(FORM_2019, '2．其他法律行政法规禁止公开', [['2．其他法律', ['0', '0', '0', '0', '0', '0', '0']]]),
      '3．危及“三安全一稳定”',
      [['3．危及', ['1', '0', '0', '0', '0', '0', '1']]],
    );
    const { facts } = parseApplications(rowsOf(lines), false);
    for (const item of ['withheld_prohibited_by_law', 'withheld_security_stability']) {
      expect(fact(facts, item)).toMatchObject({ value: null, status: 'unreadable', raw: '0 0 0 0 0 0 0 1 0 0 0 0 0 1', flags: ['label_garbled'], line: 6 });
    }
  });

  it('places a garbled row by the found rows around it, the last one too', () => {
    const first = replace(FORM_2019, '一、本年新收政府信息公开申请数量', [['一、本年新收', ['18', '2', '0', '0', '1', '0', '21']], ['二、上年结专', ['2', '0', '0', '0', '0', '0', '2']]]);
    const withoutCarriedOver = first.filter(([label]) => label !== '二、上年结转政府信息公开申请数量');
    expect(fact(parseApplications(rowsOf(withoutCarriedOver), false).facts, 'carried_over')).toMatchObject({ value: 2, flags: ['label_garbled'] });

    const last = replace(FORM_2019, '四、结转下年度继续办理', [['四、结专下年度', ['2', '0', '0', '0', '0', '0', '2']]]);
    expect(fact(parseApplications(rowsOf(last), false).facts, 'carried_forward')).toMatchObject({ value: 2, flags: ['label_garbled'] });
  });

  it('splits a row whose seven numbers were run together, by the table\'s sums', () => {
    const rows = rowsOf(replace(FORM_2019, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [['（二）部分公开', ['200000', '2']]]));
    rows[3].gluedCells = true;
    const { facts } = parseApplications(rows, false);
    expect(column(facts, 'partially_disclosed')).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(fact(facts, 'partially_disclosed', 'commercial').flags).toEqual(['split_run']);
  });

  const glued = (lines: Line[], label: string, run: string) => {
    const rows = rowsOf(replace(lines, label, [[label, [run]]]));
    rows[lines.findIndex(([l]) => l === label)].gluedCells = true;
    return parseApplications(rows, false).facts;
  };

  it('a glued row is cut where its six applicant columns add up to its 总计 (9 1 0 0 0 0 10, not 91 … or 9 10 …)', () => {
    expect(column(glued(FORM_2019, '三、本年度办理结果（一）予以公开', '91000010'), 'disclosed')).toEqual([9, 1, 0, 0, 0, 0, 10]);
  });

  it('where the row\'s own sum allows two cuts, 本年新收 + 上年结转 = （七）总计 + 结转下年度 decides', () => {
    // 1 8 2 0 0 10 21 adds up too; the balance of the first column does not.
    expect(column(glued(FORM_2019, '一、本年新收政府信息公开申请数量', '182001021'), 'new_received')).toEqual([18, 2, 0, 0, 1, 0, 21]);
  });

  it('where the row\'s own sum allows two cuts, the outcome rows adding up to （七）总计 decide', () => {
    // 予以公开 11 1 0 0 0 0 12 (部分公开 all 0): 1 11 0 0 0 0 12 adds up too.
    const lines = replace(FORM_2019, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [['（二）部分公开', Z]]);
    expect(column(glued(lines, '三、本年度办理结果（一）予以公开', '111000012'), 'disclosed')).toEqual([11, 1, 0, 0, 0, 0, 12]);
  });
});
