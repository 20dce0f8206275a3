/** Checks and flags: what Data quality lists and what the views mark beside doubtful figures. */
import type { Connector } from '../connector';
import { type Filters, NO_FILTERS, reportCondition } from '../filters';
import { sqlInt, sqlList, sqlString } from '../sql';
import { agencyName } from './names';
import type { FactRow } from './reports';
import type { FailedCheck } from '../figureMarks';

export interface CheckRow {
  report_id: string;
  agency: string;
  report_year: number | null;
  check: string;
  status: string;
  expected: number | null;
  actual: number | null;
  detail: string;
}

/** Check results listed at most, failed ones first (a national dataset has a million). */
export const CHECK_ROW_LIMIT = 5000;

export async function checkRows(db: Connector, f: Filters, opts: { reportId?: string; reportIds?: readonly string[]; statuses?: string[] } = {}): Promise<CheckRow[]> {
  const conditions = [reportCondition(f)];
  if (opts.reportId) conditions.push(`c.report_id = ${sqlString(opts.reportId)}`);
  if (opts.reportIds) conditions.push(opts.reportIds.length ? `c.report_id IN ${sqlList(opts.reportIds)}` : 'FALSE');
  if (opts.statuses?.length) conditions.push(`c.status IN ${sqlList(opts.statuses)}`);
  return db.query<CheckRow & Record<string, string | number | null>>(`
    SELECT c.report_id, ${agencyName('r')} AS agency, r.report_year, c."check", c.status,
           c.expected, c.actual, coalesce(c.detail, '') AS detail
    FROM checks c JOIN reports r USING (report_id) WHERE ${conditions.join(' AND ')}
    ORDER BY CASE c.status WHEN 'fail' THEN 1 WHEN 'not_assessable' THEN 2 ELSE 3 END, r.agency_id, c."check" LIMIT ${CHECK_ROW_LIMIT}`);
}

/** The failed checks of these reports: what a view marks beside their figures (figureMarks.ts). */
export async function failedChecks(db: Connector, reportIds: readonly string[]): Promise<CheckRow[]> {
  return reportIds.length ? checkRows(db, NO_FILTERS, { reportIds: [...new Set(reportIds)], statuses: ['fail'] }) : [];
}

/** Every failed check of the filtered reports, unlisted in any view: what a CSV download marks its rows with. */
export async function failedChecksIn(db: Connector, f: Filters): Promise<FailedCheck[]> {
  return db.query<FailedCheck & Record<string, string | number | null>>(`
    SELECT c.report_id, c."check", c.expected, c.actual FROM checks c JOIN reports r USING (report_id)
    WHERE c.status = 'fail' AND ${reportCondition(f)} ORDER BY c.report_id, c."check"`);
}

/** A failed check of a report that the overview's sums count (a whole-area report left out of them is not). */
export interface CountedCheck extends CheckRow {
  scope: string;
}

/** The failed checks of the reports overviewTotals adds up, with their scope: the sums they make doubtful. */
export async function countedFailedChecks(db: Connector, f: Filters): Promise<CountedCheck[]> {
  return db.query<CountedCheck & Record<string, string | number | null>>(`
    SELECT c.report_id, ${agencyName('r')} AS agency, r.report_year, r.scope, c."check", c.status, c.expected, c.actual, coalesce(c.detail, '') AS detail
    FROM checks c JOIN report_wide r USING (report_id)
    WHERE c.status = 'fail' AND ${reportCondition(f)} AND NOT coalesce(len(list_filter(r.inside_of, o -> ${reportCondition(f, 'o')})) > 0, false)
    ORDER BY r.agency_id, r.report_year, c."check" LIMIT ${CHECK_ROW_LIMIT}`);
}

export interface FlagCount {
  flag: string;
  facts: number;
  reports: number;
}

export async function flagCounts(db: Connector, f: Filters): Promise<FlagCount[]> {
  return db.query<FlagCount & Record<string, string | number>>(`
    SELECT flag, sum(facts)::INTEGER AS facts, sum(reports)::INTEGER AS reports
    FROM flag_coverage x WHERE ${reportCondition(f, 'x')} GROUP BY flag ORDER BY facts DESC, flag`);
}

export interface FlaggedFact extends FactRow {
  report_id: string;
  agency: string;
  report_year: number | null;
}

/** The facts that carry one flag, in the filtered reports. */
export async function flaggedFacts(db: Connector, f: Filters, flag: string, limit = 1000): Promise<FlaggedFact[]> {
  return db.query<FlaggedFact & Record<string, string | number | null>>(`
    SELECT x.report_id, ${agencyName('r')} AS agency, r.report_year, x.year, x.section, x.item, x.measure, x.value, x.unit, x.origin, x.status,
           coalesce(x.raw, '') AS raw, x.line, x.page, x.flags
    FROM facts x JOIN reports r USING (report_id)
    WHERE list_contains(string_split(coalesce(x.flags, ''), ';'), ${sqlString(flag)}) AND ${reportCondition(f)}
    ORDER BY r.agency_id, r.report_year, x.section, x.item, x.measure, x.year LIMIT ${sqlInt(limit)}`);
}
