/** Reports and their facts: the search, the report list, one agency's reports and one report's every fact. */
import type { Connector } from '../connector';
import { type Filters, reportCondition } from '../filters';
import { ORIGIN_RANK } from '../schema';
import { sqlInt, sqlString } from '../sql';
import { agencyName } from './names';

export interface AgencyHit {
  agency_id: string;
  agency: string;
  province: string;
  city: string;
  county: string;
  division_code: string;
  reports: number;
  last_report_id: string;
}

/** Agencies by name, place or division code. */
export async function searchAgencies(db: Connector, text: string, limit = 20): Promise<AgencyHit[]> {
  const like = sqlString(`%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
  return db.query<AgencyHit & Record<string, string | number>>(`
    SELECT agency_id, any_value(${agencyName('reports')}) AS agency, any_value(province) AS province,
           any_value(city) AS city, any_value(county) AS county, any_value(division_code) AS division_code,
           count(*)::INTEGER AS reports, arg_max(report_id, report_year) AS last_report_id
    FROM reports
    WHERE ${agencyName('reports')} ILIKE ${like} ESCAPE '\\' OR province ILIKE ${like} ESCAPE '\\' OR city ILIKE ${like} ESCAPE '\\'
       OR county ILIKE ${like} ESCAPE '\\' OR division_code LIKE ${like} ESCAPE '\\' OR agency_id ILIKE ${like} ESCAPE '\\'
    GROUP BY agency_id ORDER BY agency_id LIMIT ${sqlInt(limit)}`);
}

export interface ReportRow {
  report_id: string;
  source_file: string;
  agency: string;
  agency_id: string;
  province: string;
  city: string;
  county: string;
  division_code: string;
  scope: string;
  report_year: number | null;
  year_inferred: boolean;
  form_version: string;
  published_date: string;
  checks_passed: number;
  checks_failed: number;
  /** The official web address where the report was published, '' where the dataset knows none. */
  source_url: string;
  /** Added in this browser, not part of the published dataset. */
  local: boolean;
}

const REPORT_ROW = `report_id, source_file, agency, agency_id, province, city, county, division_code, scope, report_year,
  year_inferred, form_version, published_date, checks_passed, checks_failed, coalesce(source_url, '') AS source_url, report_id IN (SELECT report_id FROM local_reports) AS local`;

/** The filtered reports, the first `limit` of them (a national dataset has 150,000: too many for a page). */
export async function reportList(db: Connector, f: Filters, limit = 1000): Promise<ReportRow[]> {
  return db.query<ReportRow & Record<string, string | number | boolean | null>>(`
    SELECT ${REPORT_ROW} FROM reports r WHERE ${reportCondition(f)} ORDER BY agency_id, report_year LIMIT ${sqlInt(limit)}`);
}

/**
 * The reports of one report's agency, by year (the first agency's when the id is unknown): what the
 * report page lists, without sending every report of a national dataset to the page.
 */
export async function agencyReports(db: Connector, reportId: string): Promise<ReportRow[]> {
  return db.query<ReportRow & Record<string, string | number | boolean | null>>(`
    SELECT ${REPORT_ROW} FROM reports
    WHERE agency_id = coalesce((SELECT agency_id FROM reports WHERE report_id = ${sqlString(reportId)}),
                               (SELECT agency_id FROM reports ORDER BY agency_id, report_year LIMIT 1))
    ORDER BY report_year, report_id`);
}

/** The source file under which the published dataset holds a report, or undefined when it does not. */
export async function publishedSourceFile(db: Connector, reportId: string): Promise<string | undefined> {
  const [hit] = await db.query<{ source_file: string }>(
    `SELECT source_file FROM reports WHERE report_id = ${sqlString(reportId)} AND report_id NOT IN (SELECT report_id FROM local_reports)`,
  );
  return hit?.source_file;
}

export interface FactRow {
  year: number | null;
  section: string;
  item: string;
  measure: string;
  value: number | null;
  unit: string;
  origin: string;
  status: string;
  raw: string;
  line: number | null;
  page: number | null;
  flags: string;
}

/** Every fact of one report, blank and unreadable ones included. */
export async function reportFacts(db: Connector, reportId: string): Promise<FactRow[]> {
  return db.query<FactRow & Record<string, string | number | null>>(`
    SELECT year, section, item, measure, value, unit, origin, status, coalesce(raw, '') AS raw, line, page, coalesce(flags, '') AS flags
    FROM facts WHERE report_id = ${sqlString(reportId)} ORDER BY section, item, measure, year, ${ORIGIN_RANK}`);
}
