/** buildDataset: the reports' own checks kept, carry-over checks added and counted, rows in the dataset's order. */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildDataset, sortReports } from './dataset';
import { fixture, rawReport, type Read } from './__fixtures__/load';
import type { Report } from './types';

describe('buildDataset', () => {
  let y2021 = {} as Read;
  let y2022 = {} as Read;
  let wuzhong = {} as Read;
  beforeEach(() => {
    y2021 = fixture('carryover-2021.md');
    y2022 = fixture('carryover-2022.md');
    wuzhong = rawReport('001_7016eb35578ea529.txt');
  });

  it('keeps the checks of a report no correction touched, as extracted', () => {
    const own = structuredClone(wuzhong.checks);
    const dataset = buildDataset([wuzhong]);
    expect(own).toHaveLength(41); // its rows of data/checks.csv
    expect(dataset.checks).toEqual(own);
  });

  it('counts the carry-over checks into the later report: checks_passed and checks_failed count its rows of checks.csv', () => {
    const before = { passed: y2022.report.checks_passed, failed: y2022.report.checks_failed };
    const dataset = buildDataset([y2021, y2022]);
    // 2021 carries 3 0 0 0 0 0 3 forward, 2022 takes over 3 1 0 0 0 0 4: 商业企业 and 总计 differ.
    const carry = dataset.checks.filter((c) => c.check.startsWith('applications.carryover.'));
    expect(carry.map((c) => c.status).sort()).toEqual(['fail', 'fail', 'pass', 'pass', 'pass', 'pass', 'pass']);
    const later = dataset.reports.find((r) => r.report_id === y2022.report.report_id)!;
    expect(later.checks_passed).toBe(before.passed + 5);
    expect(later.checks_failed).toBe(before.failed + 2);
    for (const r of dataset.reports) {
      const rows = dataset.checks.filter((c) => c.report_id === r.report_id);
      expect([r.checks_passed, r.checks_failed], r.source_file).toEqual([
        rows.filter((c) => c.status === 'pass').length, rows.filter((c) => c.status === 'fail').length,
      ]);
    }
  });

  it('orders reports by agency, then year, whatever order they are read in', () => {
    const dataset = buildDataset([wuzhong, y2022, y2021]);
    expect(dataset.reports.map((r) => [r.agency_id, r.report_year])).toEqual([
      ['320813-示例局', 2021], ['320813-示例局', 2022], ['640300-民政局', 2020],
    ]);
    expect([...new Set(dataset.facts.map((f) => f.report_id))]).toEqual(dataset.reports.map((r) => r.report_id));
  });
});

describe('sortReports', () => {
  const entry = (agency_id: string, report_year: number | null) => ({ report: { agency_id, report_year } as Report });

  it('sorts by agency_id, then year, a report without a year first', () => {
    const sorted = sortReports([entry('b', 2021), entry('a', 2022), entry('b', 2019), entry('a', null), entry('a', 2020)]);
    expect(sorted.map((e) => [e.report.agency_id, e.report.report_year])).toEqual([
      ['a', null], ['a', 2020], ['a', 2022], ['b', 2019], ['b', 2021],
    ]);
  });
});
