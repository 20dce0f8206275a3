import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './dataset';
import { applyCorrections, applyOverrides, parseCorrections, parseOverrides, type Correction } from './sidecars';
import { factOf, rawReport, valueOf } from './__fixtures__/load';

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

describe('sidecar rows, checked one by one', () => {
  const OVERRIDES_HEADER = 'source_file,field,value,reason,source\n';

  it('reads a file saved with a byte-order mark, and strips only that leading mark', () => {
    const row = 'f.txt,city,武\ufeff汉市,r,s\n';
    for (const text of ['\ufeff' + OVERRIDES_HEADER + row, OVERRIDES_HEADER + row]) {
      const { overrides, errors } = parseOverrides(text);
      expect(errors).toEqual([]);
      expect(overrides).toEqual([{ source_file: 'f.txt', field: 'city', value: '武\ufeff汉市', reason: 'r', source: 's' }]);
    }
  });

  it('names every missing column', () => {
    expect(parseOverrides('source_file,field,value\nf.txt,city,x\n')).toEqual({
      overrides: [],
      errors: ['metadata-overrides.csv: missing columns reason, source'],
    });
    expect(parseCorrections('source_file,section,item,measure,year,old_value,new_value\n').errors).toEqual([
      'corrections.csv: missing columns reason, source',
    ]);
  });

  it('gives the file line of each bad override row (the header is line 1)', () => {
    const { overrides, errors } = parseOverrides(
      OVERRIDES_HEADER +
        'f.txt,province,湖北省,r,s\n' + // line 2: fine
        'f.txt,report_id,x,r,s\n' + // line 3: not metadata
        'f.txt,city,武汉市,r,   \n' + // line 4: blank source
        'f.txt,city,武汉市,  ,s\n' + // line 5: blank reason
        'f.txt,county,江岸区\n' + // line 6: too few fields, so no reason or source at all
        'f.txt,county,江岸区,r\n', // line 7: a reason but no source cell
    );
    expect(overrides.map((o) => o.value)).toEqual(['湖北省']);
    expect(errors).toEqual([
      'metadata-overrides.csv row 6: Too few fields: expected 5 fields but parsed 3',
      'metadata-overrides.csv row 7: Too few fields: expected 5 fields but parsed 4',
      'metadata-overrides.csv row 3: field "report_id" cannot be overridden',
      'metadata-overrides.csv row 4: reason and source are required',
      'metadata-overrides.csv row 5: reason and source are required',
      'metadata-overrides.csv row 6: reason and source are required',
      'metadata-overrides.csv row 7: reason and source are required',
    ]);
  });

  it('gives the file line of each bad correction row, and reads blank or spaced cells as no value', () => {
    const { corrections, errors } = parseCorrections(
      HEADER +
        'f.txt,active,licensing,decisions,2020,29,30,r,s\n' + // line 2: fine
        'f.txt,active,licensing,decisions, ,  ,30,r,s\n' + // line 3: fine, no year and no old value
        'f.txt,active,licensing,decisions,2020,29,,r,s\n' + // line 4: no new value
        'f.txt,active,licensing,decisions,2020,29, ,r,s\n' + // line 5: a spaced new value is no value either
        'f.txt,active,licensing,decisions,2020,2九,30,r,s\n' + // line 6: not a number
        'f.txt,active,licensing,decisions,2020,29,30,,s\n' + // line 7: no reason
        'f.txt,active,licensing,decisions,2020,29,30,r, \n' + // line 8: blank source
        'f.txt,active,licensing,decisions,2020,29,30\n' + // line 9: too few fields
        'f.txt,active,licensing,decisions,2020,29,30,  ,s\n' + // line 10: a blank reason
        'f.txt,active,licensing,decisions,2020,29,30,r\n', // line 11: a reason but no source cell
    );
    expect(corrections.map((c) => [c.year, c.old_value, c.new_value])).toEqual([[2020, 29, 30], [null, null, 30]]);
    const must = 'year, old_value and new_value must be numbers (new_value required)';
    expect(errors).toEqual([
      'corrections.csv row 9: Too few fields: expected 9 fields but parsed 7',
      'corrections.csv row 11: Too few fields: expected 9 fields but parsed 8',
      `corrections.csv row 4: ${must}`,
      `corrections.csv row 5: ${must}`,
      `corrections.csv row 6: ${must}`,
      'corrections.csv row 7: reason and source are required',
      'corrections.csv row 8: reason and source are required',
      'corrections.csv row 9: reason and source are required',
      'corrections.csv row 10: reason and source are required',
      'corrections.csv row 11: reason and source are required',
    ]);
  });
});

describe('applying sidecars', () => {
  const correction = (c: Partial<Correction>): Correction =>
    ({ source_file: '001_7016eb35578ea529.txt', section: 'active', item: 'licensing', measure: 'decisions', year: 2020, old_value: 29, new_value: 30, reason: 'r', source: 's', ...c });

  it('overrides only the report its row names (data/raw/metadata-overrides.csv is about 002)', () => {
    const { overrides } = parseOverrides(readFileSync('data/raw/metadata-overrides.csv', 'utf8'));
    const { report } = rawReport('001_7016eb35578ea529.txt');
    applyOverrides(report, overrides);
    expect(report).toMatchObject({ province: '宁夏回族自治区', city: '吴忠市', admin_level: 'city' });
  });

  it('finds the fact by file, section, item, measure and year (a blank year matches any)', () => {
    const cases: [Partial<Correction>, string][] = [
      [{ source_file: '002_8eaa2870e78a4cb1.txt' }, 'no fact 002_8eaa2870e78a4cb1.txt active.licensing.decisions'],
      [{ section: 'active_volume' }, 'no fact 001_7016eb35578ea529.txt active_volume.licensing.decisions'],
      [{ year: 2019 }, 'no fact 001_7016eb35578ea529.txt active.licensing.decisions'],
    ];
    for (const [c, message] of cases) {
      const { facts } = rawReport('001_7016eb35578ea529.txt');
      expect(applyCorrections(facts, [correction(c)])).toEqual({ messages: [`correction not applied: ${message}`], changed: new Set() });
      expect(valueOf(facts, 'active', 'licensing', 'decisions')).toBe(29);
    }
    const { facts } = rawReport('001_7016eb35578ea529.txt');
    expect(applyCorrections(facts, [correction({ year: null })]).messages).toEqual([]);
    expect(valueOf(facts, 'active', 'licensing', 'decisions', { origin: 'corrected' })).toBe(30);
  });

  it('corrects a number read in the narrative (003: 主动公开信息总计388条)', () => {
    const { facts } = rawReport('003_cf5b7850cf226470.txt');
    const c = correction({ source_file: '003_cf5b7850cf226470.txt', section: 'active_volume', item: 'total', measure: 'count', old_value: 388, new_value: 389 });
    expect(applyCorrections(facts, [c]).messages).toEqual([]);
    expect(factOf(facts, 'active_volume', 'total', 'count', { origin: 'corrected' })).toMatchObject({ value: 389, raw: '主动公开信息总计388条' });
  });

  it('says what it read when the old value no longer matches', () => {
    const { facts } = rawReport('003_cf5b7850cf226470.txt');
    const base = { source_file: '003_cf5b7850cf226470.txt', section: 'active_volume', item: 'total', measure: 'count' };
    expect(applyCorrections(facts, [correction({ ...base, old_value: 380 }), correction({ ...base, old_value: null })]).messages).toEqual([
      'correction not applied: 003_cf5b7850cf226470.txt active_volume.total.count reads 388, correction expects 380',
      'correction not applied: 003_cf5b7850cf226470.txt active_volume.total.count reads 388, correction expects no value',
    ]);
    expect(valueOf(facts, 'active_volume', 'total', 'count', { origin: 'narrative' })).toBe(388);
  });

  it('says when the cell it would correct holds no value (002: the unreadable 予以公开 cell)', () => {
    const { facts } = rawReport('002_8eaa2870e78a4cb1.txt');
    expect(factOf(facts, 'applications', 'disclosed', 'natural_person')).toMatchObject({ status: 'unreadable', value: null });
    const c = correction({ source_file: '002_8eaa2870e78a4cb1.txt', section: 'applications', item: 'disclosed', measure: 'natural_person', old_value: 0, new_value: 2 });
    expect(applyCorrections(facts, [c]).messages).toEqual([
      'correction not applied: 002_8eaa2870e78a4cb1.txt applications.disclosed.natural_person reads no value, correction expects 0',
    ]);
  });

  it('does not correct a corrected fact again', () => {
    const { facts } = rawReport('001_7016eb35578ea529.txt');
    const { messages, changed } = applyCorrections(facts, [correction({}), correction({})]);
    expect(messages).toEqual(['correction not applied: no fact 001_7016eb35578ea529.txt active.licensing.decisions']);
    expect(changed.size).toBe(1);
    expect(valueOf(facts, 'active', 'licensing', 'decisions', { origin: 'corrected' })).toBe(30);
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
