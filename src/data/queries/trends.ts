/** Trends: a metric by the year it describes, across the 2019 form change, and the agencies it opens on. */
import type { Connector } from '../connector';
import { type Filters, reportCondition } from '../filters';
import { ORIGIN_RANK } from '../schema';
import { type MetricKey, metricKey } from '../metrics';
import { sqlInt, sqlList } from '../sql';
import { hasTrendKey, NOT_UNITLESS } from './conditions';
import { agencyName } from './names';

export interface TrendPoint {
  agency_id: string;
  agency: string;
  year: number;
  value: number;
  origin: string;
  report_id: string;
  /** The year of the report the value comes from (a multi-year table gives earlier years too). */
  report_year: number;
  /** The report's form, and the key the value was read under (a pre-2019 key the crosswalk joins, or the metric's own). */
  form_version: string;
  key: string;
}


/**
 * A metric by the year it describes (004's 2017 report gives 2013–2017). Where several reports give a
 * year, the report of that year wins, then the latest; within a report, the shown cell (origin precedence).
 * Money without a unit is left out. A pre-2019 report may give the crosswalked key twice (its table's
 * 受理 row and a prose 未收到…申请 as 本年新收): the table wins, then the key's name, so the choice is stable.
 */
export async function trend(db: Connector, metric: string, agencyIds: readonly string[], f: Filters): Promise<TrendPoint[]> {
  const k = metricKey(metric);
  if (!k || agencyIds.length === 0) return [];
  return db.query<TrendPoint & Record<string, string | number>>(`
    SELECT agency_id, agency, year, value, origin, report_id, report_year, form_version, key FROM (
      SELECT r.agency_id, ${agencyName('r')} AS agency, x.year, x.value, x.origin, x.report_id, r.report_year, r.form_version,
             x.section || '.' || x.item || '.' || x.measure AS key,
             row_number() OVER (PARTITION BY r.agency_id, x.year ORDER BY (x.report_year = x.year) DESC, x.report_year DESC, ${ORIGIN_RANK}, key) AS rank
      FROM chart_cells x JOIN reports r USING (report_id)
      WHERE x.status = 'reported' AND ${hasTrendKey(k)} AND ${NOT_UNITLESS('x.flags')}
        AND r.agency_id IN ${sqlList(agencyIds)} AND ${reportCondition(f, 'x')})
    WHERE rank = 1 ORDER BY agency_id, year`);
}

/** The reports of these agencies whose value of a metric has no unit in the source: trend leaves them out. */
export async function trendUnitless(db: Connector, metric: string, agencyIds: readonly string[], f: Filters): Promise<{ agency: string; report_year: number | null }[]> {
  const k = metricKey(metric);
  if (!k || agencyIds.length === 0) return [];
  return db.query<{ agency: string; report_year: number | null }>(`
    SELECT DISTINCT ${agencyName('r')} AS agency, r.report_year, r.agency_id FROM chart_cells x JOIN reports r USING (report_id)
    WHERE x.status = 'reported' AND ${hasTrendKey(k)} AND NOT ${NOT_UNITLESS('x.flags')}
      AND r.agency_id IN ${sqlList(agencyIds)} AND ${reportCondition(f, 'x')}
    ORDER BY r.agency_id, r.report_year`);
}

export interface TrendAgency {
  agency_id: string;
  agency: string;
  years: number;
}

/** Agencies with the metric in at least two years, by their latest name: the Trends view opens on them. */
export async function trendAgencies(db: Connector, metric: string, f: Filters, limit = 6): Promise<TrendAgency[]> {
  const k = metricKey(metric);
  if (!k) return [];
  return db.query<TrendAgency & Record<string, string | number>>(`
    SELECT r.agency_id, arg_max(${agencyName('r')}, r.report_year) AS agency, count(DISTINCT x.year)::INTEGER AS years
    FROM chart_cells x JOIN reports r USING (report_id)
    WHERE x.status = 'reported' AND ${hasTrendKey(k)} AND ${reportCondition(f, 'x')}
    GROUP BY r.agency_id HAVING count(DISTINCT x.year) >= 2 ORDER BY years DESC, r.agency_id LIMIT ${sqlInt(limit)}`);
}

/** Every key with a reported value in the filtered reports: what Trends offers beyond the named metrics. */
export async function metricKeys(db: Connector, f: Filters): Promise<MetricKey[]> {
  return db.query<MetricKey & Record<string, string>>(`
    SELECT DISTINCT x.section, x.item, x.measure FROM key_coverage x
    WHERE ${reportCondition(f, 'x')} ORDER BY x.section, x.item, x.measure`);
}
