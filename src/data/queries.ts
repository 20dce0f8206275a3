/**
 * Typed queries: the only place SQL is written for the views. Every function takes the connector, so
 * tests run the same SQL on DuckDB for Node. Sums never mix scopes: a jurisdiction-wide report already
 * contains the bodies inside it, so totals are given per scope.
 */
import { CROSSWALK } from '../vocabulary';
import type { Connector } from './connector';
import { type Filters, NO_FILTERS, reportCondition } from './filters';
import { ORIGIN_RANK, OUTCOME_GROUPS } from './schema';
import { type MetricKey, keyName, metricKey } from './metrics';
import { sqlInt, sqlList, sqlString } from './sql';
import type { FailedCheck } from './figureMarks';

/** The condition that a chart cell (alias `x`) has the key: always a metric's, never text from a link. */
const hasKey = (k: MetricKey) => `x.section = ${sqlString(k.section)} AND x.item = ${sqlString(k.item)} AND x.measure = ${sqlString(k.measure)}`;

/**
 * The keys a trend of `k` draws: `k`, and the pre-2019 keys the crosswalk joins to it (受理依申请公开信息总数
 * before 2019 for 本年新收 after), so one series crosses the form change; each point says which key it is.
 */
export function trendKeys(k: MetricKey): string[] {
  const name = keyName(k);
  return [...new Set([name, ...CROSSWALK.filter((row) => row.to === name).map((row) => row.from)])];
}
// One condition per key on the columns themselves: the packed layout orders cells by key, so DuckDB skips blocks.
const hasTrendKey = (k: MetricKey) => `(${trendKeys(k).map((name) => hasKey(metricKey(name)!)).join(' OR ')})`;

/** The condition that a cell's flags (a `;` list) do not mark money whose unit the source left out. */
const NOT_UNITLESS = (flags: string) => `NOT list_contains(string_split(${flags}, ';'), 'unit_missing')`;

/** Appended to the name of a report added in this browser, in every view. */
export const LOCAL_MARK = ' ⊕本地/local';

/** Put before the place of a report that names no agency: in both languages, as LOCAL_MARK is. */
export const UNSIGNED_MARK = '未署名/unsigned·';

/**
 * An agency's display name. An unnamed agency (002) is shown by its place and the start of its id
 * (`未署名/unsigned·武汉市 #a83f14`), never by a guessed name; a report added in this browser carries LOCAL_MARK.
 * `alias` is the reports table's alias.
 */
export function agencyName(alias: string): string {
  const c = (column: string) => `${alias}.${column}`;
  const place = `coalesce(nullif(${c('county')}, ''), nullif(${c('city')}, ''), nullif(${c('province')}, ''), '')`;
  const local = `CASE WHEN ${c('report_id')} IN (SELECT report_id FROM local_reports) THEN ${sqlString(LOCAL_MARK)} ELSE '' END`;
  return `coalesce(nullif(${c('agency')}, ''), ${sqlString(UNSIGNED_MARK)} || ${place} || ' #' || left(replace(${c('agency_id')}, 'unknown-', ''), 6)) || ${local}`;
}

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

export interface ReportFigure {
  report_id: string;
  agency_id: string;
  agency: string;
  report_year: number | null;
  scope: string;
  item: string;
  measure: string;
  value: number | null;
  status: string;
  origin: string;
  flags: string;
}

/**
 * Where a chart's figures come from: one section's cells as facts_shown holds them (a reported value by
 * origin precedence, else the blank or unreadable cell, so gaps show as gaps), or table 三's outcome
 * groups per report (予以公开 … 其他处理), each the sum of its reported rows at measure `total`, with the
 * least preferred origin of its rows.
 */
export type FigureSource = { section: string; items?: readonly string[] } | 'outcome_groups';

/**
 * SQL for a source's figures (report_id, item, measure, value, status, origin, flags) in the filtered
 * reports. Every condition is on chart_cells itself, never through a join: in the packed layout that is
 * what lets DuckDB skip the blocks of other keys, years and provinces.
 */
function figuresSql(f: Filters, source: FigureSource, only = 'TRUE'): string {
  if (source !== 'outcome_groups') {
    return `SELECT report_id, item, measure, value, status, origin, flags FROM chart_cells x
      WHERE x.section = ${sqlString(source.section)}${source.items ? ` AND x.item IN ${sqlList(source.items)}` : ''}
        AND x.year = x.report_year AND ${reportCondition(f, 'x')} AND ${only}`;
  }
  const items = Object.values(OUTCOME_GROUPS).flat();
  const group = `CASE ${Object.entries(OUTCOME_GROUPS).map(([g, rows]) => `WHEN x.item IN ${sqlList(rows)} THEN ${sqlString(g)}`).join(' ')} END`;
  // 其他处理's parts count only where the report does not give the row itself (no double count); both
  // are in one group, so an aggregate decides (a window over every cell took twice the memory).
  const given = "bool_or(item = 'other_handling')";
  return `SELECT report_id, grp AS item, 'total' AS measure,
      CASE WHEN ${given} THEN sum(value) FILTER (WHERE item = 'other_handling') ELSE sum(value) END AS value, 'reported' AS status,
      CASE WHEN ${given} THEN arg_max(origin, rank) FILTER (WHERE item = 'other_handling') ELSE arg_max(origin, rank) END AS origin, '' AS flags
    FROM (SELECT x.report_id, x.item, x.value, x.origin, ${ORIGIN_RANK} AS rank, ${group} AS grp FROM chart_cells x
          WHERE x.section = 'applications' AND x.measure = 'total' AND x.status = 'reported' AND x.item IN ${sqlList(items)}
            AND x.year = x.report_year AND ${reportCondition(f, 'x')} AND ${only})
    GROUP BY report_id, grp`;
}

/** Figures (alias `x`) with their report's name, year and scope. */
const named = (figures: string) => `
  SELECT r.report_id, r.agency_id, ${agencyName('r')} AS agency, r.report_year, r.scope,
         x.item, x.measure, x.value, x.status, x.origin, x.flags
  FROM (${figures}) x JOIN reports r USING (report_id)`;

/** How many reports the filters select: an empty chart says whether there are none or they lack its rows. */
export async function reportCount(db: Connector, f: Filters): Promise<number> {
  const [row] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM reports r WHERE ${reportCondition(f)}`);
  return row?.n ?? 0;
}

/** Every figure of a source in the filtered reports: what a chart's CSV download holds. */
export async function figures(db: Connector, f: Filters, source: FigureSource): Promise<ReportFigure[]> {
  return db.query<ReportFigure & Record<string, string | number | null>>(`${named(figuresSql(f, source))} ORDER BY r.agency_id, r.report_year, x.item, x.measure`);
}

/** What one chart draws of a source: these items, a series per key, at one measure (or of one item). */
export interface ChartCut {
  items: readonly string[];
  seriesBy: { measure: string } | { item: string };
  keys: readonly string[];
}

/** Whether a figure is one a cut draws (in JS what `cutOf` is in SQL). */
export const inCut = (r: { item: string; measure: string }, cut: ChartCut) =>
  cut.items.includes(r.item) && ('measure' in cut.seriesBy ? r.measure === cut.seriesBy.measure : r.item === cut.seriesBy.item);

/**
 * For each cut, the figures of the `limit` reports with the largest charted values (summed over the
 * cut's series; ties by report id), and how many reports the cut has in all. Ranked in DuckDB, so that a
 * national dataset sends the page 40 reports, not 150,000; the CSV download asks for the rest
 * (`figures`). Several cuts of one source go in one query: each round trip to the wasm worker costs
 * more than the SQL on a small dataset.
 */
export async function chartFigures(db: Connector, f: Filters, source: FigureSource, cuts: readonly ChartCut[], limit: number): Promise<{ rows: ReportFigure[]; reports: number }[]> {
  // A dataset whose every report fits in a chart needs no ranking: one plain query serves every cut (on
  // the real dataset the ranking's planning alone made a filter change slower than 100 ms). The count
  // comes from the result cache after the first time.
  const [{ reports: total }] = await db.query<{ reports: number }>('SELECT count(*)::INTEGER AS reports FROM reports');
  if (total <= limit) {
    const all = await figures(db, f, source);
    return cuts.map((cut) => {
      const rows = all.filter((r) => inCut(r, cut));
      return { rows, reports: new Set(rows.map((r) => r.report_id)).size };
    });
  }
  const parts = cuts.map((cut, i) => {
    const [by, byValue] = 'measure' in cut.seriesBy ? ['measure', cut.seriesBy.measure] : ['item', cut.seriesBy.item];
    const key = by === 'measure' ? 'item' : 'measure';
    const cutOf = (figures: string) => `SELECT * FROM (${figures}) WHERE item IN ${sqlList(cut.items)} AND ${by} = ${sqlString(byValue)}`;
    // The outcome groups are report_wide's outcome_* columns, in memory: ranked there, only the chosen
    // reports' cells are grouped (grouping every report's cells took 0.5 GB at 150,000 reports).
    const size = source === 'outcome_groups'
      ? `SELECT report_id, ${cut.keys.map((k) => `abs(coalesce(${outcomeColumn(k)}, 0))`).join(' + ')} AS size FROM report_wide r
         WHERE ${reportCondition(f)} AND (${cut.items.map((item) => `${outcomeColumn(item)} IS NOT NULL`).join(' OR ')})`
      : `SELECT report_id, sum(CASE WHEN ${key} IN ${sqlList(cut.keys)} AND status = 'reported' AND ${NOT_UNITLESS('flags')} THEN abs(value) ELSE 0 END) AS size
         FROM (${cutOf(figuresSql(f, source))}) GROUP BY report_id`;
    return {
      ctes: `size${i} AS (${size}), top${i} AS (SELECT report_id FROM size${i} ORDER BY size DESC, report_id LIMIT ${sqlInt(limit)})`,
      select: `SELECT ${i} AS cut, x.*, (SELECT count(*) FROM size${i})::INTEGER AS reports
        FROM (${named(cutOf(figuresSql(f, source, `x.report_id IN (SELECT report_id FROM top${i})`)))}) x`,
    };
  });
  const rows = await db.query<ReportFigure & { cut: number; reports: number } & Record<string, string | number | null>>(`
    WITH ${parts.map((p) => p.ctes).join(',\n')}
    ${parts.map((p) => p.select).join('\nUNION ALL\n')}
    ORDER BY cut, agency_id, report_year, item, measure`);
  return cuts.map((_, i) => {
    const mine = rows.filter((r) => r.cut === i);
    return { rows: mine.map(({ cut: _c, reports: _r, ...r }) => r), reports: mine[0]?.reports ?? 0 };
  });
}

/** report_wide's column for an outcome group (a key of OUTCOME_GROUPS: never text from a link). */
function outcomeColumn(group: string): string {
  if (!(group in OUTCOME_GROUPS)) throw new Error(`not an outcome group: ${group}`);
  return `r.${group}`;
}

/** The reports whose amount at this key has no unit in the source: charts leave it out and say so. */
export async function unitlessAmounts(db: Connector, f: Filters, section: string, item: string, measure: string): Promise<{ agency: string; report_year: number | null }[]> {
  return db.query<{ agency: string; report_year: number | null }>(`
    SELECT ${agencyName('r')} AS agency, r.report_year FROM chart_cells x JOIN reports r USING (report_id)
    WHERE x.section = ${sqlString(section)} AND x.item = ${sqlString(item)} AND x.measure = ${sqlString(measure)}
      AND x.year = x.report_year AND NOT ${NOT_UNITLESS('x.flags')} AND ${reportCondition(f, 'x')}
    ORDER BY r.agency_id, r.report_year`);
}

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

export interface RefusalRate {
  report_id: string;
  agency_id: string;
  agency: string;
  report_year: number | null;
  scope: string;
  /** The sum of the report's 不予公开 rows (withheld_*), null unless every one of them is reported. */
  refused: number | null;
  /** 办理结果总计 (total_handled), null unless reported. */
  handled: number | null;
  /** Why there is no rate: 'gaps' (a row blank or unreadable), 'none_handled' (0 handled), or null. */
  missing: 'gaps' | 'none_handled' | null;
}

/**
 * The refusal rate's two counts per report with table 三 (docs/views.md defines it): refused = the sum of
 * the 不予公开 rows at 总计, handled = 办理结果总计. A blank or unreadable row is not 0: such a report has
 * no rate, and says why. Money without a unit does not occur here (counts only).
 */
export async function refusalRates(db: Connector, f: Filters, withheldItems: readonly string[]): Promise<RefusalRate[]> {
  const withheld = `x.item IN ${sqlList(withheldItems)}`;
  const rows = await db.query<Omit<RefusalRate, 'missing'> & { rows: number; reported: number } & Record<string, string | number | null>>(`
    SELECT r.report_id, r.agency_id, ${agencyName('r')} AS agency, r.report_year, r.scope,
           count(*) FILTER (WHERE ${withheld})::INTEGER AS rows,
           count(*) FILTER (WHERE ${withheld} AND x.status = 'reported')::INTEGER AS reported,
           sum(x.value) FILTER (WHERE ${withheld} AND x.status = 'reported')::DOUBLE AS refused,
           max(x.value) FILTER (WHERE x.item = 'total_handled' AND x.status = 'reported')::DOUBLE AS handled
    FROM chart_cells x JOIN reports r USING (report_id)
    WHERE x.section = 'applications' AND x.measure = 'total' AND x.year = x.report_year
      AND (${withheld} OR x.item = 'total_handled') AND ${reportCondition(f, 'x')}
    GROUP BY ALL ORDER BY r.agency_id, r.report_year, r.report_id`);
  return rows.map(({ rows: all, reported, ...r }) => {
    const complete = all > 0 && reported === all && r.handled !== null;
    const missing = !complete ? 'gaps' : r.handled === 0 ? 'none_handled' : null;
    return { ...r, refused: reported === all ? r.refused : null, missing };
  });
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

export const SQL_ROW_LIMIT = 10_000;
const READ_ONLY = /^(select|with|from|describe|show|summarize|values|table|pivot|unpivot)\b/i;

/**
 * A user's statement on the dataset, read-only and one statement at a time. The engine has already
 * turned external access off and locked its configuration; this check gives a clear message first.
 * Every statement runs as a subquery, where DuckDB accepts nothing that writes (a top-level
 * `WITH … DELETE` would); EXPLAIN ANALYZE runs what it explains, so it too explains only a subquery.
 */
export async function runUserSql(db: Connector, sql: string): Promise<{ rows: SqlRowOut[]; truncated: boolean }> {
  const statement = sql.trim().replace(/;\s*$/, '');
  const withoutStrings = statement.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"/g, "''");
  const [, explain = '', body] = /^(explain\s+(?:analyze\s+)?)?([\s\S]*)$/i.exec(statement)!;
  if (!READ_ONLY.test(body)) throw new Error('Only read-only queries (SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN) can run here.');
  if (withoutStrings.includes(';')) throw new Error('Run one statement at a time.');
  // The line break keeps a trailing -- comment from swallowing the parenthesis.
  const query = `SELECT * FROM (${body}\n)`;
  const wrapped = explain ? `${explain}${query}` : `${query} LIMIT ${SQL_ROW_LIMIT + 1}`;
  let rows: SqlRowOut[];
  try {
    rows = await db.query<SqlRowOut>(wrapped);
  } catch (e) {
    throw userSqlError((e as Error).message, wrapped, statement);
  }
  return { rows: rows.slice(0, SQL_ROW_LIMIT), truncated: rows.length > SQL_ROW_LIMIT };
}

/** A failed statement: DuckDB's message without the excerpt of the query it ran, and where in the user's own statement it points. */
export class UserSqlError extends Error {
  constructor(readonly duckdb: string, readonly line?: number, readonly column?: number) {
    super(duckdb);
  }
}

/**
 * DuckDB ends a message with `LINE n: <the query it ran>` and a caret: that query is the wrapper around the
 * user's statement, which the page must not show as theirs. The excerpt is dropped and its caret placed in
 * the user's statement (the wrapper inserts `SELECT * FROM (` into its first line, after any EXPLAIN).
 */
export function userSqlError(message: string, wrapped: string, statement: string): UserSqlError {
  const at = /\n+LINE (\d+): (.*)\n( *)\^\s*$/.exec(message);
  if (!at) return new UserSqlError(message.trim());
  const duckdb = message.slice(0, at.index).trim();
  const line = Number(at[1]);
  const quoted = at[2];
  const caret = at[3].length - `LINE ${at[1]}: `.length;
  const wrapperLine = wrapped.split('\n')[line - 1] ?? '';
  // A long line is quoted as a window starting with `...`.
  const start = quoted.startsWith('...') ? wrapperLine.indexOf(quoted.slice(3)) - 3 : 0;
  const column = start + caret - (line === 1 ? 'SELECT * FROM ('.length : 0);
  const userLines = statement.split('\n');
  if (line > userLines.length || column < 0 || column > (userLines[line - 1]?.length ?? 0)) return new UserSqlError(duckdb);
  return new UserSqlError(duckdb, line, column + 1);
}
type SqlRowOut = Record<string, string | number | boolean | null>;

export interface SchemaColumn {
  table_name: string;
  column_name: string;
  data_type: string;
}

/** The columns of the tables and views the SQL view offers, in their order (those of this database, not the packed file's). */
export async function schemaColumns(db: Connector, tables: readonly string[]): Promise<SchemaColumn[]> {
  if (tables.length === 0) return [];
  return db.query<SchemaColumn & Record<string, string>>(`
    SELECT table_name, column_name, data_type FROM information_schema.columns
    WHERE table_catalog = current_database() AND table_schema = 'main' AND table_name IN ${sqlList(tables)}
    ORDER BY table_name, ordinal_position`);
}
