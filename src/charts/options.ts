/**
 * Pure functions from query rows to ECharts options. Colours are the Okabe–Ito palette (safe for
 * colour-blind readers) and aria decals add patterns; tooltips escape every name they show.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { escapeHtml } from './escape';

export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

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
  grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
  legend: { type: 'scroll', top: 0 },
};

/** Media rules for a phone-wide chart (narrower labels, fewer ticks), so it stays legible. */
const narrow = (option: object) => [{ query: { maxWidth: 480 }, option: { legend: { itemGap: 6 }, ...option } }];

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

/** Bars per category (agency), one series per measure; horizontal keeps long Chinese names legible. */
export function barOption(args: {
  categories: string[];
  series: Series[];
  stacked?: boolean;
  percent?: boolean;
  format: (v: number) => string;
  title?: string;
  /** Per category, a line its tooltip adds under the name (a failed check), or null. */
  categoryNotes?: (string | null)[];
}): EChartsCoreOption {
  const { categories, series, stacked, percent, format } = args;
  const shares = percent
    ? series.map((s) => ({
        ...s,
        values: s.values.map((v, i) => {
          const total = series.reduce((sum, x) => sum + (x.values[i] ?? 0), 0);
          return v === null || total === 0 ? null : (100 * v) / total;
        }),
      }))
    : series;
  return {
    ...BASE,
    title: args.title ? { text: args.title, show: false } : undefined,
    tooltip: tooltip(percent ? (v) => `${v.toFixed(1)}%` : format, args.categoryNotes),
    xAxis: { type: 'value', max: percent ? 100 : undefined, axisLabel: { formatter: percent ? '{value}%' : undefined, hideOverlap: true } },
    yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { width: 140, overflow: 'truncate' } },
    series: shares.map((s) => ({ type: 'bar', name: s.name, data: points(s), stack: stacked || percent ? 'total' : undefined, barMaxWidth: 28 })),
    media: narrow({ xAxis: { splitNumber: 3 }, yAxis: { axisLabel: { width: 96, fontSize: 11, overflow: 'break', lineHeight: 13 } } }),
  };
}

/** A metric over the years, one line per agency; gaps stay gaps; points with a note are diamonds. */
/**
 * `breaks`: years where the definition of what is drawn changes (a new national form), marked on the axis
 * with a dashed line and a label, so a series that crosses them is not read as one unchanged measure.
 */
export function lineOption(args: { years: number[]; series: Series[]; format: (v: number) => string; breaks?: { year: number; label: string }[] }): EChartsCoreOption {
  const breaks = (args.breaks ?? []).filter((b) => args.years.includes(b.year));
  const markLine = breaks.length
    ? { markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#555' }, label: { position: 'insideEndTop', formatter: '{b}' },
        data: breaks.map((b) => ({ name: b.label, xAxis: String(b.year) })) } }
    : {};
  return {
    ...BASE,
    tooltip: { ...tooltip(args.format), axisPointer: { type: 'line' } },
    xAxis: { type: 'category', data: args.years.map(String), axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', axisLabel: { hideOverlap: true } },
    series: args.series.map((s, i) => ({ type: 'line', name: s.name, data: points(s, 'diamond'), connectNulls: false, symbolSize: 8, ...(i === 0 ? markLine : {}) })),
    media: narrow({ yAxis: { splitNumber: 4 } }),
  };
}
