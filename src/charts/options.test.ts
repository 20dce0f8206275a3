import { describe, expect, it } from 'vitest';
import { barOption, lineOption } from './options';

const format = (v: number) => String(v);

describe('chart options', () => {
  it('builds bars per agency with a series per measure', () => {
    const o = barOption({ categories: ['吴忠市民政局', '武昌区民政局'], series: [{ name: '自然人', values: [0, 2] }], format }) as any;
    expect(o.yAxis.data).toEqual(['吴忠市民政局', '武昌区民政局']);
    expect(o.series).toEqual([{ type: 'bar', name: '自然人', data: [0, 2], stack: undefined, barMaxWidth: 28 }]);
    expect(o.aria.enabled).toBe(true);
    // On a phone-wide chart the names wrap instead of losing the year.
    expect(o.media).toEqual([{ query: { maxWidth: 480 }, option: expect.objectContaining({ yAxis: { axisLabel: expect.objectContaining({ overflow: 'break' }) } }) }]);
  });

  it('turns counts into shares of each row total, leaving empty rows empty', () => {
    const o = barOption({ categories: ['a', 'b'], series: [{ name: 'x', values: [1, 0] }, { name: 'y', values: [3, 0] }], percent: true, format }) as any;
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
    const bar = barOption({ categories: ['a', 'b'], series: [{ name: 'y', values: [1, null], notes: ['n', 'ignored: no value'] }], percent: true, format }) as any;
    expect(bar.series[0].data).toEqual([{ value: 100, note: 'n' }, null]);
  });

  it('says a unit-less number in the tooltip where no bar is drawn, and a category’s note under its name', () => {
    const o = barOption({
      categories: ['下城区民政局 2020', '吴忠市民政局 2020'],
      series: [{ name: '金额（万元）', values: [null, 773.5], texts: ['56,700（未注明单位）', null] }],
      categoryNotes: ['⚠ <check>', null],
      format,
    }) as any;
    // Nothing is drawn for the unit-less amount: the bar's value is null, its text only in the tooltip.
    expect(o.series[0].data).toEqual([{ value: null, text: '56,700（未注明单位）' }, 773.5]);
    const first = o.tooltip.formatter([{ axisValueLabel: '下城区民政局 2020', dataIndex: 0, seriesName: '金额（万元）', value: null, data: o.series[0].data[0] }]);
    expect(first).toBe('下城区民政局 2020<br/>⚠ &#60;check&#62;<br/>金额（万元）: 56,700（未注明单位）');
    const second = o.tooltip.formatter([{ axisValueLabel: '吴忠市民政局 2020', dataIndex: 1, seriesName: '金额（万元）', value: 773.5, data: 773.5 }]);
    expect(second).toBe('吴忠市民政局 2020<br/>金额（万元）: 773.5');
  });
});
