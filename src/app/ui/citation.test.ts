import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../data/filters';
import { chartCaption, filtersLine, reproducingAddress, sourceLine } from './citation';

describe('what a published chart carries', () => {
  it('names the dataset, its version and licence, in the page’s language', () => {
    expect(sourceLine('1c8fd354926c', 'zh')).toBe('数据：政府信息公开工作年度报告数据集 v1c8fd354926c, CC BY 4.0');
    expect(sourceLine('1c8fd354926c', 'en')).toBe('Data: Government information disclosure annual reports dataset v1c8fd354926c, CC BY 4.0');
  });

  it('words the filters, with forms and levels in words, or says there are none', () => {
    expect(filtersLine(NO_FILTERS, 'zh')).toBe('筛选：无（全部报告）');
    expect(filtersLine({ ...NO_FILTERS, years: [2023, 2024], forms: ['2021'] }, 'zh')).toBe('筛选：年份 2023、2024；表式 2021 年表式');
    expect(filtersLine({ ...NO_FILTERS, levels: ['county'] }, 'en')).toBe('Filters: Level county');
  });

  it('puts title, unit and filters above the chart, the source and address below', () => {
    const c = chartCaption({ title: '本年新收申请', unit: '件', filters: { ...NO_FILTERS, years: [2023] }, version: 'abc', address: 'http://x/#/requests?year=2023', lang: 'zh' });
    expect(c).toEqual({ head: ['本年新收申请', '单位：件　筛选：年份 2023'], foot: ['数据：政府信息公开工作年度报告数据集 vabc, CC BY 4.0', 'http://x/#/requests?year=2023'] });
  });

  it('gives the address that draws the chart in the full page, without the embed parameters', () => {
    expect(reproducingAddress('http://x/base/#/requests?year=2023&embed=1&chart=requests-new_received&lang=en')).toBe('http://x/base/#/requests?year=2023&lang=en');
    expect(reproducingAddress('http://x/base/')).toBe('http://x/base/');
  });
});
