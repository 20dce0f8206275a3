import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './dataset';
import { applyCorrections, parseCorrections, parseOverrides } from './sidecars';
import { factOf, rawReport } from './__fixtures__/load';

const HEADER = 'source_file,section,item,measure,year,old_value,new_value,reason,source\n';

describe('corrections', () => {
  it('replaces a value only when the old value still matches, keeping raw text and flags', () => {
    const { facts } = rawReport('001_7016eb35578ea529.txt');
    const { corrections, errors } = parseCorrections(
      HEADER +
        '001_7016eb35578ea529.txt,active,licensing,decisions,2020,29,30,typo in source,agency erratum\n' +
        '001_7016eb35578ea529.txt,active,penalty,decisions,2020,5,6,stale,nowhere\n',
    );
    expect(errors).toEqual([]);
    const { messages, changed } = applyCorrections(facts, corrections);
    expect([...changed]).toEqual([facts[0].report_id]);
    expect(factOf(facts, 'active', 'licensing', 'decisions', { origin: 'corrected' })).toMatchObject({ value: 30, raw: '29', flags: ['corrected'] });
    expect(facts.some((f) => f.item === 'licensing' && f.measure === 'decisions' && f.origin === 'table')).toBe(false);
    expect(messages).toEqual(['correction not applied: 001_7016eb35578ea529.txt active.penalty.decisions reads 0, correction expects 5']);
    expect(factOf(facts, 'active', 'penalty', 'decisions').value).toBe(0);
  });

  it('rejects rows without a reason or source, or with non-numbers', () => {
    const { corrections, errors } = parseCorrections(HEADER + 'f,active,fees,change,2020,,x,r,s\nf,active,fees,change,2020,,1,,s\n');
    expect(corrections).toEqual([]);
    expect(errors).toHaveLength(2);
    expect(parseCorrections('a,b\n1,2\n').errors[0]).toMatch(/missing columns/);
  });

  it('fixes 002’s unreadable 予以公开 row from the report’s own totals (data/raw/corrections.csv)', () => {
    const { corrections, errors } = parseCorrections(readFileSync('data/raw/corrections.csv', 'utf8'));
    expect(errors).toEqual([]);
    const dataset = buildDataset([rawReport('002_8eaa2870e78a4cb1.txt')], { corrections });
    expect(dataset.messages).toEqual([]);
    const disclosed = dataset.facts.filter((f) => f.item === 'disclosed');
    expect(disclosed.map((f) => f.value)).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(disclosed.every((f) => f.origin === 'corrected' && f.raw === '0 0 0 0 0 2' && f.flags.includes('cells_missing'))).toBe(true);
    // With the row read, table 三 of 002 adds up.
    expect(dataset.checks.filter((c) => c.check.startsWith('applications.') && c.status !== 'pass')).toEqual([]);
  });
});

describe('metadata overrides', () => {
  it('keeps 002 unnamed but places it in 武汉市 (data/raw/metadata-overrides.csv)', () => {
    const { overrides, errors } = parseOverrides(readFileSync('data/raw/metadata-overrides.csv', 'utf8'));
    expect(errors).toEqual([]);
    const dataset = buildDataset([rawReport('002_8eaa2870e78a4cb1.txt')], { overrides });
    expect(dataset.reports[0]).toMatchObject({ agency: '', province: '湖北省', city: '武汉市', admin_level: 'county', agency_id: `unknown-${dataset.reports[0].report_id}` });
  });

  it('refuses fields that are not metadata', () => {
    const { errors } = parseOverrides('source_file,field,value,reason,source\nf,report_id,x,r,s\n');
    expect(errors[0]).toMatch(/cannot be overridden/);
  });
});

describe('buildDataset', () => {
  it('counts the same file added twice once', () => {
    const a = rawReport('001_7016eb35578ea529.txt');
    const b = rawReport('001_7016eb35578ea529.txt');
    const dataset = buildDataset([a, { ...b, report: { ...b.report, source_file: 'copy.txt' } }]);
    expect(dataset.reports).toHaveLength(1);
    expect(dataset.messages).toEqual(['copy.txt: same file as 001_7016eb35578ea529.txt, counted once']);
  });
});
