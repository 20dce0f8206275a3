/**
 * Consistency checks (勾稽关系). They read reported values only and never change a number: a failed check
 * is a row in checks.csv, shown beside the numbers it concerns.
 */
import { APPLICANT_MEASURES, applicationOrder, OTHER_SPLIT_ITEMS, outcomeItems, REVIEW_GROUPS, REVIEW_MEASURES } from '../vocabulary';
import type { Check, Fact } from './types';

type Lookup = (section: string, item: string, measure: string, year?: number) => number | null;

const CHECK_ORIGINS = new Set(['table', 'corrected']);

/** Reported table values of one report (corrections replace table values, so they count too). */
function tableLookup(facts: Fact[]): { get: Lookup; has: (section: string, item: string) => boolean } {
  const values = new Map<string, number>();
  const items = new Set<string>();
  for (const f of facts) {
    if (!CHECK_ORIGINS.has(f.origin)) continue;
    items.add(`${f.section}|${f.item}`);
    if (f.status === 'reported' && f.value !== null && !f.flags.includes('unit_missing')) {
      values.set(`${f.section}|${f.item}|${f.measure}|${f.year}`, f.value);
    }
  }
  return {
    get: (section, item, measure, year) => {
      const v = values.get(`${section}|${item}|${measure}|${year}`);
      return v === undefined ? null : v;
    },
    has: (section, item) => items.has(`${section}|${item}`),
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

/**
 * The report's checks. `members`, when given, receives each check's table operands as `section.item.measure`
 * keys (OCR keeps a number only where the checks covering it hold).
 */
export function reportChecks(reportId: string, year: number | null, facts: Fact[], members?: Map<string, string[]>): Check[] {
  if (year === null) return [];
  const { get, has } = tableLookup(facts);
  const checks: Check[] = [];
  const op = (section: string, item: string, measure: string): Operand => ({
    name: `${item}.${measure}`, value: get(section, item, measure, year), key: `${section}.${item}.${measure}`,
  });
  const recorded = (id: string, check: string, expected: Operand[], actual: Operand[]) => {
    members?.set(check, [...expected, ...actual].flatMap((o) => (o.key ? [o.key] : [])));
    return sumCheck(id, check, expected, actual);
  };

  if (has('applications', 'new_received')) {
    const split = OTHER_SPLIT_ITEMS.some((item) => has('applications', item));
    const rows = applicationOrder(split);
    for (const m of APPLICANT_MEASURES) {
      const a = (item: string) => op('applications', item, m);
      checks.push(recorded(reportId, `applications.balance.${m}`, [a('new_received'), a('carried_over')], [a('total_handled'), a('carried_forward')]));
      checks.push(recorded(reportId, `applications.outcomes_sum.${m}`, [a('total_handled')], outcomeItems(split).map(a)));
    }
    for (const item of rows) {
      const parts = APPLICANT_MEASURES.filter((m) => m !== 'total').map((m) => op('applications', item, m));
      checks.push(recorded(reportId, `applications.applicants_sum.${item}`, [op('applications', item, 'total')], parts));
    }
  }
  if (has('review_litigation', 'admin_review')) {
    for (const g of REVIEW_GROUPS) {
      const parts = REVIEW_MEASURES.filter((m) => m !== 'total').map((m) => op('review_litigation', g, m));
      checks.push(recorded(reportId, `review_litigation.sum.${g}`, [op('review_litigation', g, 'total')], parts));
    }
  }
  for (const key of NARRATIVE_KEYS) {
    const [section, item, measure] = key.split('.');
    const narrative = facts.find((f) => f.origin === 'narrative' && f.section === section && f.item === item && f.measure === measure);
    if (narrative && has(section, item)) {
      checks.push(recorded(reportId, `${NARRATIVE_CHECK}${key}`, [op(section, item, measure)], [{ name: 'narrative', value: narrative.value }]));
    }
  }
  return checks;
}

/**
 * Across years: this year's 上年结转 against last year's 结转下年度 for the same agency. The check belongs
 * to the later report.
 */
export function carryOverChecks(previous: { reportId: string; year: number; facts: Fact[] }, current: { reportId: string; year: number; facts: Fact[] }): Check[] {
  const prev = tableLookup(previous.facts);
  const cur = tableLookup(current.facts);
  if (!prev.has('applications', 'carried_forward') || !cur.has('applications', 'carried_over')) return [];
  return APPLICANT_MEASURES.map((m) =>
    sumCheck(current.reportId, `applications.carryover.${m}`,
      [{ name: `${previous.year}.carried_forward.${m}`, value: prev.get('applications', 'carried_forward', m, previous.year) }],
      [{ name: `${current.year}.carried_over.${m}`, value: cur.get('applications', 'carried_over', m, current.year) }]),
  );
}
