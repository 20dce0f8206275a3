import { beforeEach, describe, expect, it } from 'vitest';
import { parseSourcesCsv, sharedTexts, SOURCE_COLUMNS, sourceRow, sourcesCsv } from './sources';
import { rawReport, type Read } from './__fixtures__/load';

describe('sources.csv rows', () => {
  let r004 = {} as Read;
  beforeEach(() => { r004 = rawReport('004_2b3c48189698253f.txt'); });

  it('say which file a report was read from, where it lives, and which reports share its text', () => {
    const row = sourceRow(r004.report, 'text', 'data/raw/004_2b3c48189698253f.txt', ['a', 'b']);
    expect(row).toMatchObject({
      report_id: r004.report.report_id, source_file: '004_2b3c48189698253f.txt', agency: '浑江区民政局',
      report_year: '2017', form_version: 'pre2019', layout: 'text', location: 'data/raw/004_2b3c48189698253f.txt',
      shares_text_with: 'a;b',
    });
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sourceRow({ ...r004.report, report_year: null }, 'text', '', []).report_year).toBe('');
  });

  it('round-trip through the CSV in the published column order, a byte-order mark and blank lines aside', () => {
    const row = sourceRow(r004.report, 'text', 'data/raw/004_2b3c48189698253f.txt', []);
    const csv = sourcesCsv([row]);
    expect(csv.split('\n')[0]).toBe(SOURCE_COLUMNS.join(','));
    expect(csv.endsWith('\n')).toBe(true);
    expect(parseSourcesCsv(`\ufeff${csv}\n\n`)).toEqual([row]);
    expect(parseSourcesCsv(`${SOURCE_COLUMNS.join(',')}\n,x.txt\n`)).toEqual([]);
  });
});

describe('sharedTexts: one text published by two bodies in one year', () => {
  const doc = (text: string) => ({ layout: 'text' as const, rows: [], lines: text.split('\n').map((t, i) => ({ text: t, line: i + 1, page: null })) });
  const report = (id: string, year: number | null) => ({ report_id: id, report_year: year }) as Parameters<typeof sharedTexts>[0][number]['report'];
  const body = '本机关依照条例规定主动公开政府信息一千八百五十三条，受理依申请公开七件，全部按期答复，未收到行政复议申请。'.repeat(3);

  it('pairs the same year’s near-identical texts both ways, spaces and line breaks aside', () => {
    const out = sharedTexts([
      { report: report('a', 2011), document: doc(body) },
      { report: report('b', 2011), document: doc(body.replace(/，/g, '，\n ').replace('七件', '八件')) },
      { report: report('c', 2011), document: doc('完全不同的一份报告文字，讲的是另一件事情，与上面没有共同的句子。'.repeat(3)) },
    ]);
    expect(Object.fromEntries(out)).toEqual({ a: ['b'], b: ['a'] });
  });

  it('never pairs reports of different years or without a year, however alike', () => {
    expect(sharedTexts([{ report: report('a', 2011), document: doc(body) }, { report: report('b', 2013), document: doc(body) }]).size).toBe(0);
    expect(sharedTexts([{ report: report('a', null), document: doc(body) }, { report: report('b', null), document: doc(body) }]).size).toBe(0);
  });

  it('pairs only at or above the threshold of shared 8-character runs', () => {
    // 200 different characters: the first half shares 93 of the whole's 193 runs (0.48).
    const whole = Array.from({ length: 200 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    const pair = [{ report: report('a', 2011), document: doc(whole) }, { report: report('b', 2011), document: doc(whole.slice(0, 100)) }];
    expect(sharedTexts(pair).size).toBe(0);
    expect(sharedTexts(pair, 0.3).size).toBe(2);
  });
});
