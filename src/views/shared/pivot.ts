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
 * What a CSV's `<key>_status` column says beside a value column left empty: the dataset's own status
 * (`blank`, `unreadable`), `unit_missing:<number as printed>` for a number the source gave no unit for
 * (never written under the column's unit), `absent` where the report's form has no such cell. Empty
 * beside a number: the value is the reported figure. docs/views.md describes the shape.
 */
export function statusCell(r: Pick<ReportFigure, 'status' | 'value' | 'flags'> | undefined): { value: number | null; status: string } {
  if (!r) return { value: null, status: 'absent' };
  if (r.status !== 'reported') return { value: null, status: r.status };
  if (isUnitless(r.flags)) return { value: null, status: `unit_missing:${r.value ?? ''}` };
  return { value: r.value, status: '' };
}

/**
 * Rows for a CSV download, as charted: one row per report with a column per key, in the keys' order,
 * each followed by its `<key>_status` column (statusCell), so every value column holds numbers only.
 * `failed_checks` says which checks fail on a report's figures (`checksOf` gets them).
 */
export function wideRows(rows: ReportFigure[], keyOf: (r: ReportFigure) => string, keys: string[], checksOf: (figures: ReportFigure[]) => string) {
  const byReport = new Map<string, { row: Record<string, unknown>; figures: ReportFigure[] }>();
  const empty = () => Object.fromEntries(keys.flatMap((k) => { const { value, status } = statusCell(undefined); return [[k, value], [`${k}_status`, status]]; }));
  for (const r of rows) {
    const entry = byReport.get(r.report_id) ?? { row: { agency: r.agency, agency_id: r.agency_id, year: r.report_year, scope: r.scope, ...empty() } as Record<string, unknown>, figures: [] as ReportFigure[] };
    const k = keyOf(r);
    if (keys.includes(k)) {
      const { value, status } = statusCell(r);
      entry.row[k] = value;
      entry.row[`${k}_status`] = status;
      entry.figures.push(r);
    }
    byReport.set(r.report_id, entry);
  }
  return [...byReport.values()].map(({ row, figures }) => ({ ...row, failed_checks: checksOf(figures) }));
}
