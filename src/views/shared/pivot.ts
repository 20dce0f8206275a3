/** Reshape long query rows (report × key) into chart categories and series. */
import type { ReportFigure } from '../../data/queries';
import type { Series } from '../../charts/options';
import { isUnitless } from '../../data/figureMarks';

export const reportName = (r: { agency: string; report_year: number | null }) => `${r.agency} ${r.report_year ?? ''}`.trim();

/** A value the charts show: reported, and not money whose unit the source left out (never summed or drawn). */
const charted = (r: ReportFigure) => r.status === 'reported' && !isUnitless(r.flags);
const unitless = (r: ReportFigure) => r.status === 'reported' && isUnitless(r.flags);

/**
 * One category per report, one series per key (item or measure), values null where not reported;
 * `noteOf` gives a point's note (its origin when not the table), `unitlessText` what the tooltip says
 * instead of a number printed without a unit (which is not drawn).
 */
export function pivot(rows: ReportFigure[], keyOf: (r: ReportFigure) => string, keys: string[], name: (key: string) => string, noteOf: (r: ReportFigure) => string | null = () => null, unitlessText?: (r: ReportFigure) => string) {
  const categories: string[] = [];
  const index = new Map<string, number>();
  for (const r of rows) {
    const c = reportName(r);
    if (!index.has(c)) {
      index.set(c, categories.length);
      categories.push(c);
    }
  }
  const series: Series[] = keys.map((key) => {
    const values: (number | null)[] = Array(categories.length).fill(null);
    const notes: (string | null)[] = Array(categories.length).fill(null);
    const texts: (string | null)[] = Array(categories.length).fill(null);
    for (const r of rows) {
      if (keyOf(r) !== key) continue;
      const at = index.get(reportName(r))!;
      if (charted(r)) {
        values[at] = r.value;
        notes[at] = noteOf(r);
      } else if (unitless(r) && unitlessText) texts[at] = unitlessText(r);
    }
    return { name: name(key), values, notes, ...(texts.some(Boolean) ? { texts } : {}) };
  });
  return { categories, series: series.filter((s) => s.values.some((v) => v !== null) || s.texts) };
}

/**
 * Rows for a CSV download, as charted: one row per report with a column per key, in the keys' order; a
 * gap is named, and a number printed without a unit is written as `unitlessCell` words it, never bare
 * under the column's unit. `failed_checks` says which checks fail on a report's figures (`checksOf`
 * gets them), so the numbers stay numbers.
 */
export function wideRows(rows: ReportFigure[], keyOf: (r: ReportFigure) => string, keys: string[], unitlessCell: (r: ReportFigure) => string, checksOf: (figures: ReportFigure[]) => string) {
  const byReport = new Map<string, { row: Record<string, unknown>; figures: ReportFigure[] }>();
  for (const r of rows) {
    const entry = byReport.get(r.report_id) ?? { row: { agency: r.agency, agency_id: r.agency_id, year: r.report_year, scope: r.scope, ...Object.fromEntries(keys.map((k) => [k, null])) }, figures: [] };
    const k = keyOf(r);
    if (keys.includes(k)) {
      entry.row[k] = charted(r) ? r.value : unitless(r) ? unitlessCell(r) : r.status;
      entry.figures.push(r);
    }
    byReport.set(r.report_id, entry);
  }
  return [...byReport.values()].map(({ row, figures }) => ({ ...row, failed_checks: checksOf(figures) }));
}
