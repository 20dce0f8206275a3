/**
 * Consistency checks (勾稽关系). They read reported values only and never change a number: a failed check
 * is a row in checks.csv, shown beside the numbers it concerns.
 */
import { APPLICANT_MEASURES, applicationOrder, OTHER_SPLIT_ITEMS, outcomeItems, REVIEW_GROUPS, REVIEW_MEASURES } from '../vocabulary';
import type { Check, Fact } from './types';

const CHECK_ORIGINS = new Set(['table', 'corrected']);

/**
 * Reported table values of one report in one year, by `section.item.measure` (corrections replace table
 * values, so they count too); `has` tells whether a table printed the row at all, in any year.
 */
function tableLookup(facts: Fact[], year: number): { get: (key: string) => number | null; has: (section: string, item: string) => boolean } {
  const values = new Map<string, number>();
  for (const f of facts) {
    if (CHECK_ORIGINS.has(f.origin) && f.year === year && f.status === 'reported' && f.value !== null && !f.flags.includes('unit_missing')) {
      values.set(`${f.section}.${f.item}.${f.measure}`, f.value);
    }
  }
  return {
    get: (key) => values.get(key) ?? null,
    // A few calls a report: a scan is cheaper than indexing every fact.
    has: (section, item) => facts.some((f) => f.section === section && f.item === item && CHECK_ORIGINS.has(f.origin)),
  };
}

interface Operand {
  name: string;
  value: number | null;
  /** `section.item.measure` of a table operand: which facts the check covers. */
  key?: string;
}

/** A sum check: expected (a reported total) against the sum of reported parts. */
export function sumCheck(reportId: string, check: string, expected: Operand[], actual: Operand[]): Check {
  const missing = [...expected, ...actual].filter((o) => o.value === null).map((o) => o.name);
  const sum = (ops: Operand[]) => ops.reduce((s, o) => s + (o.value ?? 0), 0);
  // Long sums list only their non-zero parts, to keep checks.csv readable at national scale.
  const describe = (ops: Operand[]) => {
    if (ops.length <= 4) return ops.map((o) => `${o.name}=${o.value}`).join(' + ');
    const nonZero = ops.filter((o) => o.value !== 0).map((o) => `${o.name}=${o.value}`);
    return `sum of ${ops.length} parts${nonZero.length ? ` (non-zero: ${nonZero.join(', ')})` : ', all 0'}`;
  };
  if (missing.length) {
    return { report_id: reportId, check, status: 'not_assessable', expected: null, actual: null, detail: `not reported: ${missing.join(', ')}` };
  }
  const e = sum(expected);
  const a = sum(actual);
  return {
    report_id: reportId, check, status: e === a ? 'pass' : 'fail', expected: e, actual: a,
    detail: `${describe(expected)} vs ${describe(actual)}`,
  };
}

export const NARRATIVE_CHECK = 'narrative_vs_table.';
/** Keys the prose and a table can both state: where both do, they are compared. */
const NARRATIVE_KEYS = [
  'applications.new_received.total', 'active_volume.total.count',
  'pre2019.requests_received.count', 'pre2019.admin_review.count', 'pre2019.litigation.count',
];

/** A check planned once: its table operands by name and `section.item.measure` key, in the report's year. */
interface PlannedCheck {
  check: string;
  expected: { name: string; key: string }[];
  actual: { name: string; key: string }[];
}

const operand = (section: string, item: string, measure: string) => ({ name: `${item}.${measure}`, key: `${section}.${item}.${measure}` });

/** Table 三's checks for one form variant (2021's split 其他处理 or not). */
function applicationChecks(split: boolean): PlannedCheck[] {
  const planned: PlannedCheck[] = [];
  for (const m of APPLICANT_MEASURES) {
    const a = (item: string) => operand('applications', item, m);
    planned.push({ check: `applications.balance.${m}`, expected: [a('new_received'), a('carried_over')], actual: [a('total_handled'), a('carried_forward')] });
    planned.push({ check: `applications.outcomes_sum.${m}`, expected: [a('total_handled')], actual: outcomeItems(split).map(a) });
  }
  for (const item of applicationOrder(split)) {
    const parts = APPLICANT_MEASURES.filter((m) => m !== 'total').map((m) => operand('applications', item, m));
    planned.push({ check: `applications.applicants_sum.${item}`, expected: [operand('applications', item, 'total')], actual: parts });
  }
  return planned;
}

const REVIEW_CHECKS: PlannedCheck[] = REVIEW_GROUPS.map((g) => ({
  check: `review_litigation.sum.${g}`,
  expected: [operand('review_litigation', g, 'total')],
  actual: REVIEW_MEASURES.filter((m) => m !== 'total').map((m) => operand('review_litigation', g, m)),
}));

/** The checks depend only on the form variant: planned once, not for every report (a hot spot of bench:extract). */
const APPLICATION_CHECKS = new Map([false, true].map((split) => [split, applicationChecks(split)]));

/**
 * The report's checks. `members`, when given, receives each check's table operands as `section.item.measure`
 * keys (OCR keeps a number only where the checks covering it hold).
 */
export function reportChecks(reportId: string, year: number | null, facts: Fact[], members?: Map<string, string[]>): Check[] {
  if (year === null) return [];
  const { get, has } = tableLookup(facts, year);
  const withValues = (ops: { name: string; key: string }[]): Operand[] => ops.map((o) => ({ name: o.name, value: get(o.key), key: o.key }));
  const recorded = (check: string, expected: Operand[], actual: Operand[]) => {
    members?.set(check, [...expected, ...actual].flatMap((o) => (o.key ? [o.key] : [])));
    return sumCheck(reportId, check, expected, actual);
  };
  const run = (planned: PlannedCheck[]) => planned.map((p) => recorded(p.check, withValues(p.expected), withValues(p.actual)));

  const checks: Check[] = [];
  if (has('applications', 'new_received')) {
    checks.push(...run(APPLICATION_CHECKS.get(OTHER_SPLIT_ITEMS.some((item) => has('applications', item)))!));
  }
  if (has('review_litigation', 'admin_review')) checks.push(...run(REVIEW_CHECKS));
  for (const key of NARRATIVE_KEYS) {
    const [section, item, measure] = key.split('.');
    const narrative = facts.find((f) => f.origin === 'narrative' && f.section === section && f.item === item && f.measure === measure);
    if (narrative && has(section, item)) {
      checks.push(recorded(`${NARRATIVE_CHECK}${key}`, withValues([operand(section, item, measure)]), [{ name: 'narrative', value: narrative.value }]));
    }
  }
  return checks;
}

/**
 * Across years: this year's 上年结转 against last year's 结转下年度 for the same agency. The check belongs
 * to the later report.
 */
export function carryOverChecks(previous: { reportId: string; year: number; facts: Fact[] }, current: { reportId: string; year: number; facts: Fact[] }): Check[] {
  const prev = tableLookup(previous.facts, previous.year);
  const cur = tableLookup(current.facts, current.year);
  if (!prev.has('applications', 'carried_forward') || !cur.has('applications', 'carried_over')) return [];
  return APPLICANT_MEASURES.map((m) =>
    sumCheck(current.reportId, `applications.carryover.${m}`,
      [{ name: `${previous.year}.carried_forward.${m}`, value: prev.get(`applications.carried_forward.${m}`) }],
      [{ name: `${current.year}.carried_over.${m}`, value: cur.get(`applications.carried_over.${m}`) }]),
  );
}
