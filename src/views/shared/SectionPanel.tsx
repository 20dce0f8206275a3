/** A chart of one section's facts per report, with the facts as CSV: the pattern most views share. */
import { barOption } from '../../charts/options';
import { sectionFacts, type ReportFigure } from '../../data/queries';
import type { Connector } from '../../data/connector';
import { useQuery } from '../../data/useQuery';
import type { Filters } from '../../data/filters';
import { formatNumber, useT } from '../../app/i18n';
import { ITEM_LABELS, MEASURE_LABELS, ORIGIN_LABELS, label } from '../../app/labels';
import { Panel } from '../../app/ui/Panel';
import { QueryStatus } from './Loading';
import { largest, pivot, wideRows } from './pivot';

/** Reports drawn in one chart at most; the CSV holds them all. */
export const MAX_BARS = 40;

export function SectionPanel(props: {
  id: string;
  title: string;
  filters: Filters;
  section: string;
  items: string[];
  /** Which axis becomes the series: the measure of one item, or the item at one measure. */
  seriesBy: { measure: string } | { item: string };
  stacked?: boolean;
  percent?: boolean;
  keys: string[];
  note?: (rows: ReportFigure[]) => string | null;
  /** Where the figures come from, when not straight from the section's facts (e.g. sums of rows). */
  load?: (db: Connector, filters: Filters) => Promise<ReportFigure[]>;
  /**
   * The items to fetch, when several panels of a view share one query (the same SQL runs once and the
   * cache answers the others); each panel then keeps its own `items`.
   */
  fetchItems?: string[];
}) {
  const { lang } = useT();
  const fetched = props.fetchItems ?? props.items;
  const q = useQuery((db) => (props.load ? props.load(db, props.filters) : sectionFacts(db, props.filters, props.section, fetched)), [props.filters, props.section, fetched.join(), props.load]);
  const mine = props.fetchItems ? (q.data ?? []).filter((r) => props.items.includes(r.item)) : (q.data ?? []);
  const rows = mine.filter((r) => ('measure' in props.seriesBy ? r.measure === props.seriesBy.measure : r.item === props.seriesBy.item));
  const keyOf = (r: ReportFigure) => ('measure' in props.seriesBy ? r.item : r.measure);
  const nameOf = (k: string) => ('measure' in props.seriesBy ? label(ITEM_LABELS, k, lang) : label(MEASURE_LABELS, k, lang));
  const all = pivot(rows, keyOf, props.keys, nameOf, (r) => (r.origin === 'table' ? null : label(ORIGIN_LABELS, r.origin, lang)));
  const { categories, series, hidden } = largest(all.categories, all.series, MAX_BARS);
  const note = props.note?.(mine);
  return (
    <Panel
      id={props.id}
      title={props.title}
      csvRows={q.data ? wideRows(rows, keyOf, props.keys) : undefined}
      option={q.data ? barOption({ categories, series, stacked: props.stacked, percent: props.percent, format: (v) => formatNumber(v, lang) }) : undefined}
      chartHeight={Math.max(220, 60 + categories.length * 34)}
    >
      <QueryStatus query={q} />
      {note && <p className="note" role="note">{note}</p>}
      {hidden > 0 && (
        <p className="note" data-testid="hidden-bars">
          {lang === 'zh' ? `图中只画出数值最大的 ${MAX_BARS} 份报告，另有 ${hidden} 份见 CSV。` : `The chart draws the ${MAX_BARS} reports with the largest values; ${hidden} more are in the CSV.`}
        </p>
      )}
    </Panel>
  );
}
