import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FACT_COLUMNS, REPORT_COLUMNS, factsCsv, reportsCsv } from './csv';
import { extractReport } from './extractReport';
import { rawReport } from './__fixtures__/load';
import type { Report } from './types';

describe('dataset CSV', () => {
  it('writes the contract columns in order', () => {
    const { report, facts } = rawReport('001_7016eb35578ea529.txt');
    expect(reportsCsv([report]).split('\n')[0]).toBe(REPORT_COLUMNS.join(','));
    expect(factsCsv(facts).split('\n')[0]).toBe(FACT_COLUMNS.join(','));
  });

  it('writes blank as an empty field and negative numbers as they are', () => {
    const { facts } = rawReport('002_8eaa2870e78a4cb1.txt');
    const rows = Papa.parse<Record<string, string>>(factsCsv(facts), { header: true, skipEmptyLines: true }).data;
    const change = rows.find((r) => r.item === 'other_services' && r.measure === 'change')!;
    expect(change.value).toBe('-42');
    const unreadable = rows.find((r) => r.item === 'disclosed' && r.measure === 'total')!;
    expect(unreadable).toMatchObject({ value: '', status: 'unreadable', raw: '0 0 0 0 0 2', flags: 'cells_missing' });
  });

  it('round-trips hostile text from a document unchanged', () => {
    const hostile = '恶意局"<script>alert(1)</script>,\n=HYPERLINK("x")';
    const { report } = rawReport('001_7016eb35578ea529.txt');
    const csv = reportsCsv([{ ...report, agency: hostile }]);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(1);
    expect(parsed.data[0].agency).toBe(hostile);
  });
});

describe('scope', () => {
  const scopeOf = (agency: string, body: string) => {
    const text = `${agency}2023年政府信息公开工作年度报告\n\n${body}\n\n| 第二十条第（一）项 | | | |\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 | 0 | 0 | 0 |\n`;
    const r = extractReport({ sourceFile: 's.md', sha256: 'c'.repeat(64), text });
    if (!r.ok) throw new Error(r.error);
    return r.report.scope;
  };

  it('is jurisdiction when a people’s government reports for its whole area', () => {
    expect(scopeOf('淮安市人民政府', '2024年，全市共收到政府信息公开申请3119件。')).toBe('jurisdiction');
  });

  it('is unknown for a people’s government that does not say, and body for a department', () => {
    expect(scopeOf('淮安市人民政府', '本机关收到申请12件。')).toBe('unknown');
    expect(scopeOf('淮安市民政局', '全市民政工作稳步推进，收到申请12件。')).toBe('body');
  });
});

describe('dataset CSV cells', () => {
  it('joins a fact’s flags with ; (003’s 采购 amount: a stray backtick removed, no unit)', () => {
    const { facts } = rawReport('003_cf5b7850cf226470.txt');
    const rows = Papa.parse<Record<string, string>>(factsCsv(facts), { header: true, skipEmptyLines: true }).data;
    expect(rows.find((r) => r.item === 'procurement' && r.measure === 'amount_10k_yuan')).toMatchObject({
      value: '56700', unit: '', raw: '`56700', flags: 'ocr_repaired;unit_missing',
    });
  });

  it('writes a field a report kept from before lacks as empty, and ends the file with one line end', () => {
    const { report } = rawReport('001_7016eb35578ea529.txt');
    const { layout: _, ...older } = report;
    const csv = reportsCsv([older as Report]);
    expect(csv.endsWith(',\n')).toBe(true);
    expect(csv.split('\n')).toHaveLength(3);
    expect(Papa.parse<Record<string, string>>(csv, { header: true }).data[0].layout).toBe('');
  });
});
