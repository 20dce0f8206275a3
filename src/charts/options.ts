/**
 * Pure functions from query rows to ECharts options. Colours are the Okabe–Ito palette (safe for
 * colour-blind readers) and aria decals add patterns; tooltips escape every name they show.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { escapeHtml } from './escape';

/**
 * Okabe–Ito without its black (a black segment reads as a hole or a shadow), then Paul Tol's indigo, wine
 * and olive: ten colours, so the eight refusal reasons stay apart; decals tell them apart without colour.
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#332288', '#882255', '#999933'];

/** The colour of the i-th series: the views' HTML legends use the same. */
export const seriesColour = (i: number) => PALETTE[i % PALETTE.length];

/** Shares of fewer than this many are too small to read as a rate: greyed and marked. */
export const SMALL_N = 5;

export interface Series {
  name: string;
  values: (number | null)[];
  /** Per point, what the tooltip adds after the value (e.g. the origin when it is not the table), or null. */
  notes?: (string | null)[];
  /** Per point, what the tooltip says where there is no value to draw (a number without a unit), or null. */
  texts?: (string | null)[];
}

/** A series' data: plain numbers, or items that carry their note (with a distinct symbol on lines) or the text shown instead of a value. */
function points(s: Series, symbol?: string) {
  return s.values.map((value, i) => {
    const note = s.notes?.[i];
    const text = s.texts?.[i];
    if (value === null) return text ? { value: null, text } : value;
    return note ? { value, note, ...(symbol ? { symbol, symbolSize: 12 } : {}) } : value;
  });
}

const BASE = {
  color: PALETTE,
  aria: { enabled: true, decal: { show: true } },
  animation: false,
  grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
};

/** Media rules for a phone-wide chart (narrower labels, fewer ticks), so it stays legible. */
const narrow = (option: Record<string, unknown>) => [{ query: { maxWidth: 480 }, option }];

/** `categoryNotes`: per category, a line the tooltip adds under its name (e.g. a failed check), or null. */
function tooltip(format: (v: number) => string, categoryNotes?: (string | null)[]) {
  return {
    trigger: 'axis',
    axisPointer: { type: 'shadow' },
    // Names from documents can be one long word: the tooltip stays inside the chart and wraps them
    // (without sliding there: mid-slide, a wide tooltip sticks out of the page).
    confine: true,
    transitionDuration: 0,
    extraCssText: 'white-space: normal; overflow-wrap: anywhere; max-width: min(480px, 90vw);',
    formatter: (params: { axisValueLabel?: string; dataIndex?: number; seriesName?: string; value?: unknown; marker?: string; data?: unknown }[]) => {
      const list = Array.isArray(params) ? params : [params];
      const head = escapeHtml(list[0]?.axisValueLabel ?? '');
      const categoryNote = categoryNotes?.[list[0]?.dataIndex ?? -1];
      const rows = list.map((p) => {
        const v = Array.isArray(p.value) ? p.value[1] : p.value;
        const { note, text } = (p.data as { note?: string; text?: string } | null) ?? {};
        return `${p.marker ?? ''}${escapeHtml(p.seriesName)}: ${typeof v === 'number' ? escapeHtml(format(v)) : escapeHtml(text ?? '—')}${note ? ` (${escapeHtml(note)})` : ''}`;
      });
      return [head, ...(categoryNote ? [escapeHtml(categoryNote)] : []), ...rows].join('<br/>');
    },
  };
}

/** Bar order: by each category's size (largest first), or as given (the form's and the dataset's order). */
export type BarOrder = 'value' | 'form';

/** The categories' order by size (sum of the absolute values drawn), largest first; ties keep their order. */
export function valueOrder(count: number, series: Series[]): number[] {
  const size = (i: number) => series.reduce((sum, s) => sum + Math.abs(s.values[i] ?? 0), 0);
  return Array.from({ length: count }, (_, i) => i).sort((a, b) => size(b) - size(a) || a - b);
}

const pick = <T>(list: T[] | undefined, order: number[]) => list && order.map((i) => list[i]);

/** A value with its unit (`95 件`, `773.5 万元`); no unit word where none is given. */
const withUnit = (format: (v: number) => string, unit?: string) => (v: number) => `${format(v)}${unit ? ` ${unit}` : ''}`;

/**
 * Bars per category (agency), one series per measure; horizontal keeps long Chinese names legible.
 * `unit` names the axis and follows each value in the tooltip (a number without a unit never reaches a
 * series: it is a text). Shares (`percent`) are of each category's total, its n: the category says it,
 * and a share of fewer than SMALL_N is greyed and marked `n < 5`.
 */
export function barOption(args: {
  categories: string[];
  series: Series[];
  stacked?: boolean;
  percent?: boolean;
  format: (v: number) => string;
  unit?: string;
  order?: BarOrder;
  title?: string;
  /** Per category, a line its tooltip adds under the name (a failed check), or null. */
  categoryNotes?: (string | null)[];
  /**
   * A log scale, so a whole city's report and a single office's read on one axis. Stacked segments cannot
   * be read on it: a stacked chart draws each category's total (`log.total` names it). A value of 0 or
   * less has no place on it: not drawn, its tooltip says `log.zero` of it.
   */
  log?: { total: string; zero: (value: string) => string };
}): EChartsCoreOption {
  const { stacked, percent, format } = args;
  const order = args.order === 'form' ? args.categories.map((_, i) => i) : valueOrder(args.categories.length, args.series);
  const series = args.series.map((s) => ({ ...s, values: order.map((i) => s.values[i]), notes: pick(s.notes, order), texts: pick(s.texts, order) }));
  const totals = order.map((_, i) => series.reduce((sum, x) => sum + (x.values[i] ?? 0), 0));
  const small = totals.map((n) => percent && n > 0 && n < SMALL_N);
  // n on a line of its own under the name, so a truncated name never hides it.
  const categories = order.map((i, at) => (percent ? `${args.categories[i]}\nn = ${formatN(totals[at])}${small[at] ? ` · n < ${SMALL_N}` : ''}` : args.categories[i]));
  const log = args.log && !percent ? args.log : undefined;
  const shares = percent
    ? series.map((s) => ({ ...s, values: s.values.map((v, i) => (v === null || totals[i] === 0 ? null : (100 * v) / totals[i])) }))
    : log ? logSeries(series, !!stacked, log, withUnit(format, args.unit)) : series;
  const data = (s: Series) => points(s).map((p, i) => (small[i] && p !== null ? { ...(typeof p === 'object' ? p : { value: p }), itemStyle: { color: '#bbb', decal: { symbol: 'none' } } } : p));
  return {
    ...BASE,
    title: args.title ? { text: args.title, show: false } : undefined,
    tooltip: tooltip(percent ? (v) => `${v.toFixed(1)}%` : withUnit(format, args.unit), pick(args.categoryNotes, order)),
    grid: { ...BASE.grid, bottom: 28 },
    xAxis: { type: log ? 'log' : 'value', max: percent ? 100 : undefined, ...VALUE_AXIS_NAME, name: percent ? '%' : log ? `${args.unit ?? ''}${args.unit ? ' ' : ''}(log)` : args.unit, axisLabel: { formatter: percent ? '{value}%' : undefined, hideOverlap: true } },
    yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { width: 180, overflow: 'truncate' } },
    series: shares.map((s) => ({ type: 'bar', name: s.name, data: data(s), stack: (stacked && !log) || percent ? 'total' : undefined, barMaxWidth: 28 })),
    media: narrow({ xAxis: { splitNumber: 3 }, yAxis: { axisLabel: { width: 96, fontSize: 11, overflow: 'break', lineHeight: 13 } } }),
  };
}

/**
 * Series for a log axis: a stacked chart's categories as one total each (null where nothing is reported),
 * and values of 0 or less left undrawn, their tooltip saying the value and why it is not drawn.
 */
export function logSeries(series: Series[], stacked: boolean, log: { total: string; zero: (value: string) => string }, format: (v: number) => string): Series[] {
  const count = series[0]?.values.length ?? 0;
  const drawn: Series[] = stacked
    ? [{ name: log.total, values: Array.from({ length: count }, (_, i) => (series.every((s) => s.values[i] === null) ? null : series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0))) }]
    : series;
  return drawn.map((s) => ({
    ...s,
    values: s.values.map((v) => (v !== null && v <= 0 ? null : v)),
    texts: s.values.map((v, i) => s.texts?.[i] ?? (v !== null && v <= 0 ? log.zero(format(v)) : null)),
  }));
}

/** A horizontal bar chart's unit under its value axis, in the middle: at the end it is cut off on a phone. */
const VALUE_AXIS_NAME = { nameLocation: 'middle', nameGap: 24 } as const;

/** n in a label: a count, no decimals. */
const formatN = (n: number) => String(Math.round(n));

/** One rate per category (a share of its own n), with both counts in the tooltip: `5.8%（178 / 3,050）`. */
export function rateOption(args: {
  categories: string[];
  rates: { part: number; whole: number }[];
  name: string;
  format: (v: number) => string;
  order?: BarOrder;
  categoryNotes?: (string | null)[];
}): EChartsCoreOption {
  const value = (i: number) => (100 * args.rates[i].part) / args.rates[i].whole;
  const order = args.categories.map((_, i) => i);
  if (args.order !== 'form') order.sort((a, b) => value(b) - value(a) || a - b);
  const notes = pick(args.categoryNotes, order);
  return {
    ...BASE,
    tooltip: {
      ...tooltip((v) => `${v.toFixed(1)}%`, notes),
      formatter: (params: { dataIndex: number }[]) => {
        const at = (Array.isArray(params) ? params[0] : params).dataIndex;
        const { part, whole } = args.rates[order[at]];
        const note = notes?.[at];
        return [escapeHtml(args.categories[order[at]]), ...(note ? [escapeHtml(note)] : []),
          `${escapeHtml(args.name)}: ${value(order[at]).toFixed(1)}%（${escapeHtml(args.format(part))} / ${escapeHtml(args.format(whole))}）`].join('<br/>');
      },
    },
    grid: { ...BASE.grid, bottom: 28 },
    xAxis: { type: 'value', ...VALUE_AXIS_NAME, name: '%', axisLabel: { formatter: '{value}%', hideOverlap: true } },
    yAxis: { type: 'category', data: order.map((i) => `${args.categories[i]}\nn = ${formatN(args.rates[i].whole)}`), inverse: true, axisLabel: { width: 180, overflow: 'truncate' } },
    series: [{ type: 'bar', name: args.name, data: order.map((i) => ({ value: value(i), itemStyle: args.rates[i].whole < SMALL_N ? { color: '#bbb', decal: { symbol: 'none' } } : undefined })), barMaxWidth: 28,
      label: { show: true, position: 'right', formatter: (p: { value: number }) => `${p.value.toFixed(1)}%` } }],
    media: narrow({ xAxis: { splitNumber: 3 }, yAxis: { axisLabel: { width: 110, fontSize: 11, overflow: 'break', lineHeight: 13 } } }),
  };
}

/** A metric over the years, one line per agency; gaps stay gaps; points with a note are diamonds. */
/**
 * `breaks`: years where the definition of what is drawn changes (a new national form), marked on the axis
 * with a dashed line and a label, so a series that crosses them is not read as one unchanged measure.
 */
export function lineOption(args: {
  years: number[];
  series: Series[];
  format: (v: number) => string;
  breaks?: { year: number; label: string }[];
  /** The y axis' name (the metric's unit, `件`), and what follows each value in the tooltip. */
  unit?: string;
  /** Each line as an index of its own first value (= 100): a small agency's change reads beside a large one's. */
  indexed?: { axisName: string; raw: (v: number) => string };
}): EChartsCoreOption {
  const breaks = (args.breaks ?? []).filter((b) => args.years.includes(b.year));
  const markLine = breaks.length
    ? { markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#555' }, label: { position: 'insideEndTop', formatter: '{b}' },
        data: breaks.map((b) => ({ name: b.label, xAxis: String(b.year) })) } }
    : {};
  const { indexed } = args;
  const series = indexed ? args.series.map((s) => indexSeries(s, indexed.raw)) : args.series;
  return {
    ...BASE,
    tooltip: { ...tooltip(indexed ? (v) => v.toFixed(1) : withUnit(args.format, args.unit)), axisPointer: { type: 'line' } },
    xAxis: { type: 'category', data: args.years.map(String), axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: indexed ? indexed.axisName : args.unit, nameTextStyle: { align: 'left' }, axisLabel: { hideOverlap: true } },
    series: series.map((s, i) => ({ type: 'line', name: s.name, data: points(s, 'diamond'), connectNulls: false, symbolSize: 8, ...(i === 0 ? markLine : {}) })),
    grid: { ...BASE.grid, top: 32 },
    media: narrow({ yAxis: { splitNumber: 4 } }),
  };
}

/**
 * A series as an index of its first value (= 100), each point's note saying the value itself. A series
 * whose first value is 0 has no index (every point would divide by 0): it is left empty, not invented.
 */
export function indexSeries(s: Series, raw: (v: number) => string): Series {
  const base = s.values.find((v) => v !== null) ?? null;
  return {
    ...s,
    values: s.values.map((v) => (v === null || !base ? null : (100 * v) / base)),
    notes: s.values.map((v, i) => (v === null || !base ? null : [raw(v), s.notes?.[i]].filter(Boolean).join('; '))),
  };
}
