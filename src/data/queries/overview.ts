/** The overview and the filter bar: what the filters offer, coverage and totals per scope, the years an agency has no report. */
import type { Connector } from '../connector';
import { type Filters, reportCondition } from '../filters';

export interface FilterOptions {
  years: number[];
  provinces: string[];
  levels: string[];
  agencyTypes: string[];
  forms: string[];
}

export async function filterOptions(db: Connector): Promise<FilterOptions> {
  const distinct = async (column: string) =>
    (await db.query<{ v: string | number }>(`SELECT DISTINCT ${column} AS v FROM reports WHERE ${column} IS NOT NULL AND ${column}::VARCHAR <> '' ORDER BY v`)).map((r) => r.v);
  return {
    years: (await distinct('report_year')) as number[],
    provinces: (await distinct('province')) as string[],
    levels: (await distinct('admin_level')) as string[],
    agencyTypes: (await distinct('agency_type')) as string[],
    forms: (await distinct('form_version')) as string[],
  };
}

export interface Coverage {
  reports: number;
  agencies: number;
  provinces: number;
  first_year: number | null;
  last_year: number | null;
}

export interface ScopeTotals {
  scope: string;
  reports: number;
  requests_new: number | null;
  outcome_disclosed: number | null;
  outcome_partially_disclosed: number | null;
  outcome_withheld: number | null;
  outcome_unable: number | null;
  outcome_not_processed: number | null;
  outcome_other: number | null;
  outcome_total: number | null;
  procurement_10k_yuan: number | null;
  admin_review_total: number | null;
  litigation_total: number | null;
  /** Jurisdiction reports of this scope left out of its sums: another filtered report of the same year covers their area. */
  not_added: number;
}

const SUMMED = [
  'requests_new', 'outcome_disclosed', 'outcome_partially_disclosed', 'outcome_withheld', 'outcome_unable',
  'outcome_not_processed', 'outcome_other', 'outcome_total', 'procurement_10k_yuan', 'admin_review_total', 'litigation_total',
];

/**
 * Coverage of the filtered reports, and totals per scope (body / jurisdiction / unknown), never added
 * across scopes. One query (grouping sets): each round trip to the wasm worker costs more than the SQL.
 */
export async function overviewTotals(db: Connector, f: Filters): Promise<{ coverage: Coverage; totals: ScopeTotals[] }> {
  const rows = await db.query<ScopeTotals & Coverage & { grand: boolean } & Record<string, string | number | boolean | null>>(`
    -- A whole-area report inside another one counted here is left out of the sums: inside_of lists the
    -- reports around it, and the same filter runs on them (a join here cost more than the rest).
    WITH marked AS (
      SELECT scope, agency_id, province, report_year, ${SUMMED.join(', ')},
             coalesce(len(list_filter(inside_of, c -> ${reportCondition(f, 'c')})) > 0, false) AS inside
      FROM report_wide r WHERE ${reportCondition(f)}),
    -- Values nulled once here rather than a FILTER per sum: a third faster in the wasm.
    counted AS (SELECT * REPLACE (${SUMMED.map((c) => `CASE WHEN inside THEN NULL ELSE ${c} END AS ${c}`).join(', ')}) FROM marked)
    SELECT grouping(scope) = 1 AS grand, scope, count(*)::INTEGER AS reports, count(DISTINCT agency_id)::INTEGER AS agencies,
           count(DISTINCT nullif(province, ''))::INTEGER AS provinces, min(report_year) AS first_year, max(report_year) AS last_year,
           sum(inside::INTEGER)::INTEGER AS not_added, ${SUMMED.map((c) => `sum(${c})::DOUBLE AS ${c}`).join(', ')}
    FROM counted
    GROUP BY GROUPING SETS ((scope), ())
    ORDER BY grand, CASE scope WHEN 'body' THEN 1 WHEN 'jurisdiction' THEN 2 ELSE 3 END`);
  const grand = rows.find((r) => r.grand);
  const coverage: Coverage = grand
    ? { reports: grand.reports, agencies: grand.agencies, provinces: grand.provinces, first_year: grand.first_year, last_year: grand.last_year }
    : { reports: 0, agencies: 0, provinces: 0, first_year: null, last_year: null };
  const totals = rows.filter((r) => !r.grand).map((r) => ({ scope: r.scope, reports: r.reports, ...Object.fromEntries(SUMMED.map((c) => [c, r[c]])), not_added: r.not_added }) as ScopeTotals);
  return { coverage, totals };
}

export interface MissingYear {
  agency_id: string;
  agency: string;
  year: number;
}

/** Agency-years inside an agency's covered span that have no report. */
export async function missingYears(db: Connector, f: Filters): Promise<MissingYear[]> {
  return db.query<MissingYear & Record<string, string | number>>(`
    WITH covered AS (SELECT DISTINCT agency_id, agency, report_year FROM reports r WHERE ${reportCondition(f)} AND report_year IS NOT NULL),
    spans AS (SELECT agency_id, any_value(agency) AS agency, unnest(generate_series(min(report_year), max(report_year))) AS year FROM covered GROUP BY agency_id)
    SELECT s.agency_id, s.agency, s.year::INTEGER AS year
    FROM spans s ANTI JOIN covered c ON c.agency_id = s.agency_id AND c.report_year = s.year
    ORDER BY s.agency_id, year`);
}
