import { describe, expect, it } from 'vitest';
import { chartTable } from './chartTable';
import { barOption, lineOption } from './options';

describe('a chart’s table alternative', () => {
  it('reads a bar chart’s categories and series back, a unit-less number as its words and a gap as empty', () => {
    const option = barOption({
      categories: ['吴忠市民政局 2020', '下城区民政局 2020'],
      series: [{ name: '金额', values: [773.5, null], texts: [null, '56,700（未注明单位）'] }, { name: '项目', values: [10, 45] }],
      format: String,
    });
    expect(chartTable(option)).toEqual({
      categories: ['吴忠市民政局 2020', '下城区民政局 2020'],
      series: [{ name: '金额', cells: [773.5, '56,700（未注明单位）'] }, { name: '项目', cells: [10, 45] }],
      percent: false,
    });
  });

  it('gives the shares a percent chart draws, not the counts', () => {
    const t = chartTable(barOption({ categories: ['a'], series: [{ name: 'x', values: [1] }, { name: 'y', values: [3] }], percent: true, format: String }))!;
    expect(t.percent).toBe(true);
    expect(t.series.map((s) => s.cells[0])).toEqual([25, 75]);
  });

  it('reads a line chart by year', () => {
    const t = chartTable(lineOption({ years: [2023, 2024], series: [{ name: '洪泽区', values: [0, 2] }], format: String }))!;
    expect(t.categories).toEqual(['2023', '2024']);
    expect(t.series).toEqual([{ name: '洪泽区', cells: [0, 2] }]);
  });
});
