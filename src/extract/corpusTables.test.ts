/**
 * The tables of the 平潭 crawler text dumps on the 2019 and 2021 forms (../shared/reports/corpus), cells
 * run together with no separator. Every expected value below was read by hand from the file: the run as
 * printed, cut where the form's own sums allow only one cut.
 */
import { APPLICANT_MEASURES, REVIEW_GROUPS, REVIEW_MEASURES } from '../vocabulary';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Fact } from './types';
import { factOf, HAVE_SHARED, sharedReport, type Read } from './__fixtures__/load';

const ZERO = '0|0|0|0|0|0|0';
const cells = (row: string) => row.split('|').map(Number);

function expectApplications(facts: Fact[], rows: Record<string, string>) {
  for (const [item, row] of Object.entries(rows)) {
    const got = APPLICANT_MEASURES.map((m) => factOf(facts, 'applications', item, m));
    expect(got.map((f) => f.value), item).toEqual(cells(row));
    expect(got.every((f) => f.status === 'reported' && f.line === 10 && f.flags.includes('split_run')), item).toBe(true);
  }
  expect(facts.filter((f) => f.section === 'applications' && f.origin === 'table')).toHaveLength(Object.keys(rows).length * 7);
}

function expectReview(facts: Fact[], groups: string[]) {
  REVIEW_GROUPS.forEach((g, i) => {
    expect(REVIEW_MEASURES.map((m) => factOf(facts, 'review_litigation', g, m).value), g).toEqual(cells(groups[i]));
  });
}

/** Every cell of the row is unreadable, flagged, with the run as printed. */
function expectUnreadable(facts: Fact[], item: string, measures: string[], raw: string, flag = 'ambiguous_split') {
  for (const m of measures) {
    expect(factOf(facts, 'active', item, m), `${item}.${m}`).toMatchObject({ status: 'unreadable', value: null, raw, flags: [flag], line: 10 });
  }
}

function coverage(facts: Fact[]) {
  const table = facts.filter((f) => f.origin === 'table');
  return { cells: table.length, reported: table.filter((f) => f.status === 'reported').length, unreadable: table.filter((f) => f.status === 'unreadable').length };
}

const skipNote = HAVE_SHARED ? '' : ' (skipped: ../shared/reports absent)';

describe.skipIf(!HAVE_SHARED)(`pingtan_2019.txt: 2019 form, runs with stray spaces${skipNote}`, () => {
  let { facts, checks } = {} as Read;
  beforeEach(() => ({ facts, checks } = sharedReport('corpus/pingtan_2019.txt')));

  it('reads table 三 row by row (`230 000023` = 23|0|0|0|0|0|23, `23 0 00 0 023`, `0 0 00 00 0`)', () => {
    expectApplications(facts, {
      new_received: '23|0|0|0|0|0|23', carried_over: ZERO, disclosed: '7|0|0|0|0|0|7', partially_disclosed: '1|0|0|0|0|0|1',
      withheld_state_secret: ZERO, withheld_prohibited_by_law: ZERO, withheld_security_stability: ZERO, withheld_third_party: ZERO,
      withheld_internal_affairs: ZERO, withheld_process_info: ZERO, withheld_enforcement_files: ZERO, withheld_query_matter: ZERO,
      unable_not_held: '7|0|0|0|0|0|7', unable_needs_creation: ZERO, unable_unclear: '5|0|0|0|0|0|5',
      not_processed_complaint: ZERO, not_processed_duplicate: '3|0|0|0|0|0|3', not_processed_publication: ZERO,
      not_processed_excessive: ZERO, not_processed_confirmation: ZERO, other_handling: ZERO,
      total_handled: '23|0|0|0|0|0|23', carried_forward: ZERO,
    });
    expect(factOf(facts, 'applications', 'new_received', 'natural_person').raw).toBe('23');
  });

  it('reads table 四 (`000000000000000`: one digit per cell)', () => {
    expectReview(facts, ['0|0|0|0|0', '0|0|0|0|0', '0|0|0|0|0']);
  });

  it('reads 规章 000 and leaves every table 二 run without sums to decide it unreadable', () => {
    expect(['new_made', 'new_published', 'total_published'].map((m) => factOf(facts, 'active', 'rules', m).value)).toEqual([0, 0, 0]);
    const docs = ['new_made', 'new_published', 'total_published'];
    const items = ['prev_year_items', 'change', 'decisions'];
    expectUnreadable(facts, 'normative_documents', docs, '898989');
    expectUnreadable(facts, 'licensing', items, '3960181');
    expectUnreadable(facts, 'other_services', items, '100153');
    expectUnreadable(facts, 'penalty', items, '26480430');
    expectUnreadable(facts, 'coercion', items, '126025');
    expectUnreadable(facts, 'fees', ['prev_year_items', 'change'], '350'); // 3|50 or 35|0
    expectUnreadable(facts, 'procurement', ['items', 'amount_10k_yuan'], '13575394432.52元');
  });

  it('reports 179 of the form’s 198 cells, the other 19 unreadable, and no failing check', () => {
    expect(coverage(facts)).toEqual({ cells: 198, reported: 179, unreadable: 19 });
    expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(checks.filter((c) => c.status === 'pass')).toHaveLength(40);
  });
});

describe.skipIf(!HAVE_SHARED)(`pingtan_2021.txt: 2021 form, runs split across rows${skipNote}`, () => {
  let { facts, checks } = {} as Read;
  beforeEach(() => ({ facts, checks } = sharedReport('corpus/pingtan_2021.txt')));

  it('reads table 三 row by row (`640020470` = 64|0|0|2|0|4|70; `220000325` decided by the column sums)', () => {
    expectApplications(facts, {
      new_received: '64|0|0|2|0|4|70', carried_over: ZERO, disclosed: '27|0|0|2|0|1|30', partially_disclosed: '5|0|0|0|0|0|5',
      withheld_state_secret: ZERO, withheld_prohibited_by_law: ZERO, withheld_security_stability: ZERO, withheld_third_party: ZERO,
      withheld_internal_affairs: '1|0|0|0|0|0|1', withheld_process_info: ZERO, withheld_enforcement_files: '6|0|0|0|0|0|6',
      withheld_query_matter: '1|0|0|0|0|0|1',
      // 2|20|0|0|0|3|25 adds up too; only 自然人 63 in （七）总计 leaves 22.
      unable_not_held: '22|0|0|0|0|3|25', unable_needs_creation: ZERO, unable_unclear: ZERO,
      not_processed_complaint: ZERO, not_processed_duplicate: ZERO, not_processed_publication: ZERO,
      not_processed_excessive: ZERO, not_processed_confirmation: ZERO,
      other_no_correction: ZERO, other_unpaid_fees: ZERO, other_other: '1|0|0|0|0|0|1',
      total_handled: '63|0|0|2|0|4|69', carried_forward: '1|0|0|0|0|0|1',
    });
    expect(factOf(facts, 'applications', 'partially_disclosed', 'total').raw).toBe('5'); // `500000 5`
  });

  it('reads table 四 (`10203120001200000`: 复议 1|0|2|0|3, 直接起诉 12|0|0|0|12)', () => {
    expectReview(facts, ['1|0|2|0|3', '12|0|0|0|12', '0|0|0|0|0']);
  });

  it('reads table 二 and leaves `行政规范性文件693665` unreadable', () => {
    expect(['issued', 'repealed', 'in_force'].map((m) => factOf(facts, 'active', 'rules', m).value)).toEqual([0, 0, 0]);
    expectUnreadable(facts, 'normative_documents', ['issued', 'repealed', 'in_force'], '693665');
    expect(factOf(facts, 'active', 'licensing', 'decisions').value).toBe(2293);
    expect(factOf(facts, 'active', 'penalty', 'decisions').value).toBe(1282);
    expect(factOf(facts, 'active', 'coercion', 'decisions').value).toBe(42);
    expect(factOf(facts, 'active', 'fees', 'amount_10k_yuan')).toMatchObject({ value: 24252.311082, unit: '万元', status: 'reported' });
  });

  it('reports 197 of the form’s 200 cells, the other 3 unreadable, and no failing check', () => {
    expect(coverage(facts)).toEqual({ cells: 200, reported: 197, unreadable: 3 });
    expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
  });
});

describe.skipIf(!HAVE_SHARED)(`pingtan_2023.txt: 2021 form${skipNote}`, () => {
  let { facts, checks } = {} as Read;
  beforeEach(() => ({ facts, checks } = sharedReport('corpus/pingtan_2023.txt')));

  it('reads table 三 row by row (`801000081` = 80|1|0|0|0|0|81, `3100000312.没有…` = 31|…|31 then item 2)', () => {
    expectApplications(facts, {
      new_received: '80|1|0|0|0|0|81', carried_over: ZERO, disclosed: '22|0|0|0|0|0|22', partially_disclosed: '19|1|0|0|0|0|20',
      withheld_state_secret: ZERO, withheld_prohibited_by_law: ZERO, withheld_security_stability: ZERO,
      withheld_third_party: '1|0|0|0|0|0|1', withheld_internal_affairs: ZERO, withheld_process_info: '1|0|0|0|0|0|1',
      withheld_enforcement_files: '1|0|0|0|0|0|1', withheld_query_matter: '2|0|0|0|0|0|2',
      unable_not_held: '31|0|0|0|0|0|31', unable_needs_creation: ZERO, unable_unclear: ZERO,
      not_processed_complaint: ZERO, not_processed_duplicate: '1|0|0|0|0|0|1', not_processed_publication: ZERO,
      not_processed_excessive: ZERO, not_processed_confirmation: ZERO,
      other_no_correction: '1|0|0|0|0|0|1', other_unpaid_fees: ZERO, other_other: '1|0|0|0|0|0|1',
      total_handled: '80|1|0|0|0|0|81', carried_forward: ZERO,
    });
  });

  it('reads table 四 (`110024001510102`), matching the narrative’s 复议 2 件 and 诉讼 7 件', () => {
    expectReview(facts, ['1|1|0|0|2', '4|0|0|1|5', '1|0|1|0|2']);
  });

  it('reads table 二 and leaves `行政规范性文件77132470` unreadable', () => {
    expectUnreadable(facts, 'normative_documents', ['issued', 'repealed', 'in_force'], '77132470');
    expect(factOf(facts, 'active', 'licensing', 'decisions').value).toBe(2629);
    expect(factOf(facts, 'active', 'penalty', 'decisions').value).toBe(1330);
    expect(factOf(facts, 'active', 'coercion', 'decisions').value).toBe(54);
    expect(factOf(facts, 'active', 'fees', 'amount_10k_yuan')).toMatchObject({ value: 5949.088667, unit: '万元' });
  });

  it('reports 197 of the form’s 200 cells, the other 3 unreadable, and no failing check', () => {
    expect(coverage(facts)).toEqual({ cells: 200, reported: 197, unreadable: 3 });
    expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
  });
});
