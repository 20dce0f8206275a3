/**
 * The values a chart draws, read back from its ECharts option: the table a screen-reader user (or anyone
 * who wants the numbers) reads instead of the picture. Read from the option, not the rows, so the table
 * holds exactly what is drawn (a share where bars are shares), whatever view built it.
 */
import type { EChartsCoreOption } from 'echarts/core';

export interface ChartTable {
  categories: string[];
  series: { name: string; cells: (number | string | null)[] }[];
  /** The values are percentages (the value axis is labelled in %). */
  percent: boolean;
}

type Axis = { type?: string; data?: unknown[]; axisLabel?: { formatter?: unknown } };
type Point = number | null | { value?: unknown; text?: string };

const one = (axis: unknown): Axis | undefined => (Array.isArray(axis) ? axis[0] : axis) as Axis | undefined;

export function chartTable(option: EChartsCoreOption): ChartTable | null {
  const axes = [one(option.xAxis), one(option.yAxis)];
  const category = axes.find((a) => a?.type === 'category' && Array.isArray(a.data));
  const value = axes.find((a) => a?.type === 'value');
  const series = (Array.isArray(option.series) ? option.series : option.series ? [option.series] : []) as { name?: string; data?: Point[] }[];
  if (!category || series.length === 0) return null;
  const cell = (p: Point | undefined): number | string | null => {
    if (p === null || p === undefined) return null;
    if (typeof p === 'number') return Number.isFinite(p) ? p : null;
    const v = Array.isArray(p.value) ? p.value[1] : p.value;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    return p.text ?? null;
  };
  return {
    categories: category.data!.map((c) => String(typeof c === 'object' && c !== null && 'value' in c ? (c as { value: unknown }).value : c)),
    series: series.map((s) => ({ name: s.name ?? '', cells: category.data!.map((_, i) => cell(s.data?.[i])) })),
    percent: typeof value?.axisLabel?.formatter === 'string' && value.axisLabel.formatter.includes('%'),
  };
}
