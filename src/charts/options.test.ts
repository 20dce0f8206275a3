import { describe, expect, it } from 'vitest';
import { PALETTE, barOption, indexSeries, lineOption, logSeries, rateOption } from './options';

const format = (v: number) => String(v);

describe('chart options', () => {
  it('builds bars per agency with a series per measure', () => {
    const o = barOption({ categories: ['吴忠市民政局', '武昌区民政局'], series: [{ name: '自然人', values: [0, 2] }], format, order: 'form' }) as any;
    expect(o.yAxis.data).toEqual(['吴忠市民政局', '武昌区民政局']);
    expect(o.series).toEqual([{ type: 'bar', name: '自然人', data: [0, 2], stack: undefined, barMaxWidth: 28 }]);
    expect(o.aria.enabled).toBe(true);
    // On a phone-wide chart the names wrap instead of losing the year.
    expect(o.media).toEqual([{ query: { maxWidth: 480 }, option: expect.objectContaining({ yAxis: { axisLabel: expect.objectContaining({ overflow: 'break' }) } }) }]);
  });

  it('turns counts into shares of each row total, leaving empty rows empty', () => {
    const o = barOption({ categories: ['a', 'b'], series: [{ name: 'x', values: [10, 0] }, { name: 'y', values: [30, 0] }], percent: true, format, order: 'form' }) as any;
    expect(o.series[0].data).toEqual([25, null]);
    expect(o.series[1].data).toEqual([75, null]);
    expect(o.xAxis.max).toBe(100);
  });

  it('escapes names in tooltips', () => {
    const o = barOption({ categories: ['<img src=x onerror=alert(1)>'], series: [{ name: '<script>alert(1)</script>', values: [1] }], format }) as any;
    const html = o.tooltip.formatter([{ axisValueLabel: '<img src=x onerror=alert(1)>', seriesName: '<script>alert(1)</script>', value: 1, marker: '' }]);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;script&#62;');
  });

  it('keeps gaps in trends', () => {
    const o = lineOption({ years: [2013, 2014], series: [{ name: 'x', values: [83, null] }], format }) as any;
    expect(o.series[0]).toMatchObject({ data: [83, null], connectNulls: false });
    expect(o.xAxis.data).toEqual(['2013', '2014']);
  });

  it('marks a change of form on the axis, once, where the year is drawn', () => {
    const o = lineOption({ years: [2018, 2019, 2020], series: [{ name: 'a', values: [1, 2, 3] }, { name: 'b', values: [4, 5, 6] }], format,
      breaks: [{ year: 2019, label: '2019 年表式' }, { year: 2021, label: '2021 年表式' }] }) as any;
    expect(o.series[0].markLine.data).toEqual([{ name: '2019 年表式', xAxis: '2019' }]);
    expect(o.series[1].markLine).toBeUndefined();
    expect((lineOption({ years: [2018], series: [{ name: 'a', values: [1] }], format }) as any).series[0].markLine).toBeUndefined();
  });

  it('marks points with a note: diamonds on lines, the note (escaped) in the tooltip', () => {
    const o = lineOption({ years: [2023, 2024], series: [{ name: 'x', values: [1136, 2428], notes: [null, '<b>正文陈述</b>'] }], format }) as any;
    expect(o.series[0].data).toEqual([1136, { value: 2428, note: '<b>正文陈述</b>', symbol: 'diamond', symbolSize: 12 }]);
    const html = o.tooltip.formatter([{ axisValueLabel: '2024', seriesName: 'x', value: 2428, data: o.series[0].data[1] }]);
    expect(html).toBe('2024<br/>x: 2428 (&#60;b&#62;正文陈述&#60;/b&#62;)');
    const bar = barOption({ categories: ['a', 'b'], series: [{ name: 'y', values: [8, null], notes: ['n', 'ignored: no value'] }], percent: true, format, order: 'form' }) as any;
    expect(bar.series[0].data).toEqual([{ value: 100, note: 'n' }, null]);
  });

  it('says a unit-less number in the tooltip where no bar is drawn, and a category’s note under its name', () => {
    const o = barOption({
      categories: ['下城区民政局 2020', '吴忠市民政局 2020'],
      series: [{ name: '金额（万元）', values: [null, 773.5], texts: ['56,700（未注明单位）', null] }],
      categoryNotes: ['⚠ <check>', null],
      format,
      order: 'form',
    }) as any;
    // Nothing is drawn for the unit-less amount: the bar's value is null, its text only in the tooltip.
    expect(o.series[0].data).toEqual([{ value: null, text: '56,700（未注明单位）' }, 773.5]);
    const first = o.tooltip.formatter([{ axisValueLabel: '下城区民政局 2020', dataIndex: 0, seriesName: '金额（万元）', value: null, data: o.series[0].data[0] }]);
    expect(first).toBe('下城区民政局 2020<br/>⚠ &#60;check&#62;<br/>金额（万元）: 56,700（未注明单位）');
    const second = o.tooltip.formatter([{ axisValueLabel: '吴忠市民政局 2020', dataIndex: 1, seriesName: '金额（万元）', value: 773.5, data: 773.5 }]);
    expect(second).toBe('吴忠市民政局 2020<br/>金额（万元）: 773.5');
  });

  it('sorts bars by size, largest first, carrying notes, texts and category notes along; the form order on request', () => {
    // New requests 2024/2023 as drawn in Requests: 淮安市 3,119, 洪泽区 21 then 95.
    const args = { categories: ['淮安市人民政府 2024', '洪泽区人民政府 2023', '淮安市洪泽区人民政府 2024'], series: [
      { name: '自然人', values: [3001, 21, 95], notes: [null, 'a', null] }, { name: '商业企业', values: [53, 0, null] }], categoryNotes: [null, '⚠ x', null], format };
    const o = barOption(args) as any;
    expect(o.yAxis.data).toEqual(['淮安市人民政府 2024', '淮安市洪泽区人民政府 2024', '洪泽区人民政府 2023']);
    expect(o.series[0].data).toEqual([3001, 95, { value: 21, note: 'a' }]);
    expect(o.series[1].data).toEqual([53, null, 0]);
    expect(o.tooltip.formatter([{ axisValueLabel: '洪泽区人民政府 2023', dataIndex: 2, seriesName: '自然人', value: 21, data: o.series[0].data[2] }])).toBe('洪泽区人民政府 2023<br/>⚠ x<br/>自然人: 21 (a)');
    expect((barOption({ ...args, order: 'form' }) as any).yAxis.data).toEqual(args.categories);
  });

  it('names the unit on the axis and after each value', () => {
    const o = barOption({ categories: ['吴忠市民政局 2020'], series: [{ name: '金额', values: [773.5] }], format, unit: '万元' }) as any;
    expect(o.xAxis.name).toBe('万元');
    expect(o.tooltip.formatter([{ axisValueLabel: '吴忠市民政局 2020', dataIndex: 0, seriesName: '金额', value: 773.5, data: 773.5 }])).toBe('吴忠市民政局 2020<br/>金额: 773.5 万元');
    expect((lineOption({ years: [2023], series: [{ name: 'x', values: [21] }], format, unit: '件' }) as any).yAxis.name).toBe('件');
  });

  it('has ten colours, none black or near it, all different', () => {
    expect(new Set(PALETTE).size).toBe(10);
    for (const c of PALETTE) {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
      expect(Math.max(r, g, b)).toBeGreaterThan(60);
    }
  });

  it('gives shares their n, and greys and marks a share of fewer than 5', () => {
    // 不予公开 of 洪泽区 2023 (1 + 1 + 1 = 3) and 淮安市 2024 (178).
    const o = barOption({ categories: ['淮安市人民政府 2024', '洪泽区人民政府 2023'], series: [{ name: '国家秘密', values: [2, 1] }, { name: '其他', values: [176, 2] }], percent: true, stacked: true, format }) as any;
    expect(o.yAxis.data).toEqual(['淮安市人民政府 2024\nn = 178', '洪泽区人民政府 2023\nn = 3 · n < 5']);
    expect(o.series[0].data[0]).toBeCloseTo(100 * 2 / 178);
    expect(o.series[0].data[1]).toMatchObject({ itemStyle: { color: '#bbb' } });
    expect(o.series[0].data[1].value).toBeCloseTo(100 / 3);
  });

  it('draws a rate with both counts in the tooltip, highest first', () => {
    const o = rateOption({ categories: ['淮安市人民政府 2024', '洪泽区人民政府 2023'], rates: [{ part: 178, whole: 3050 }, { part: 3, whole: 21 }], name: '拒绝率', format: (v) => v.toLocaleString('en-US') }) as any;
    expect(o.yAxis.data).toEqual(['洪泽区人民政府 2023\nn = 21', '淮安市人民政府 2024\nn = 3050']);
    expect(o.tooltip.formatter([{ dataIndex: 1 }])).toBe('淮安市人民政府 2024<br/>拒绝率: 5.8%（178 / 3,050）');
  });

  it('indexes a series to its first value = 100, leaving a series that starts at 0 empty', () => {
    const s = indexSeries({ name: '洪泽区', values: [null, 21, 95] }, String);
    expect(s.values[0]).toBeNull();
    expect(s.values[1]).toBe(100);
    expect(s.values[2]).toBeCloseTo(452.38, 2);
    expect(s.notes).toEqual([null, '21', '95']);
    expect(indexSeries({ name: 'z', values: [0, 5] }, String).values).toEqual([null, null]);
  });

  it('on a log scale draws a stacked chart’s totals, and leaves 0 undrawn with its value in the tooltip', () => {
    const log = { total: '合计', zero: (v: string) => `${v}（对数刻度不画 0）` };
    // New requests: 淮安市 2024 3,001 + 53 = 3,054 of these two; 下城区 2020 0; 武昌区 2020 2 and a blank.
    const s = logSeries([{ name: '自然人', values: [3001, 0, 2] }, { name: '商业企业', values: [53, 0, null] }], true, log, String);
    expect(s).toEqual([{ name: '合计', values: [3054, null, 2], texts: [null, '0（对数刻度不画 0）', null] }]);
    const o = barOption({ categories: ['a', 'b', 'c'], series: [{ name: 'x', values: [3001, 0, 2] }], stacked: true, format, unit: '件', log, order: 'form' }) as any;
    expect(o.xAxis.type).toBe('log');
    expect(o.series).toHaveLength(1);
    expect(o.series[0].stack).toBeUndefined();
    expect(o.series[0].data).toEqual([3001, { value: null, text: '0 件（对数刻度不画 0）' }, 2]);
  });
});
