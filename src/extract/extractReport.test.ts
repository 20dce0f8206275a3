/** extractReport's own decisions: the report row's identity and scope, and which tables it reads where. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport, type ReportInput } from './extractReport';
import { rawReport } from './__fixtures__/load';
import type { Fact } from './types';

const SHA = 'ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789';
const read = (text: string, document?: ReportInput['document']) => {
  const result = extractReport({ sourceFile: 'x.txt', sha256: SHA, text, document });
  if (!result.ok) throw new Error(result.error);
  return result;
};
const raw001 = () => readFileSync('data/raw/001_7016eb35578ea529.txt', 'utf8');
const valuesOf = (facts: Fact[], section: string) =>
  facts.filter((f) => f.section === section && f.origin === 'table').map((f) => [f.item, f.measure, f.value, f.status]);

describe('extractReport', () => {
  it('keeps the SHA-256 and the report id in lower case, whatever case it is given', () => {
    const { report } = read('平潭县人民政府2011年政府信息公开工作年度报告\n本机关受理政府信息公开申请12件。');
    expect(report.sha256).toBe(SHA.toLowerCase());
    expect(report.report_id).toBe('abcdef012345');
  });

  it.each([
    ['a people’s government speaking for its county', '平潭县人民政府', '全县各级行政机关共受理政府信息公开申请12件。', 'jurisdiction'],
    ['a people’s government that does not say so', '平潭县人民政府', '本机关受理政府信息公开申请12件。', 'unknown'],
    ['a government’s office, which is one body even where it speaks of the county', '平潭县人民政府办公室', '全县各级行政机关共受理政府信息公开申请12件。', 'body'],
  ])('scope: %s', (_, agency, sentence, scope) => {
    const { report } = read(`${agency}2011年政府信息公开工作年度报告\n${sentence}`);
    expect(report).toMatchObject({ agency, scope });
  });

  it('reads a report title broken over two lines', () => {
    const { report } = read('平潭县人民政府2011年政府信息公开工作年度\n报告\n本机关受理政府信息公开申请12件。');
    expect(report).toMatchObject({ form_version: 'pre2019', agency: '平潭县人民政府', report_year: 2011 });
  });

  it('leaves the place blank and says everything it could not read, when no body or year is named', () => {
    const { report } = read('政府信息公开工作年度报告\n本机关受理政府信息公开申请12件。');
    expect(report).toMatchObject({
      agency: '', agency_type: '', province: '', city: '', county: '', division_code: '', admin_level: '', scope: 'unknown', report_year: null,
      metadata_missing: 'agency: no title, opening sentence, signature or page field names the reporting body; year: no title year, statistics period or signature date',
    });
  });

  it('reads table 二 of a report cut short before table 三 (001 up to its line 62)', () => {
    const whole = rawReport('001_7016eb35578ea529.txt');
    const cut = read(raw001().split('\n').slice(0, 62).join('\n'));
    expect(valuesOf(cut.facts, 'applications')).toEqual([]);
    const active = valuesOf(whole.facts, 'active');
    expect(active).toContainEqual(['licensing', 'decisions', 29, 'reported']);
    expect(valuesOf(cut.facts, 'active')).toEqual(active);
  });

  it('flags every fact of a document read by OCR', () => {
    const { document } = rawReport('001_7016eb35578ea529.txt');
    const { facts } = read('', { ...document, layout: 'ocr' });
    expect(facts.length).toBeGreaterThan(100);
    expect(facts.every((f) => f.flags.includes('ocr'))).toBe(true);
  });
});
