/** What the section charts draw (Requests, Outcomes, Procurement, Actions, Appeals) and what their CSV downloads hold. */
import type { Connector } from '../connector';
import { type Filters, reportCondition } from '../filters';
import { ORIGIN_RANK, OUTCOME_GROUPS } from '../schema';
import { sqlInt, sqlList, sqlString } from '../sql';
import { NOT_UNITLESS } from './conditions';
import { agencyName } from './names';

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
