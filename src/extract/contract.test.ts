/**
 * The data contract as code: each rule of factProblems, reportProblems and checkProblems, broken alone, is
 * reported (and a value just inside it is not); every fact, report and check extracted from data/raw and the
 * fixtures keeps the contract. The dataset keys are a public contract: every fact must use a key of
 * data/dictionary/form-dictionary.csv. The real PDFs' extractions are checked in realPdfs.test.ts.
 */
import { DATASET_KEYS } from '../vocabulary';
import { readFileSync, readdirSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkProblems, factProblems, reportProblems } from './contract';
import { fixture, rawReport } from './__fixtures__/load';
import type { Check, Fact, Report } from './types';

const dictionary = Papa.parse<Record<string, string>>(readFileSync('data/dictionary/form-dictionary.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;

/** Expand `*`: in a section, every item takes every measure listed for `*`. */
function dictionaryKeys(): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const section of new Set(dictionary.map((r) => r.section))) {
    const rows = dictionary.filter((r) => r.section === section);
    const items = rows.filter((r) => r.measure === '*').map((r) => r.item);
    const measures = rows.filter((r) => r.item === '*').map((r) => r.measure);
    for (const r of rows) {
      if (r.item === '*' || r.measure === '*') continue;
      keys.set(`${section}|${r.item}|${r.measure}`, new Set(r.forms.split(' ')));
    }
    for (const item of items) {
      for (const measure of measures) {
        const forms = new Set(rows.find((r) => r.item === item)!.forms.split(' '));
        keys.set(`${section}|${item}|${measure}`, forms);
      }
    }
  }
  return keys;
}

/** Every engine-free extraction the project holds: data/raw and the fixtures (read in the test, not at load). */
const extracted = () => [
  ...readdirSync('data/raw').filter((f) => f.endsWith('.txt')).map(rawReport),
  ...['html-2021.html', 'pipe-2021.md', 'carryover-2021.md'].map(fixture),
];

// data/raw/001's report, its 其他对外管理服务事项 处理决定数量 (261, line 50) and a check of it, as data/*.csv hold them.
const SHA = '76270e66a3a22d7083bc082f99a6a772f56fa0a9a089ad2465aaa0dc8570e6df';
const FACT: Fact = {
  report_id: '76270e66a3a2', source_file: '001_7016eb35578ea529.txt', agency: '吴忠市民政局', year: 2020, report_year: 2020,
  section: 'active', item: 'other_services', measure: 'decisions', value: 261, unit: 'count', origin: 'table', status: 'reported',
  raw: '261', line: 50, page: null, flags: [],
};
const REPORT: Report = {
  report_id: '76270e66a3a2', source_file: '001_7016eb35578ea529.txt', sha256: SHA, agency: '吴忠市民政局', agency_id: '640300-民政局',
  agency_type: '民政局', province: '宁夏回族自治区', city: '吴忠市', county: '', division_code: '640300', admin_level: 'city', scope: 'body',
  report_year: 2020, year_inferred: false, form_version: '2019', published_date: '', checks_passed: 40, checks_failed: 0,
  agency_as_printed: '吴忠市民政局', source_url: '', metadata_flags: [], metadata_missing: '', layout: 'text',
};
const CHECK: Check = {
  report_id: '76270e66a3a2', check: 'applications.balance.natural_person', status: 'pass', expected: 0, actual: 0,
  detail: 'new_received.natural_person=0 + carried_over.natural_person=0 vs total_handled.natural_person=0 + carried_forward.natural_person=0',
};

describe('factProblems: each rule', () => {
  it.each<[string, Partial<Fact>, string[]]>([
    ['a good fact', {}, []],
    ['an unknown key', { item: 'nonsense' }, ['unknown key active.nonsense.decisions']],
    ['an unknown key is not also judged by its unit', { measure: 'nonsense', unit: '元' }, ['unknown key active.other_services.nonsense']],
    ['a status outside the list', { status: 'guessed' as never, value: null }, ['bad status guessed']],
    ['an origin outside the list', { origin: 'ocr' as never }, ['bad origin ocr']],
    ['reported without a value', { value: null }, ['reported without a finite value']],
    ['reported as NaN', { value: Number.NaN }, ['reported without a finite value']],
    ['reported as Infinity', { value: Number.POSITIVE_INFINITY }, ['reported without a finite value']],
    ['reported as 0', { value: 0, raw: '0' }, []],
    ['blank with a value (0 is a value)', { status: 'blank', value: 0 }, ['blank with a value']],
    ['unreadable with a value', { status: 'unreadable', value: 261 }, ['unreadable with a value']],
    ['blank without a value', { status: 'blank', value: null, raw: '' }, []],
    ['unreadable without a value', { status: 'unreadable', value: null }, []],
    ['a count in 元', { unit: '元' }, ['unit "元" for decisions']],
    ['a count without a unit', { unit: '' }, ['unit "" for decisions']],
    ['a count without a unit and not flagged for it', { unit: '', flags: ['approximate'] }, ['unit "" for decisions']],
    ['money in 万元', { section: 'active', item: 'procurement', measure: 'amount_10k_yuan', value: 773.5, unit: '万元' }, []],
    ['money counted', { section: 'active', item: 'procurement', measure: 'amount_10k_yuan', value: 773.5, unit: 'count' }, ['unit "count" for amount_10k_yuan']],
    ['money without a unit, flagged', { item: 'procurement', measure: 'amount_10k_yuan', value: 56700, unit: '', flags: ['ocr_repaired', 'unit_missing'] }, []],
    ['money in a wrong unit, flagged unit_missing', { item: 'procurement', measure: 'amount_10k_yuan', unit: '元', flags: ['unit_missing'] }, ['unit "元" for amount_10k_yuan']],
    ['a documented flag', { flags: ['approximate'] }, []],
    ['an undocumented flag', { flags: ['made_up' as never] }, ['undocumented flag made_up']],
    ['each undocumented flag', { flags: ['approximate', 'a' as never, 'b' as never] }, ['undocumented flag a', 'undocumented flag b']],
    ['no year', { year: null }, []],
    ['the first year allowed', { year: 1990 }, []],
    ['the last year allowed', { year: 2100 }, []],
    ['a year before 1990', { year: 1989 }, ['bad year 1989']],
    ['a year after 2100', { year: 2101 }, ['bad year 2101']],
    ['a fractional year', { year: 2020.5 }, ['bad year 2020.5']],
    ['no line', { line: null }, []],
    ['line 1', { line: 1 }, []],
    ['line 0', { line: 0 }, ['bad line 0']],
    ['a negative line', { line: -3 }, ['bad line -3']],
    ['a fractional line', { line: 2.5 }, ['bad line 2.5']],
    ['a report_id too short', { report_id: '76270e66a3a' }, ['bad report_id 76270e66a3a']],
    ['a report_id too long', { report_id: '76270e66a3a22' }, ['bad report_id 76270e66a3a22']],
    ['a report_id with a letter before it', { report_id: 'x76270e66a3a2' }, ['bad report_id x76270e66a3a2']],
    ['a report_id in capitals', { report_id: '76270E66A3A2' }, ['bad report_id 76270E66A3A2']],
  ])('%s', (_, change, problems) => {
    expect(factProblems({ ...FACT, ...change })).toEqual(problems);
  });
});

describe('checkProblems', () => {
  it.each(['pass', 'fail', 'not_assessable'])('accepts %s', (status) => {
    expect(checkProblems({ ...CHECK, status: status as Check['status'] })).toEqual([]);
  });

  it('names a status outside the list', () => {
    expect(checkProblems({ ...CHECK, status: 'ok' as never })).toEqual(['bad status ok']);
  });
});

describe('reportProblems: each rule', () => {
  it.each<[string, Partial<Report>, string[]]>([
    ['a good report', {}, []],
    ['a report_id that is not the start of sha256', { report_id: '76270e66a3a3' }, ['report_id is not the start of sha256']],
    ['a sha256 that does not start with report_id', { sha256: `0${SHA.slice(1)}` }, ['report_id is not the start of sha256']],
    ['a report_id of 13 digits of the sha256', { report_id: SHA.slice(0, 13) }, ['report_id is not the start of sha256']],
    ['a report_id of 11 digits of the sha256', { report_id: SHA.slice(0, 11) }, ['report_id is not the start of sha256']],
    ['a report_id in capitals, with the sha256', { report_id: '76270E66A3A2', sha256: SHA.toUpperCase() }, ['report_id is not the start of sha256']],
    ['a form outside the list', { form_version: '2020' as never }, ['bad form_version 2020']],
    ['each form of the list', { form_version: 'pre2019' }, []],
    ['no layout (a report written before the column)', { layout: '' }, []],
    ['a layout of the list', { layout: 'crawler_dump' }, []],
    ['a layout outside the list', { layout: 'scan' as never }, ['bad layout scan']],
    ['a scope outside the list', { scope: 'city' as never }, ['bad scope city']],
    ['another scope of the list', { scope: 'jurisdiction' }, []],
    ['an admin_level outside the list', { admin_level: 'town' as never }, ['bad admin_level town']],
    ['an empty admin_level', { admin_level: '' }, []],
    ['no division code', { division_code: '' }, []],
    ['a division code of 5 digits', { division_code: '64030' }, ['bad division_code 64030']],
    ['a division code of 7 digits', { division_code: '6403001' }, ['bad division_code 6403001']],
    ['a division code after a letter', { division_code: 'x640300' }, ['bad division_code x640300']],
    ['a published date', { published_date: '2021-01-20' }, []],
    ['a published date without leading zeros', { published_date: '2021-1-20' }, ['bad published_date 2021-1-20']],
    ['a published date of a day without its zero', { published_date: '2021-01-2' }, ['bad published_date 2021-01-2']],
    ['a published date of a two-digit year', { published_date: '21-01-20' }, ['bad published_date 21-01-20']],
    ['a published date with text before it', { published_date: '于2021-01-20' }, ['bad published_date 于2021-01-20']],
    ['a published date with text after it', { published_date: '2021-01-20日' }, ['bad published_date 2021-01-20日']],
    ['a published date in words', { published_date: 'abcd-ef-gh' }, ['bad published_date abcd-ef-gh']],
    ['no report year', { report_year: null }, []],
    ['the first report year allowed', { report_year: 1990 }, []],
    ['the last report year allowed', { report_year: 2100 }, []],
    ['a report year before 1990', { report_year: 1989 }, ['bad report_year 1989']],
    ['a report year after 2100', { report_year: 2101 }, ['bad report_year 2101']],
    ['a source file in a folder', { source_file: 'raw/001.txt' }, ['source_file has folders']],
    ['a source file in a Windows folder', { source_file: 'raw\\001.txt' }, ['source_file has folders']],
    ['documented metadata flags', { metadata_flags: ['place_inferred', 'year_inferred'] }, []],
    ['an undocumented metadata flag', { metadata_flags: ['made_up' as never] }, ['undocumented metadata flag made_up']],
    ['an https source url', { source_url: 'https://www.wuzhong.gov.cn/xxgk/2021/1.html' }, []],
    ['an http source url', { source_url: 'http://a.b' }, []],
    ['an ftp source url', { source_url: 'ftp://a.b/c' }, ['bad source_url ftp://a.b/c']],
    ['a source url after text', { source_url: '原文 https://a.b/c' }, ['bad source_url 原文 https://a.b/c']],
    ['a source url with text after a space', { source_url: 'https://a.b/c 原文' }, ['bad source_url https://a.b/c 原文']],
    ['a source url without a host', { source_url: 'https://' }, ['bad source_url https://']],
    ['a long bad source url, named by its first 60 characters', { source_url: `ftp://${'a'.repeat(100)}` }, [`bad source_url ftp://${'a'.repeat(54)}`]],
    ['two broken rules at once', { scope: 'x' as never, source_file: 'a/b' }, ['bad scope x', 'source_file has folders']],
  ])('%s', (_, change, problems) => {
    expect(reportProblems({ ...REPORT, ...change })).toEqual(problems);
  });
});

describe('data contract', () => {
  const keys = dictionaryKeys();

  it('has the same keys in code as in the published form dictionary', () => {
    expect([...DATASET_KEYS.keys()].sort()).toEqual([...keys.keys()].map((k) => k.replaceAll('|', '.')).sort());
    for (const [key, forms] of keys) expect([...DATASET_KEYS.get(key.replaceAll('|', '.'))!].sort(), key).toEqual([...forms].sort());
  });

  // One test, one read of each report: these reads run the whole extractor, and mutation runs repeat a covering test per mutant.
  it('finds no problem in any fact, report or check of data/raw and the fixtures; keys on forms that have them', () => {
    for (const { report, facts, checks } of extracted()) {
      expect(reportProblems(report), report.source_file).toEqual([]);
      for (const f of facts) {
        expect(factProblems(f), `${report.source_file} ${f.item}.${f.measure}`).toEqual([]);
        const forms = keys.get(`${f.section}|${f.item}|${f.measure}`);
        expect(forms, `${report.source_file}: ${f.section}.${f.item}.${f.measure}`).toBeDefined();
        if (f.origin === 'table') expect(forms!.has(report.form_version), `${f.item}.${f.measure} on ${report.form_version}`).toBe(true);
        expect(f.source_file, 'a bare file name').toBe(report.source_file);
      }
      for (const c of checks) expect(checkProblems(c), `${report.source_file} ${c.check}`).toEqual([]);
    }
  });
});
