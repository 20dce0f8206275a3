import { beforeEach, describe, expect, it } from 'vitest';
import { carryOverChecks, reportChecks, sumCheck } from './checks';
import { buildDataset } from './dataset';
import { fixture, HAVE_SHARED, IF_SHARED, sharedReport, type Read } from './__fixtures__/load';
import type { Fact } from './types';

const fact = (item: string, measure: string, value: number | null, extra: Partial<Fact> = {}): Fact => ({
  report_id: 'r', source_file: 'f', agency: 'a', year: 2020, report_year: 2020, section: 'applications', item, measure,
  value, unit: 'count', origin: 'table', status: value === null ? 'blank' : 'reported', raw: String(value ?? ''),
  line: 1, page: null, flags: [], ...extra,
});

describe('sumCheck', () => {
  it('passes, fails, or cannot assess', () => {
    expect(sumCheck('r', 'x', [{ name: 'a', value: 3 }], [{ name: 'b', value: 1 }, { name: 'c', value: 2 }]).status).toBe('pass');
    expect(sumCheck('r', 'x', [{ name: 'a', value: 3 }], [{ name: 'b', value: 1 }, { name: 'c', value: 1 }])).toMatchObject({ status: 'fail', expected: 3, actual: 2 });
    expect(sumCheck('r', 'x', [{ name: 'a', value: 3 }], [{ name: 'b', value: null }])).toMatchObject({
      status: 'not_assessable', expected: null, actual: null, detail: 'not reported: b',
    });
  });
});

describe('reportChecks', () => {
  it('skips values whose unit is missing and narrative values when checking table arithmetic', () => {
    const facts = [
      fact('new_received', 'total', 5),
      fact('new_received', 'total', 9, { origin: 'narrative' }),
      fact('carried_over', 'total', 0),
      fact('total_handled', 'total', 4),
      fact('carried_forward', 'total', 1),
    ];
    const checks = reportChecks('r', 2020, facts);
    expect(checks.find((c) => c.check === 'applications.balance.total')).toMatchObject({ status: 'pass', expected: 5, actual: 5 });
    expect(checks.find((c) => c.check === 'narrative_vs_table.applications.new_received.total')).toMatchObject({ status: 'fail', expected: 5, actual: 9 });
    expect(checks.find((c) => c.check === 'applications.balance.natural_person')?.status).toBe('not_assessable');
  });

  it('has one check family per rule', () => {
    const { checks } = fixture('html-2021.html');
    const families = new Set(checks.map((c) => c.check.split('.').slice(0, 2).join('.')));
    expect([...families].sort()).toEqual([
      'applications.applicants_sum', 'applications.balance', 'applications.outcomes_sum',
      'narrative_vs_table.applications', 'review_litigation.sum',
    ]);
  });

  it('never changes a number', () => {
    const facts = [fact('new_received', 'total', 5), fact('total_handled', 'total', 1)];
    const before = JSON.stringify(facts);
    reportChecks('r', 2020, facts);
    expect(JSON.stringify(facts)).toBe(before);
  });
});

describe('carry-over across years (fixture pair, one agency written two ways)', () => {
  let y2021 = {} as Read;
  beforeEach(() => { y2021 = fixture('carryover-2021.md'); });
  let y2022 = {} as Read;
  beforeEach(() => { y2022 = fixture('carryover-2022.md'); });

  it('gives both years one agency_id', () => {
    expect(y2021.report.agency).toBe('洪泽区示例局');
    expect(y2022.report.agency).toBe('淮安市洪泽区示例局');
    expect(y2021.report.agency_id).toBe('320813-示例局');
    expect(y2022.report.agency_id).toBe('320813-示例局');
  });

  it('checks 2022 上年结转 against 2021 结转下年度, on the later report', () => {
    const dataset = buildDataset([y2021, y2022]);
    const carry = dataset.checks.filter((c) => c.check.startsWith('applications.carryover.'));
    expect(carry).toHaveLength(7);
    expect(carry.every((c) => c.report_id === y2022.report.report_id)).toBe(true);
    const byMeasure = Object.fromEntries(carry.map((c) => [c.check.split('.').pop(), [c.status, c.expected, c.actual]]));
    expect(byMeasure.natural_person).toEqual(['pass', 3, 3]);
    expect(byMeasure.commercial).toEqual(['fail', 0, 1]);
    expect(byMeasure.total).toEqual(['fail', 3, 4]);
    expect(carry.find((c) => c.check === 'applications.carryover.total')?.detail).toBe('2021.carried_forward.total=3 vs 2022.carried_over.total=4');
    const report2022 = dataset.reports.find((r) => r.report_id === y2022.report.report_id)!;
    expect(report2022.checks_failed).toBe(2);
  });

  it('does not pair bodies whose place is unknown', () => {
    const unplaced = (r: typeof y2021) => ({ ...r, report: { ...r.report, agency: '示例局', division_code: '' } });
    const dataset = buildDataset([unplaced(fixture('carryover-2021.md')), unplaced(fixture('carryover-2022.md'))]);
    expect(dataset.reports.map((r) => r.agency_id)).toEqual(['x-示例局', 'x-示例局']);
    expect(dataset.checks.some((c) => c.check.startsWith('applications.carryover.'))).toBe(false);
  });

  it('needs both years', () => {
    expect(carryOverChecks(
      { reportId: 'a', year: 2021, facts: [] },
      { reportId: 'b', year: 2022, facts: y2022.facts },
    )).toEqual([]);
  });

  it('needs last year\'s 结转下年度 printed in its table, not only told in its text', () => {
    const told = y2021.facts.map((f) => (f.item === 'carried_forward' ? { ...f, origin: 'narrative' as const } : f));
    expect(carryOverChecks(
      { reportId: 'a', year: 2021, facts: told },
      { reportId: 'b', year: 2022, facts: y2022.facts },
    )).toEqual([]);
  });
});

describe('sumCheck: what checks.csv says', () => {
  const ops = (...values: (number | null)[]) => values.map((value, i) => ({ name: `p${i + 1}`, value }));

  it('spells out a sum of up to four parts', () => {
    expect(sumCheck('r', 'x', ops(3), ops(1, 2, 0, 0))).toEqual({
      report_id: 'r', check: 'x', status: 'pass', expected: 3, actual: 3, detail: 'p1=3 vs p1=1 + p2=2 + p3=0 + p4=0',
    });
  });

  it('names only the non-zero parts of a longer sum, or says they are all 0', () => {
    expect(sumCheck('r', 'x', ops(4), ops(2, 0, 1, 0, 0)).detail).toBe('p1=4 vs sum of 5 parts (non-zero: p1=2, p3=1)');
    expect(sumCheck('r', 'x', ops(4), ops(2, 0, 1, 0, 0))).toMatchObject({ status: 'fail', expected: 4, actual: 3 });
    expect(sumCheck('r', 'x', ops(0), ops(0, 0, 0, 0, 0)).detail).toBe('p1=0 vs sum of 5 parts, all 0');
  });

  it('lists every part not reported, expected side first, and compares nothing', () => {
    expect(sumCheck('r', 'x', [{ name: 'total', value: null }], [{ name: 'a', value: 1 }, { name: 'b', value: null }])).toEqual({
      report_id: 'r', check: 'x', status: 'not_assessable', expected: null, actual: null, detail: 'not reported: total, b',
    });
  });

  it('adds several expected operands (上年结转 + 本年新收)', () => {
    expect(sumCheck('r', 'x', ops(10, 1), ops(11))).toMatchObject({ status: 'pass', expected: 11, actual: 11 });
  });
});

describe('reportChecks on html-2021.html (13 new, 1 carried over, 13 handled, 1 carried forward)', () => {
  let { checks } = {} as Read;
  beforeEach(() => ({ checks } = fixture('html-2021.html')));
  const check = (name: string) => checks.find((c) => c.check === name);

  it('balances applications per applicant column', () => {
    expect(check('applications.balance.total')).toMatchObject({ status: 'pass', expected: 14, actual: 14 });
    expect(check('applications.balance.natural_person')).toMatchObject({ status: 'pass', expected: 11, actual: 11 });
  });

  it('adds the outcomes up to （七）总计 and the applicants up to each row\'s total; a blank row is not a 0', () => {
    // 逾期未缴费 is printed with blank cells: the outcomes cannot be added up.
    expect(check('applications.outcomes_sum.total')).toMatchObject({ status: 'not_assessable', expected: null, actual: null });
    expect(check('applications.outcomes_sum.total')?.detail).toMatch(/^not reported: other_unpaid_fees\.total$/);
    expect(check('applications.applicants_sum.new_received')).toMatchObject({ status: 'pass', expected: 13, actual: 13 });
    expect(check('applications.applicants_sum.unable_not_held')).toMatchObject({ status: 'pass', expected: 5, actual: 5 });
  });

  it('compares the prose\'s 13 with the table\'s', () => {
    expect(check('narrative_vs_table.applications.new_received.total')).toMatchObject({ status: 'pass', expected: 13, actual: 13 });
  });

  it('checks review and litigation per group (复议 1 upheld of 1)', () => {
    expect(check('review_litigation.sum.admin_review')).toMatchObject({ status: 'pass', expected: 1, actual: 1 });
    expect(check('review_litigation.sum.litigation_after_review')?.status).toBe('not_assessable');
  });

  it('has nothing to check without a year', () => {
    expect(reportChecks('r', null, fixture('html-2021.html').facts)).toEqual([]);
  });
});

describe('which values a check reads', () => {
  it('reads corrected values, and only those of the report year', () => {
    const facts = [
      fact('new_received', 'total', 5, { origin: 'corrected' }),
      fact('carried_over', 'total', 0),
      fact('carried_over', 'total', 7, { year: 2019 }),
      fact('total_handled', 'total', 4),
      fact('carried_forward', 'total', 1),
    ];
    expect(reportChecks('r', 2020, facts).find((c) => c.check === 'applications.balance.total')).toMatchObject({ status: 'pass', expected: 5, actual: 5 });
  });

  it('does not read unreadable or unit-less values', () => {
    const facts = [
      fact('new_received', 'total', null, { status: 'unreadable' }),
      fact('carried_over', 'total', 0),
      fact('total_handled', 'total', 4, { flags: ['unit_missing'] }),
      fact('carried_forward', 'total', 1),
    ];
    expect(reportChecks('r', 2020, facts).find((c) => c.check === 'applications.balance.total')).toMatchObject({
      status: 'not_assessable', detail: 'not reported: new_received.total, total_handled.total',
    });
  });

  it('never adds a number that is not reported, even where one was kept beside another status', () => {
    // The facts' own rule: only reported cells carry a value. Checks must not lean on it.
    const facts = [
      fact('new_received', 'total', 5),
      fact('carried_over', 'total', 2, { status: 'unreadable' }),
      fact('total_handled', 'total', 5),
      fact('carried_forward', 'total', 0),
    ];
    expect(reportChecks('r', 2020, facts).find((c) => c.check === 'applications.balance.total')).toMatchObject({
      status: 'not_assessable', detail: 'not reported: carried_over.total',
    });
  });

  it('never adds a reported number whose unit is missing, whatever else holds', () => {
    const facts = [
      fact('new_received', 'total', 5),
      fact('carried_over', 'total', 0),
      fact('total_handled', 'total', 5, { flags: ['unit_missing'] }),
      fact('carried_forward', 'total', 0),
    ];
    expect(reportChecks('r', 2020, facts).find((c) => c.check === 'applications.balance.total')).toMatchObject({
      status: 'not_assessable', detail: 'not reported: total_handled.total',
    });
  });

  it('compares the prose with the table only for the very same key', () => {
    // Narrative facts that differ from applications.new_received.total in one part each come first.
    const facts = [
      fact('new_received', 'total', 5),
      fact('new_received', 'total', 1, { origin: 'narrative', section: 'pre2019' }),
      fact('other', 'total', 2, { origin: 'narrative' }),
      fact('new_received', 'natural_person', 3, { origin: 'narrative' }),
      fact('new_received', 'total', 5, { origin: 'narrative' }),
    ];
    expect(reportChecks('r', 2020, facts).filter((c) => c.check.startsWith('narrative_vs_table.'))).toEqual([{
      report_id: 'r', check: 'narrative_vs_table.applications.new_received.total', status: 'pass', expected: 5, actual: 5,
      detail: 'new_received.total=5 vs narrative=5',
    }]);
  });

  it('tells which table cells each check reads (OCR keeps a number only where its checks hold)', () => {
    const members = new Map<string, string[]>();
    const facts = [
      fact('new_received', 'total', 5), fact('carried_over', 'total', 0), fact('total_handled', 'total', 5),
      fact('carried_forward', 'total', 0), fact('new_received', 'total', 5, { origin: 'narrative' }),
    ];
    reportChecks('r', 2020, facts, members);
    expect(members.get('applications.balance.total')).toEqual([
      'applications.new_received.total', 'applications.carried_over.total', 'applications.total_handled.total', 'applications.carried_forward.total',
    ]);
    // The prose's number is not a table cell.
    expect(members.get('narrative_vs_table.applications.new_received.total')).toEqual(['applications.new_received.total']);
  });

  it('reads the 2021 form as split by any one of its three （六） sub-rows', () => {
    // Only 逾期未缴费 printed: its outcomes are the split form's, so 其他处理 as one row is not missing.
    const facts = [fact('total_handled', 'total', 4), fact('disclosed', 'total', 4), fact('other_unpaid_fees', 'total', 0)];
    const outcomes = reportChecks('r', 2020, [fact('new_received', 'total', 4), ...facts]).find((c) => c.check === 'applications.outcomes_sum.total');
    expect(outcomes?.detail).toMatch(/^not reported: /);
    expect(outcomes?.detail).toContain('other_no_correction.total');
    expect(outcomes?.detail).not.toContain('other_handling');
  });

  it('checks nothing of a table the report does not have', () => {
    expect(reportChecks('r', 2020, [fact('x', 'total', 1, { section: 'active', item: 'rules' })])).toEqual([]);
  });
});

describe.skipIf(!HAVE_SHARED)(`prose against table in the pre-2019 统计表 of the 平潭 corpus${IF_SHARED}`, () => {
  const narrativeChecks = (name: string) => Object.fromEntries(sharedReport(`corpus/${name}.txt`).checks
    .filter((c) => c.check.startsWith('narrative_vs_table.')).map((c) => [c.check.slice('narrative_vs_table.'.length), [c.status, c.expected, c.actual]]));

  it('pingtan_county_2013: 收到…申请7条 and 主动公开政府信息1853条 in the prose, 7 and 1853 in the table; 未收到…行政复议申请 against 行政复议数 0', () => {
    expect(narrativeChecks('pingtan_county_2013')).toEqual({
      'active_volume.total.count': ['pass', 1853, 1853],
      'pre2019.requests_received.count': ['pass', 7, 7],
      'pre2019.admin_review.count': ['pass', 0, 0],
    });
  });

  it('pingtan_2017: 主动公开政府信息2122条; 未收到…行政复议、提起行政诉讼 against 行政复议数 0 and 行政诉讼数 0', () => {
    expect(narrativeChecks('pingtan_2017')).toMatchObject({
      'active_volume.total.count': ['pass', 2122, 2122],
      'pre2019.admin_review.count': ['pass', 0, 0],
      'pre2019.litigation.count': ['pass', 0, 0],
    });
  });
});
