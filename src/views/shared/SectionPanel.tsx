/** A chart of one source's figures per report, with all of them as CSV: the pattern most views share. */
import type { ReactNode } from 'react';
import { barOption } from '../../charts/options';
import { type ChartCut, chartFigures, failedChecks, failedChecksIn, figures, type FigureSource, inCut } from '../../data/queries';
import { type FailedCheck, failedChecksOn, figureKeys } from '../../data/figureMarks';
import { WARN, checksText, unitlessText } from '../../app/figureText';
import { CheckMarks } from './CheckMarks';
import { runQuery, snapshotOr, useQuery, useSnapshot } from '../../data/useQuery';
import { chartSnapshotKey } from '../../data/snapshot';
import { isUnfiltered } from '../../data/filters';
import type { Filters } from '../../data/filters';
import { formatNumber, unitOf, useT } from '../../app/i18n';
import { ITEM_LABELS, MEASURE_LABELS, ORIGIN_LABELS, label } from '../../app/labels';
import { Panel } from '../../app/ui/Panel';
import { QueryStatus } from './Loading';
import { pivot, reportName, wideRows } from './pivot';

import { MAX_BARS } from './chartLimits';

export { MAX_BARS };

export function SectionPanel(props: {
  id: string;
  title: string;
  filters: Filters;
  section: string;
  /** Where the figures come from when not straight from the section's cells (sums of rows). */
  source?: Exclude<FigureSource, { section: string }>;
  items: string[];
  /** Which axis becomes the series: the measure of one item, or the item at one measure. */
  seriesBy: { measure: string } | { item: string };
  stacked?: boolean;
  percent?: boolean;
  keys: string[];
  note?: ReactNode;
  /**
   * Every panel's cut when several panels of a view read one source: each asks for all of them, so the
   * same SQL runs once and the cache answers the others.
   */
  sharedCuts?: ChartCut[];
}) {
  const { lang } = useT();
  const { filters, items, seriesBy, keys } = props;
  const cut: ChartCut = { items, seriesBy, keys };
  const cuts = props.sharedCuts ?? [cut];
  const mine = cuts.findIndex((c) => JSON.stringify(c) === JSON.stringify(cut));
  const source: FigureSource = props.source ?? { section: props.section, items: [...new Set(cuts.flatMap((c) => c.items))] };
  // Unfiltered, a view's first chart comes from the build's snapshot (the same query, run at build time), so it draws before DuckDB starts.
  const key = chartSnapshotKey(source, cuts, mine);
  const snapshot = useSnapshot();
  const snapped = isUnfiltered(filters) ? snapshot?.charts?.[key] : undefined;
  const q = snapshotOr(useQuery(async (db) => (await chartFigures(db, filters, source, cuts, MAX_BARS))[mine], [filters, key], snapshot !== undefined && !snapped), snapped?.figures);
  const rows = q.data?.rows ?? [];
  const keyOf = (r: { item: string; measure: string }) => ('measure' in seriesBy ? r.item : r.measure);
  const nameOf = (k: string) => ('measure' in seriesBy ? label(ITEM_LABELS, k, lang) : label(MEASURE_LABELS, k, lang));
  const { categories, series } = pivot(rows, keyOf, keys, nameOf, (r) => (r.origin === 'table' ? null : label(ORIGIN_LABELS, r.origin, lang)), (r) => unitlessText(r.value, lang));
  // Each report's failed checks on the figures drawn: its bars keep the printed numbers and are marked.
  const reportIds = [...new Set(rows.map((r) => r.report_id))];
  const fails = snapshotOr(useQuery((db) => failedChecks(db, reportIds), [reportIds.join()], !snapped), snapped?.failed);
  const section = source === 'outcome_groups' ? 'applications' : source.section;
  const marks = categories.map((name) => {
    const drawn = rows.filter((r) => reportName(r) === name);
    return { name, checks: drawn[0] ? failedChecksOn(fails.data ?? [], drawn[0].report_id, drawn.flatMap((r) => figureKeys(section, r.item, r.measure))) : [] };
  });
  const hidden = Math.max(0, (q.data?.reports ?? 0) - MAX_BARS);
  // The download holds every report the chart stands for, fetched when asked for.
  const csvRows = async () => {
    const all = await runQuery((db) => figures(db, filters, source));
    // Grouped by report first: a national download has 150,000 reports.
    const failed = new Map<string, FailedCheck[]>();
    for (const c of await runQuery((db) => failedChecksIn(db, filters))) failed.set(c.report_id, [...(failed.get(c.report_id) ?? []), c]);
    const checksOf = (figs: typeof all) => {
      const mine = figs[0] ? failed.get(figs[0].report_id) : undefined;
      return mine ? checksText(failedChecksOn(mine, figs[0].report_id, figs.flatMap((r) => figureKeys(section, r.item, r.measure))), lang) : '';
    };
    return wideRows(all.filter((r) => inCut(r, cut)), keyOf, keys, checksOf);
  };
  return (
    <Panel
      id={props.id}
      title={props.title}
      unit={unitOf('measure' in seriesBy ? [seriesBy.measure] : keys, props.percent, lang)}
      csvRows={q.data ? csvRows : undefined}
      empty={q.data ? q.data.reports === 0 : undefined}
      option={q.data ? barOption({
        categories: categories.map((c, i) => (marks[i].checks.length ? `${WARN} ${c}` : c)),
        categoryNotes: marks.map((m) => (m.checks.length ? `${WARN} ${checksText(m.checks, lang)}` : null)),
        series, stacked: props.stacked, percent: props.percent, format: (v) => formatNumber(v, lang),
      }) : undefined}
      chartHeight={Math.max(220, 60 + categories.length * 34)}
    >
      <QueryStatus query={q} />
      {props.note && <p className="note" role="note">{props.note}</p>}
      <CheckMarks marks={marks.filter((m) => m.checks.length)} />
      {hidden > 0 && (
        <p className="note" data-testid="hidden-bars">
          {lang === 'zh' ? `图中只画出数值最大的 ${MAX_BARS} 份报告，另有 ${hidden} 份见 CSV。` : `The chart draws the ${MAX_BARS} reports with the largest values; ${hidden} more are in the CSV.`}
        </p>
      )}
    </Panel>
  );
}
