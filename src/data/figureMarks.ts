/**
 * The two rules every view follows for a figure it cannot show plainly (docs/doubtful-figures.md):
 *
 * - A number the source printed without a unit (flag `unit_missing`) is never shown under a unit. Where a
 *   view states a unit, the number is written with a note that its unit is not stated; charts, sums and
 *   trends leave it out and say which report they left out.
 * - A figure that a failed consistency check compares is shown as the report printed it, never replaced by
 *   the other side of the check (checks never change a number: a printed total of 0 under parts adding to
 *   11 is shown as 0), and marked ⚠ with what the check compared. So every view shows the same number.
 */
import { APPLICANT_MEASURES, BALANCE_ITEMS, outcomeItems, REVIEW_MEASURES } from '../vocabulary';
import { OUTCOME_GROUPS } from './schema';

export interface FigureKey {
  section: string;
  item: string;
  measure: string;
}

export const isUnitless = (flags: string | null | undefined) => (flags ?? '').split(';').includes('unit_missing');

/** A failed check as views need it: which report, which check, its two sides. */
export interface FailedCheck {
  report_id: string;
  check: string;
  expected: number | null;
  actual: number | null;
}

const key = (section: string, item: string, measure: string): FigureKey => ({ section, item, measure });
const OUTCOME_ROWS = [...new Set([...outcomeItems(false), ...outcomeItems(true)])];

/**
 * The figures of its own report a check compares (both sides), read from its name as extract/checks.ts
 * writes it. A carry-over check compares this report's 上年结转 with the previous report's figure.
 */
export function checkedKeys(check: string): FigureKey[] {
  const parts = check.split('.');
  const [family, kind, ...rest] = parts;
  const last = parts[parts.length - 1];
  if (family === 'review_litigation' && kind === 'sum') return REVIEW_MEASURES.map((m) => key('review_litigation', last, m));
  if (family === 'applications') {
    if (kind === 'applicants_sum') return APPLICANT_MEASURES.map((m) => key('applications', last, m));
    if (kind === 'outcomes_sum') return ['total_handled', ...OUTCOME_ROWS].map((item) => key('applications', item, last));
    if (kind === 'balance') return BALANCE_ITEMS.map((item) => key('applications', item, last));
    if (kind === 'carryover') return [key('applications', 'carried_over', last)];
  }
  if (family === 'narrative_vs_table' && rest.length === 2) return [key(kind, rest[0], rest[1])];
  return [];
}

const sameKey = (a: FigureKey, b: FigureKey) => a.section === b.section && a.item === b.item && a.measure === b.measure;

/** The failed checks of one report that compare any of these figures. */
export function failedChecksOn<T extends FailedCheck>(fails: readonly T[], reportId: string, keys: readonly FigureKey[]): T[] {
  return fails.filter((c) => c.report_id === reportId && checkedKeys(c.check).some((k) => keys.some((x) => sameKey(k, x))));
}

/** The figures a chart's item stands for: a row of the form, or (outcome groups) the rows the group sums. */
export function figureKeys(section: string, item: string, measure: string): FigureKey[] {
  return section === 'applications' && Object.hasOwn(OUTCOME_GROUPS, item) ? OUTCOME_GROUPS[item].map((row) => key(section, row, measure)) : [key(section, item, measure)];
}

/** The figures each of report_wide's summed columns is made of (schema.ts): what the overview marks. */
export const REPORT_WIDE_KEYS: Record<string, FigureKey[]> = {
  requests_new: [key('applications', 'new_received', 'total')],
  outcome_total: [key('applications', 'total_handled', 'total')],
  ...Object.fromEntries(Object.keys(OUTCOME_GROUPS).map((g) => [g, figureKeys('applications', g, 'total')])),
  procurement_10k_yuan: [key('active', 'procurement', 'amount_10k_yuan')],
  admin_review_total: [key('review_litigation', 'admin_review', 'total')],
  litigation_total: [key('review_litigation', 'litigation_direct', 'total'), key('review_litigation', 'litigation_after_review', 'total')],
};
