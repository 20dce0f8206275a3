/** Compare: the reports each agency offers, and one column of cells per agency and year. */
import type { Connector } from '../connector';
import { sqlList } from '../sql';
import { agencyName } from './names';

export interface CompareCell {
  agency_id: string;
  agency: string;
  report_id: string;
  report_year: number | null;
  form_version: string;
  section: string;
  item: string;
  measure: string;
  value: number | null;
  status: string;
  origin: string;
  raw: string;
  flags: string;
}

export interface ComparedReport {
  agency_id: string;
  report_id: string;
  report_year: number | null;
}

/** Every report of these agencies, by year: the years Compare offers for each. */
export async function comparedReports(db: Connector, agencyIds: readonly string[]): Promise<ComparedReport[]> {
  if (agencyIds.length === 0) return [];
  return db.query<ComparedReport & Record<string, string | number | null>>(
    `SELECT agency_id, report_id, report_year FROM reports WHERE agency_id IN ${sqlList(agencyIds)} ORDER BY agency_id, report_year NULLS FIRST, report_id`);
}

/**
 * One column per agency: the report of the year asked for (`years`, aligned with the agencies), or the
 * latest where none is asked or the agency has no report that year; every cell by origin precedence
 * (blank and unreadable kept). Each cell says its column, so one agency can stand in two (2023 against 2024).
 */
export async function compareCells(db: Connector, agencyIds: readonly string[], years: readonly (number | null)[] = []): Promise<(CompareCell & { column: number })[]> {
  const reports = await comparedReports(db, agencyIds);
  const chosen = agencyIds.map((id, i) => {
    const mine = reports.filter((r) => r.agency_id === id);
    return mine.find((r) => years[i] != null && r.report_year === years[i]) ?? mine.at(-1);
  });
  const ids = [...new Set(chosen.flatMap((r) => (r ? [r.report_id] : [])))];
  if (ids.length === 0) return [];
  // The reports as a list of ids, not a join: DuckDB then skips every block of facts (ordered by
  // report in the packed file) that cannot hold them; through a join it read them all.
  const cells = await db.query<CompareCell & Record<string, string | number | null>>(`
    SELECT r.agency_id, ${agencyName('r')} AS agency, r.report_id, r.report_year, r.form_version,
           x.section, x.item, x.measure, x.value, x.status, x.origin, coalesce(x.raw, '') AS raw, coalesce(x.flags, '') AS flags
    FROM reports r JOIN facts_shown x ON x.report_id = r.report_id AND x.year = r.report_year
    WHERE x.report_id IN ${sqlList(ids)}
    ORDER BY r.agency_id`);
  return chosen.flatMap((r, column) => (r ? cells.filter((c) => c.report_id === r.report_id).map((c) => ({ ...c, column })) : []));
}
