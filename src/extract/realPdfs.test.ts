/**
 * The three real PDFs (2021 form), read through pdfjs text positions. Numbers checked against the pages
 * rendered as images. Provenance is page and line (1-based, top to bottom, on that page). Every PDF of the
 * folder is also checked against the data contract (contract.ts; its rules are unit-tested in contract.test.ts).
 */
import { DATASET_KEYS, REVIEW_GROUPS, REVIEW_MEASURES } from '../vocabulary';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProblems, factProblems, reportProblems } from './contract';
import { buildDataset } from './dataset';
import { HAVE_SHARED, IF_SHARED, SHARED_REPORTS, factOf, valueOf } from './__fixtures__/load';
import { extractPdf } from './__fixtures__/engines';
import type { Fact } from './types';

// From ../shared/reports (public repositories, never committed); skipped, saying so, where it is absent.
// Every PDF of the folder, read once: the three named below and any other, all checked against the data contract.
const names = HAVE_SHARED ? readdirSync(join(SHARED_REPORTS, 'pdf')).filter((f) => f.endsWith('.pdf')) : [];
const read = new Map(await Promise.all(names.map(async (name) => [name, await extractPdf(`${SHARED_REPORTS}/pdf/${name}`)] as const)));
type PdfRead = Awaited<ReturnType<typeof extractPdf>>;
const pdf = (name: string) => read.get(name)!;
const [hongze2023, hongze2024, huaian] = HAVE_SHARED
  ? ['hongze_district_2023.pdf', 'hongze_district_2024.pdf', 'huaian_city_2024.pdf'].map(pdf)
  : [];

describe.skipIf(!HAVE_SHARED)(`every PDF of ../shared/reports/pdf${IF_SHARED}`, () => {
  it('keeps the data contract: no problem in any extracted fact, report or check', () => {
    expect([...read.keys()]).toEqual(expect.arrayContaining(['hongze_district_2023.pdf', 'hongze_district_2024.pdf', 'huaian_city_2024.pdf']));
    for (const { report, facts, checks } of read.values()) {
      expect(reportProblems(report), report.source_file).toEqual([]);
      for (const f of facts) expect(factProblems(f), `${report.source_file} ${f.item}.${f.measure}`).toEqual([]);
      for (const c of checks) expect(checkProblems(c), `${report.source_file} ${c.check}`).toEqual([]);
    }
  });

  it('uses only keys of the form dictionary on forms that have them, and bare file names', () => {
    for (const { report, facts } of read.values()) {
      for (const f of facts) {
        const forms = DATASET_KEYS.get(`${f.section}.${f.item}.${f.measure}`);
        expect(forms, `${report.source_file}: ${f.section}.${f.item}.${f.measure}`).toBeDefined();
        if (f.origin === 'table') expect(forms!.includes(report.form_version), `${f.item}.${f.measure} on ${report.form_version}`).toBe(true);
        expect(f.source_file).not.toMatch(/[\\/]/);
      }
    }
  });
});

describe.skipIf(!HAVE_SHARED)(`淮安市人民政府 2024${IF_SHARED}`, () => {
  // Taken before the tests, not here: a skipped describe's body still runs, and without ../shared there is no read.
  let [report, facts, checks]: [PdfRead['report'], PdfRead['facts'], PdfRead['checks']] = [undefined!, [], []];
  beforeAll(() => ({ report, facts, checks } = huaian!));

  it('is a city people’s government reporting for its whole area', () => {
    expect(report).toMatchObject({
      agency: '淮安市人民政府', agency_id: '320800-人民政府', province: '江苏省', city: '淮安市', division_code: '320800',
      admin_level: 'city', scope: 'jurisdiction', report_year: 2024, form_version: '2021',
    });
  });

  it('reads large numbers and cells split into touching fragments', () => {
    expect(valueOf(facts, 'active', 'penalty', 'decisions')).toBe(3985758);
    expect(valueOf(facts, 'active', 'licensing', 'decisions')).toBe(447228);
    expect(valueOf(facts, 'active', 'rules', 'in_force')).toBe(11);
    expect(valueOf(facts, 'active', 'normative_documents', 'repealed')).toBe(26);
    expect(factOf(facts, 'active', 'fees', 'amount_10k_yuan')).toMatchObject({ value: 96171.6, unit: '万元' });
  });

  it('reads table 三 with every applicant column, and the three (六) rows', () => {
    expect(APPLICANTS(facts, 'new_received')).toEqual([3001, 53, 0, 0, 61, 4, 3119]);
    expect(APPLICANTS(facts, 'disclosed')).toEqual([1288, 21, 0, 0, 50, 3, 1362]);
    expect(APPLICANTS(facts, 'unable_not_held')).toEqual([746, 12, 0, 0, 10, 1, 769]);
    expect(APPLICANTS(facts, 'other_no_correction')).toEqual([67, 3, 0, 0, 1, 0, 71]);
    expect(APPLICANTS(facts, 'other_unpaid_fees')).toEqual([6, 0, 0, 0, 0, 0, 6]);
    expect(APPLICANTS(facts, 'other_other')).toEqual([108, 2, 0, 0, 0, 0, 110]);
    expect(APPLICANTS(facts, 'total_handled')).toEqual([2932, 53, 0, 0, 61, 4, 3050]);
    expect(APPLICANTS(facts, 'carried_forward')).toEqual([103, 0, 0, 0, 0, 0, 103]);
    expect(factOf(facts, 'applications', 'new_received', 'total')).toMatchObject({ page: 4, line: 15 });
  });

  it('reads the review row on the next page', () => {
    const review = REVIEW_GROUPS.flatMap((g) => REVIEW_MEASURES.map((m) => valueOf(facts, 'review_litigation', g, m)));
    expect(review).toEqual([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]);
  });

  it('keeps narrative numbers: 5500余条 as approximate, 3940 元 of fees; 共受理…3119件 is no 本年新收 (受理 may count carried-over requests)', () => {
    expect(factOf(facts, 'active_volume', 'total', 'count', { origin: 'narrative' })).toMatchObject({ value: 5500, flags: ['approximate'], page: 1 });
    expect(facts.filter((f) => f.origin === 'narrative' && f.section === 'applications')).toEqual([]);
    expect(valueOf(facts, 'processing_fees', 'charged', 'amount_yuan', { origin: 'narrative' })).toBe(3940);
  });

  it('adds up', () => {
    expect(checks.filter((c) => c.status !== 'pass')).toEqual([]);
    // No narrative_vs_table check: the prose states 受理 3119, which is no 本年新收.
    expect(checks).toHaveLength(7 + 7 + 25 + 3);
  });
});

const APPLICANTS = (facts: Fact[], item: string) =>
  ['natural_person', 'commercial', 'research', 'social_welfare', 'legal_service', 'other_org', 'total'].map((m) => valueOf(facts, 'applications', item, m));

describe.skipIf(!HAVE_SHARED)(`洪泽区人民政府 2023 and 2024${IF_SHARED}`, () => {
  it('gives the body one id although 2024 writes 淮安市洪泽区人民政府', () => {
    expect(hongze2023.report).toMatchObject({ agency: '洪泽区人民政府', agency_id: '320813-人民政府', scope: 'jurisdiction', report_year: 2023 });
    expect(hongze2024.report).toMatchObject({ agency: '淮安市洪泽区人民政府', agency_id: '320813-人民政府', report_year: 2024 });
    // 2024 says the office answered 17 on behalf of the government while its table counts 95: scope unknown.
    expect(hongze2024.report.scope).toBe('unknown');
  });

  it('reads 2023: a label wrapped around its numbers, the source’s own garbled label, and its failed sums', () => {
    const { facts, checks } = hongze2023;
    expect(APPLICANTS(facts, 'new_received')).toEqual([21, 0, 0, 0, 0, 0, 21]);
    expect(valueOf(facts, 'applications', 'partially_disclosed', 'total')).toBe(4);
    expect(valueOf(facts, 'applications', 'withheld_state_secret', 'total')).toBe(1);
    expect(valueOf(facts, 'applications', 'unable_not_held', 'total')).toBe(10);
    // The PDF prints 2.其他法律行政止公开: placed by row order, and said so.
    expect(factOf(facts, 'applications', 'withheld_prohibited_by_law', 'total').flags).toEqual(['label_garbled']);
    expect(valueOf(facts, 'active', 'fees', 'amount_10k_yuan')).toBe(7730.28);
    // The report prints 行政复议 10 1 0 0 with total 0: kept as printed, flagged by the check.
    expect(valueOf(facts, 'review_litigation', 'admin_review', 'upheld')).toBe(10);
    expect(valueOf(facts, 'review_litigation', 'admin_review', 'total')).toBe(0);
    expect(checks.filter((c) => c.status === 'fail').map((c) => [c.check, c.expected, c.actual])).toEqual([
      ['review_litigation.sum.admin_review', 0, 11],
      ['review_litigation.sum.litigation_after_review', 0, 5],
    ]);
    expect(factOf(facts, 'active_volume', 'total', 'count', { origin: 'narrative' }).value).toBe(1136);
  });

  it('reads 2024', () => {
    const { facts } = hongze2024;
    expect(APPLICANTS(facts, 'new_received')).toEqual([95, 0, 0, 0, 0, 0, 95]);
    expect(valueOf(facts, 'applications', 'disclosed', 'total')).toBe(50);
    expect(valueOf(facts, 'applications', 'unable_not_held', 'total')).toBe(31);
    expect(valueOf(facts, 'active', 'licensing', 'decisions')).toBe(9487);
    expect(valueOf(facts, 'active', 'fees', 'amount_10k_yuan')).toBe(7545);
    const review = REVIEW_GROUPS.flatMap((g) => REVIEW_MEASURES.map((m) => valueOf(facts, 'review_litigation', g, m)));
    expect(review).toEqual([1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]);
    expect(facts.some((f) => f.origin === 'narrative' && f.section === 'applications')).toBe(false);
  });

  it('checks 2024 上年结转 against 2023 结转下年度', () => {
    const dataset = buildDataset([hongze2023, hongze2024]);
    const carry = dataset.checks.filter((c) => c.check.startsWith('applications.carryover.'));
    expect(carry).toHaveLength(7);
    expect(carry.every((c) => c.status === 'pass' && c.report_id === hongze2024.report.report_id)).toBe(true);
  });
});
