/**
 * What the dataset covers, computed from the reports themselves: counts by province, level, form and
 * layout, and which agency reported for which year. A collection, not a sample: these say what is in it.
 */
import type { Connector, SqlRow } from '../connector';
import { type Filters, reportCondition } from '../filters';
import { agencyName } from './names';
import { sqlInt } from '../sql';

export interface CoverageCount extends SqlRow {
  /** The value counted by ('' where the reports do not say). */
  value: string;
  reports: number;
  agencies: number;
}

export type CoverageDimension = 'province' | 'admin_level' | 'form_version' | 'layout';

/** Reports and agencies per value of one report field, most reports first. */
export function coverageBy(db: Connector, f: Filters, dimension: CoverageDimension): Promise<CoverageCount[]> {
  return db.query<CoverageCount>(
    `SELECT coalesce(${dimension}::VARCHAR, '') AS value, count(*)::INTEGER AS reports, count(DISTINCT agency_id)::INTEGER AS agencies
     FROM reports r WHERE ${reportCondition(f)} GROUP BY ALL ORDER BY reports DESC, value`,
  );
}

export interface AgencyYears {
  agency_id: string;
  agency: string;
  province: string;
  /** The agency's reports with a known year, by year: a year reported twice appears twice. */
  reports: { year: number; report_id: string }[];
}

/** Agencies with the years they reported, most reports first; `limit` rows at most, with the total count. */
export async function agencyYears(db: Connector, f: Filters, limit: number): Promise<{ rows: AgencyYears[]; agencies: number; first: number | null; last: number | null }> {
  const where = reportCondition(f);
  const rows = await db.query<{ agency_id: string; agency: string; province: string; reports: string | null }>(
    `SELECT agency_id, arg_max(${agencyName('r')}, report_year) AS agency, any_value(province) AS province,
       string_agg(report_year || ':' || report_id, ',' ORDER BY report_year, report_id) AS reports
     FROM reports r WHERE ${where} GROUP BY agency_id ORDER BY count(*) DESC, agency LIMIT ${sqlInt(limit)}`,
  );
  const [span] = await db.query<{ agencies: number; first: number | null; last: number | null }>(
    `SELECT count(DISTINCT agency_id)::INTEGER AS agencies, min(report_year) AS first, max(report_year) AS last FROM reports r WHERE ${where}`,
  );
  const reports = (list: string | null) =>
    (list ? list.split(',') : []).map((pair) => pair.split(':')).map(([year, report_id]) => ({ year: Number(year), report_id }));
  return { rows: rows.map((r) => ({ ...r, reports: reports(r.reports) })), ...span };
}
