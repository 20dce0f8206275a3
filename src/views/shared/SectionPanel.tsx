/** A chart of one source's figures per report, with all of them as CSV: the pattern most views share. */
import { ITEM_LABELS, label, MEASURE_LABELS, ORIGIN_LABELS } from '../../vocabulary';
import type { ReactNode } from 'react';
import { type BarOrder, SMALL_N, barOption } from '../../charts/options';
import { type ChartCut, chartFigures, failedChecks, failedChecksIn, figures, type FigureSource, inCut, reportCount } from '../../data/queries';
import { type FailedCheck, failedChecksOn, figureKeys } from '../../data/figureMarks';
import { WARN, checksText, unitlessText } from '../../app/figureText';
import { CheckMarks } from './CheckMarks';
import { runQuery, snapshotOr, useQuery, useSnapshot } from '../../data/useQuery';
import { chartSnapshotKey } from '../../data/snapshot';
import { isUnfiltered } from '../../data/filters';
import type { Filters } from '../../data/filters';
import { type Lang, formatNumber, message, useT } from '../../app/i18n';
import { Panel } from '../../app/ui/Panel';
import { QueryStatus } from './Loading';
import { Legend } from './Legend';
import { pivot, reportName, wideRows } from './pivot';
import { unitOf } from '../../app/units';

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
  order?: BarOrder;
  log?: boolean;
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
  // A whole jurisdiction's report (reports.scope: a government whose text counts its whole area) holds its bodies' figures: marked.
  const jurisdiction = new Set(rows.filter((r) => r.scope === 'jurisdiction').map(reportName));
  const drawn = series.some((s) => s.values.some((v) => v !== null));
  const inFilters = useQuery((db) => reportCount(db, filters), [filters]);
  const emptyReason = q.data && !drawn ? whyEmpty(lang, inFilters.data, q.data.reports, series.some((s) => s.texts)) : null;
  const unit = unitOf({ section, item: 'measure' in seriesBy ? items[0] : seriesBy.item, measure: 'measure' in seriesBy ? seriesBy.measure : keys[0] }, lang);
  // Shares are of each report's total in this chart (its n): fewer than SMALL_N is greyed and named.
  const small = props.percent ? categories.filter((_, i) => { const n = series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0); return n > 0 && n < SMALL_N; }) : [];
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
      unit={props.percent ? message('unitShare', lang) : unit}
      csvRows={q.data ? csvRows : undefined}
      empty={q.data ? q.data.reports === 0 : undefined}
      option={q.data && drawn ? barOption({
        categories: categories.map((c, i) => `${marks[i].checks.length ? `${WARN} ` : ''}${jurisdiction.has(c) ? `${JURISDICTION_MARK} ` : ''}${c}`),
        categoryNotes: marks.map((m, i) => [jurisdiction.has(categories[i]) ? jurisdictionNote(lang) : '', m.checks.length ? `${WARN} ${checksText(m.checks, lang)}` : ''].filter(Boolean).join(lang === 'zh' ? '；' : '; ') || null),
        series, stacked: props.stacked, percent: props.percent, format: (v) => formatNumber(v, lang), unit, order: props.order,
        log: props.log ? { total: lang === 'zh' ? '合计' : 'Total', zero: (v) => (lang === 'zh' ? `${v}（对数刻度不画 0）` : `${v} (0 is not drawn on a log scale)`) } : undefined,
      }) : undefined}
      // Shares put n on a second line under each name.
      chartHeight={Math.max(220, 70 + categories.length * (props.percent ? 48 : 34))}
    >
      <QueryStatus query={q} />
      {emptyReason && <p className="note empty-reason" data-testid="empty-reason">{emptyReason}</p>}
      {drawn && props.log && !props.percent && (
        <p className="note" data-testid="log-note">
          {lang === 'zh'
            ? `对数刻度：每格是前一格的 10 倍，便于把全辖区与单个机关放在同一轴上看${props.stacked ? '；堆叠的各段在对数刻度上无法按比例读，因此每份报告只画合计（各项见 CSV 与线性刻度）' : ''}；0 不画出。`
            : `Log scale: each step is ten times the last, so a whole jurisdiction and a single office read on one axis${props.stacked ? '; stacked parts cannot be read on it, so each report is drawn as its total (the parts are in the CSV and on the linear scale)' : ''}; 0 is not drawn.`}
        </p>
      )}
      {drawn && !(props.log && props.stacked && !props.percent) && <Legend names={series.map((s) => s.name)} extra={small.length ? { colour: '#bbb', text: `n < ${SMALL_N}` } : undefined} />}
      {drawn && jurisdiction.size > 0 && (
        <p className="note" data-testid="jurisdiction-note">
          {JURISDICTION_MARK} {jurisdictionNote(lang)}{lang === 'zh' ? '：与单个机关的报告不在同一量级。' : ': not on the same scale as a single body’s.'}
        </p>
      )}
      {small.length > 0 && (
        <p className="note" data-testid="small-n">
          {lang === 'zh' ? `灰色：占比的基数 n 小于 ${SMALL_N}，不宜作比例解读：${small.join('、')}` : `Grey: a share of fewer than ${SMALL_N} (its n), too few to read as a rate: ${small.join(', ')}`}
        </p>
      )}
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

/** Put before a category whose report covers a whole jurisdiction (reports.scope): short, so the name keeps its year. */
export const JURISDICTION_MARK = '▲';
export const jurisdictionNote = (lang: Lang) => (lang === 'zh' ? '全辖区报告，含其所属各机关' : 'A whole jurisdiction’s report, its bodies included');

/** Why a chart has nothing to draw: no report in the filters, none with these rows, or only gaps. */
function whyEmpty(lang: Lang, inFilters: number | undefined, withRows: number, unitless: boolean): string {
  const zh = lang === 'zh';
  if (inFilters === 0) return zh ? '筛选条件下没有报告。' : 'No report matches these filters.';
  if (withRows === 0) return zh ? `筛选出的 ${inFilters ?? '—'} 份报告都没有这张表的行。` : `None of the ${inFilters ?? '—'} reports selected has this table’s rows.`;
  if (unitless) return zh ? `筛选出的 ${withRows} 份报告有这张表，但其数值未注明单位或空白，不画入图中。` : `${withRows} reports selected have this table, but their amounts have no unit or are blank: nothing is drawn.`;
  return zh ? `筛选出的 ${withRows} 份报告有这张表，但这些行全部空白或无法识别。` : `${withRows} reports selected have this table, but its rows are all blank or unreadable.`;
}
