/**
 * The five real text reports in data/raw, checked against numbers read by hand from each file.
 * Line numbers refer to the raw files.
 */
import { APPLICANT_MEASURES, REVIEW_GROUPS, REVIEW_MEASURES } from '../vocabulary';
import { beforeEach, describe, expect, it } from 'vitest';
import { factOf, rawReport, valueOf, type Read } from './__fixtures__/load';

describe('000 武昌区民政局 2020 (OCR, tab tables, printed twice)', () => {
  let { report, facts, checks } = {} as Read;
  beforeEach(() => ({ report, facts, checks } = rawReport('000_fcfa8a30f4e105e4.txt')));

  it('reads metadata from the title block and the signature', () => {
    expect(report).toMatchObject({
      agency: '武昌区民政局', agency_id: '420106-民政局', agency_type: '民政局', province: '湖北省', city: '武汉市',
      county: '武昌区', division_code: '420106', admin_level: 'county', scope: 'body', form_version: '2019',
      report_year: 2020, year_inferred: true, published_date: '2020-12-18',
    });
    expect(facts.every((f) => f.flags.includes('year_inferred'))).toBe(true);
  });

  it('reads the applications row by position: 2 new requests, both from natural persons', () => {
    expect(valueOf(facts, 'applications', 'new_received', 'natural_person')).toBe(2);
    expect(valueOf(facts, 'applications', 'new_received', 'total')).toBe(2);
    expect(valueOf(facts, 'applications', 'disclosed', 'natural_person')).toBe(1);
    expect(valueOf(facts, 'applications', 'partially_disclosed', 'natural_person')).toBe(1);
  });

  it('keeps empty cells blank, never zero', () => {
    for (const [item, measure] of [['new_received', 'commercial'], ['disclosed', 'total'], ['total_handled', 'total'], ['carried_over', 'natural_person']]) {
      expect(factOf(facts, 'applications', item, measure)).toMatchObject({ status: 'blank', value: null, raw: '' });
    }
    const review = facts.filter((f) => f.section === 'review_litigation');
    expect(review).toHaveLength(15);
    expect(review.every((f) => f.status === 'blank' && f.value === null)).toBe(true);
    expect(factOf(facts, 'active', 'procurement', 'amount_10k_yuan').status).toBe('blank');
    expect(factOf(facts, 'active', 'coercion', 'decisions').status).toBe('blank');
  });

  it('reads signed changes and large counts of table 二', () => {
    expect(factOf(facts, 'active', 'other_services', 'change')).toMatchObject({ value: 9, raw: '增 9', line: 111 });
    expect(valueOf(facts, 'active', 'other_services', 'prev_year_items')).toBe(26);
    expect(valueOf(facts, 'active', 'other_services', 'decisions')).toBe(13298);
    expect(valueOf(facts, 'active', 'penalty', 'prev_year_items')).toBe(12);
    expect(valueOf(facts, 'active', 'penalty', 'change')).toBe(0);
    expect(valueOf(facts, 'active', 'other_documents', 'total_published')).toBe(0);
  });

  it('keeps procurement stated only in prose as a narrative fact', () => {
    expect(factOf(facts, 'active', 'procurement', 'amount_10k_yuan', { origin: 'narrative' })).toMatchObject({
      value: 743.58, unit: '万元', line: 35,
    });
  });

  it('flags the narrative 无 against the table’s 2 requests, and changes neither', () => {
    const narrative = factOf(facts, 'applications', 'new_received', 'total', { origin: 'narrative' });
    expect(narrative).toMatchObject({ value: 0, line: 41, raw: '无。' });
    expect(narrative.flags).toContain('narrative_conflict');
    expect(factOf(facts, 'applications', 'new_received', 'total').flags).toContain('narrative_conflict');
    expect(checks.find((c) => c.check === 'narrative_vs_table.applications.new_received.total')).toMatchObject({
      status: 'fail', expected: 2, actual: 0,
    });
  });

  it('reads the table once although the narrative is printed twice', () => {
    expect(facts.filter((f) => f.section === 'applications' && f.origin === 'table')).toHaveLength(23 * 7);
    expect(facts.filter((f) => f.origin === 'narrative')).toHaveLength(2);
  });

  it('cannot assess sums over blank cells', () => {
    expect(checks.find((c) => c.check === 'applications.balance.total')).toMatchObject({ status: 'not_assessable' });
  });
});

describe('001 吴忠市民政局 2020 (markdown with tab tables)', () => {
  let { report, facts, checks } = {} as Read;
  beforeEach(() => ({ report, facts, checks } = rawReport('001_7016eb35578ea529.txt')));

  it('resolves a city-level bureau', () => {
    expect(report).toMatchObject({
      agency: '吴忠市民政局', agency_id: '640300-民政局', province: '宁夏回族自治区', city: '吴忠市', county: '',
      division_code: '640300', admin_level: 'city', report_year: 2020, year_inferred: false, form_version: '2019',
    });
  });

  it('reads procurement: 10 items, 773.5 万元', () => {
    expect(valueOf(facts, 'active', 'procurement', 'items')).toBe(10);
    expect(factOf(facts, 'active', 'procurement', 'amount_10k_yuan')).toMatchObject({ value: 773.5, unit: '万元', raw: '773.5 万元', flags: [] });
  });

  it('reads table 二', () => {
    expect(factOf(facts, 'active', 'penalty', 'change')).toMatchObject({ value: 13, raw: '+13' });
    expect(valueOf(facts, 'active', 'penalty', 'prev_year_items')).toBe(13);
    expect(valueOf(facts, 'active', 'normative_documents', 'total_published')).toBe(1);
    expect(valueOf(facts, 'active', 'licensing', 'decisions')).toBe(29);
    expect(valueOf(facts, 'active', 'other_services', 'decisions')).toBe(261);
    expect(valueOf(facts, 'active', 'fees', 'change')).toBe(0);
    // 其他主动公开文件 is a local row this report does not have: no fact, not a missing one.
    expect(facts.some((f) => f.item === 'other_documents')).toBe(false);
  });

  it('places a row with one extra cell only because every cell is 0', () => {
    const other = facts.filter((f) => f.item === 'other_handling');
    expect(other).toHaveLength(7);
    expect(other.every((f) => f.value === 0 && f.flags.includes('extra_cells'))).toBe(true);
  });

  it('keeps the blank 行政复议 group apart from the zero 行政诉讼 groups', () => {
    for (const m of REVIEW_MEASURES) {
      expect(factOf(facts, 'review_litigation', 'admin_review', m).status).toBe('blank');
      expect(valueOf(facts, 'review_litigation', 'litigation_direct', m)).toBe(0);
      expect(valueOf(facts, 'review_litigation', 'litigation_after_review', m)).toBe(0);
    }
  });

  it('passes every assessable check, and the narrative agrees (未收到 = 0)', () => {
    expect(valueOf(facts, 'applications', 'new_received', 'total', { origin: 'narrative' })).toBe(0);
    expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(checks.filter((c) => c.status === 'pass').length).toBe(report.checks_passed);
    expect(report.checks_passed).toBe(40);
  });
});

describe('002 unnamed Wuhan district bureau 2020 (garbled OCR)', () => {
  let { report, facts } = {} as Read;
  beforeEach(() => ({ report, facts } = rawReport('002_8eaa2870e78a4cb1.txt')));

  it('leaves the agency unnamed rather than guessing', () => {
    expect(report).toMatchObject({ agency: '', agency_id: `unknown-${report.report_id}`, scope: 'unknown', report_year: 2020, year_inferred: false });
  });

  it('repairs a decimal split by OCR, and says so', () => {
    expect(factOf(facts, 'active', 'procurement', 'amount_10k_yuan')).toMatchObject({
      value: 1756.58, unit: '万元', raw: '1756. 58 万元', flags: ['ocr_repaired'],
    });
    expect(valueOf(facts, 'active', 'procurement', 'items')).toBe(29);
  });

  it('reads negative changes', () => {
    expect(valueOf(facts, 'active', 'other_services', 'change')).toBe(-42);
    expect(valueOf(facts, 'active', 'licensing', 'change')).toBe(-2);
    expect(valueOf(facts, 'active', 'other_services', 'prev_year_items')).toBe(51);
  });

  it('places the garbled row (二) 百 计这一 as 部分公开 by the form’s row order', () => {
    const partial = facts.filter((f) => f.item === 'partially_disclosed');
    expect(partial).toHaveLength(7);
    expect(partial.every((f) => f.value === 0 && f.flags.includes('label_garbled') && f.line === 48)).toBe(true);
  });

  it('records the 予以公开 row with six numbers for seven columns as unreadable', () => {
    const disclosed = facts.filter((f) => f.item === 'disclosed');
    expect(disclosed).toHaveLength(7);
    for (const f of disclosed) {
      expect(f).toMatchObject({ status: 'unreadable', value: null, raw: '0 0 0 0 0 2', line: 47 });
      expect(f.flags).toContain('cells_missing');
    }
  });

  it('records the fee row with one number for two columns as unreadable', () => {
    expect(factOf(facts, 'active', 'fees', 'prev_year_items')).toMatchObject({ status: 'unreadable', raw: '0' });
    expect(factOf(facts, 'active', 'fees', 'change')).toMatchObject({ status: 'unreadable', raw: '0' });
  });

  it('reads the rest of table 三 and the 15 zeros of table 四', () => {
    expect(valueOf(facts, 'applications', 'new_received', 'natural_person')).toBe(12);
    expect(valueOf(facts, 'applications', 'withheld_state_secret', 'total')).toBe(1);
    expect(valueOf(facts, 'applications', 'unable_not_held', 'natural_person')).toBe(9);
    expect(valueOf(facts, 'applications', 'total_handled', 'total')).toBe(12);
    expect(valueOf(facts, 'applications', 'other_handling', 'total')).toBe(0);
    const review = facts.filter((f) => f.section === 'review_litigation');
    expect(review.map((f) => f.value)).toEqual(Array(15).fill(0));
  });
});

describe('003 下城区民政局 2020 (DOCX export, one cell per line)', () => {
  let { report, facts, checks } = {} as Read;
  beforeEach(() => ({ report, facts, checks } = rawReport('003_cf5b7850cf226470.txt')));

  it('resolves a district abolished in 2021 through the short list of former divisions', () => {
    expect(report).toMatchObject({
      agency: '下城区民政局', agency_id: '330103-民政局', province: '浙江省', city: '杭州市', county: '下城区',
      division_code: '330103', report_year: 2020, year_inferred: false,
    });
  });

  it('keeps money without a unit as written, flagged unit_missing', () => {
    expect(factOf(facts, 'active', 'procurement', 'amount_10k_yuan')).toMatchObject({
      value: 56700, unit: '', raw: '`56700', line: 88,
    });
    expect(factOf(facts, 'active', 'procurement', 'amount_10k_yuan').flags).toContain('unit_missing');
    expect(valueOf(facts, 'active', 'procurement', 'items')).toBe(45);
  });

  it('reads cells one per line, with provenance per cell', () => {
    expect(factOf(facts, 'active', 'penalty', 'change')).toMatchObject({ value: 12, line: 62 });
    expect(valueOf(facts, 'active', 'penalty', 'prev_year_items')).toBe(5);
    expect(valueOf(facts, 'active', 'licensing', 'change')).toBe(5);
    expect(valueOf(facts, 'active', 'normative_documents', 'new_made')).toBe(2);
    expect(factOf(facts, 'applications', 'carried_forward', 'total')).toMatchObject({ value: 0, line: 351 });
    expect(facts.filter((f) => f.section === 'applications' && f.origin === 'table' && f.status === 'reported')).toHaveLength(23 * 7);
    expect(facts.filter((f) => f.section === 'review_litigation').map((f) => f.value)).toEqual(Array(15).fill(0));
  });

  it('keeps the stated total of proactive disclosure (388), not a sum of channels', () => {
    expect(factOf(facts, 'active_volume', 'total', 'count', { origin: 'narrative' })).toMatchObject({ value: 388, line: 8 });
  });

  it('passes every check of an all-zero table', () => {
    expect(checks.every((c) => c.status === 'pass')).toBe(true);
    expect(checks).toHaveLength(7 + 7 + 23 + 3 + 1);
  });
});

describe('004 浑江区民政局 2017 (pre-2019 free form)', () => {
  let { report, facts } = {} as Read;
  beforeEach(() => ({ report, facts } = rawReport('004_2b3c48189698253f.txt')));

  it('reads the year from the title, not the 2018 signature', () => {
    expect(report).toMatchObject({
      agency: '浑江区民政局', agency_id: '220602-民政局', province: '吉林省', city: '白山市', county: '浑江区',
      form_version: 'pre2019', report_year: 2017, year_inferred: false, published_date: '2018-03-01',
    });
  });

  it('reads the 2013–2017 table with the year each number describes', () => {
    const totals = [2013, 2014, 2015, 2016, 2017].map((year) => valueOf(facts, 'active_volume', 'total', 'count', { year }));
    expect(totals).toEqual([83, 83, 72, 90, 66]);
    const publicInterest = [2013, 2014, 2015, 2016, 2017].map((year) => valueOf(facts, 'active_volume', 'public_interest', 'count', { year }));
    expect(publicInterest).toEqual([52, 51, 57, 73, 42]);
    const other = [2013, 2014, 2015, 2016, 2017].map((year) => valueOf(facts, 'active_volume', 'other', 'count', { year }));
    expect(other).toEqual([31, 32, 15, 17, 24]);
    expect(facts.filter((f) => f.origin === 'table').every((f) => f.report_year === 2017)).toBe(true);
  });

  it('keeps the narrative total beside the table (66) and the statement of no requests', () => {
    expect(valueOf(facts, 'active_volume', 'total', 'count', { origin: 'narrative' })).toBe(66);
    expect(valueOf(facts, 'applications', 'new_received', 'total', { origin: 'narrative' })).toBe(0);
    expect(facts.some((f) => f.section === 'applications' && f.origin === 'table')).toBe(false);
  });
});

describe('every real report', () => {
  let all: Read[] = [];
  beforeEach(() => {
    all = ['000_fcfa8a30f4e105e4.txt', '001_7016eb35578ea529.txt', '002_8eaa2870e78a4cb1.txt', '003_cf5b7850cf226470.txt', '004_2b3c48189698253f.txt'].map(rawReport);
  });

  it('has at most one fact per key and origin', () => {
    for (const { facts } of all) {
      const keys = facts.map((f) => [f.report_id, f.year, f.section, f.item, f.measure, f.origin].join('|'));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('never gives a blank or unreadable cell a value', () => {
    for (const { facts } of all) {
      expect(facts.filter((f) => f.status !== 'reported' && f.value !== null)).toEqual([]);
      expect(facts.filter((f) => f.status === 'reported' && f.value === null)).toEqual([]);
    }
  });

  it('gives every standard-table fact of a 2019 report a row and column of the form', () => {
    for (const { report, facts } of all.filter((r) => r.report.form_version === '2019')) {
      const apps = facts.filter((f) => f.section === 'applications' && f.origin !== 'narrative');
      expect(apps.length, report.source_file).toBe(23 * APPLICANT_MEASURES.length);
      const review = facts.filter((f) => f.section === 'review_litigation');
      expect(review.length, report.source_file).toBe(REVIEW_GROUPS.length * REVIEW_MEASURES.length);
    }
  });
});
