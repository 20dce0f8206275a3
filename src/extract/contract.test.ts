/** The dataset keys are a public contract: every fact must use a key of data/dictionary/form-dictionary.csv. */
import { DATASET_KEYS, FLAGS } from '../vocabulary';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkProblems, factProblems, reportProblems } from './contract';
import { HAVE_SHARED, SHARED_REPORTS, fixture, rawReport } from './__fixtures__/load';
import { extractPdf } from './__fixtures__/engines';

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

const all = [
  ...readdirSync('data/raw').filter((f) => f.endsWith('.txt')).map(rawReport),
  ...['html-2021.html', 'pipe-2021.md', 'carryover-2021.md'].map(fixture),
  ...(HAVE_SHARED ? await Promise.all(readdirSync(join(SHARED_REPORTS, 'pdf')).map((f) => extractPdf(join(SHARED_REPORTS, 'pdf', f)))) : []),
];

describe('data contract', () => {
  const keys = dictionaryKeys();

  it('has the same keys in code as in the published form dictionary', () => {
    expect([...DATASET_KEYS.keys()].sort()).toEqual([...keys.keys()].map((k) => k.replaceAll('|', '.')).sort());
    for (const [key, forms] of keys) expect([...DATASET_KEYS.get(key.replaceAll('|', '.'))!].sort(), key).toEqual([...forms].sort());
  });

  it('finds no problem in any extracted fact, report or check', () => {
    for (const { report, facts, checks } of all) {
      expect(reportProblems(report), report.source_file).toEqual([]);
      for (const f of facts) expect(factProblems(f), `${report.source_file} ${f.item}.${f.measure}`).toEqual([]);
      for (const c of checks) expect(checkProblems(c), `${report.source_file} ${c.check}`).toEqual([]);
    }
  });

  it('catches what breaks the contract', () => {
    const good = all[0].facts[0];
    expect(factProblems({ ...good, status: 'blank', value: 0 })).toEqual(['blank with a value']);
    expect(factProblems({ ...good, item: 'nonsense' })).toEqual(['unknown key active.nonsense.' + good.measure]);
    expect(factProblems({ ...good, flags: ['made_up' as never] })).toEqual(['undocumented flag made_up']);
    expect(checkProblems({ ...all[0].checks[0], status: 'ok' as never })).toEqual(['bad status ok']);
  });

  it('uses only keys of the form dictionary, on forms that have them', () => {
    for (const { report, facts } of all) {
      for (const f of facts) {
        const forms = keys.get(`${f.section}|${f.item}|${f.measure}`);
        expect(forms, `${report.source_file}: ${f.section}.${f.item}.${f.measure}`).toBeDefined();
        if (f.origin === 'table') expect(forms!.has(report.form_version), `${f.item}.${f.measure} on ${report.form_version}`).toBe(true);
      }
    }
  });

  it('uses only documented flags', () => {
    const documented = new Set(Object.keys(FLAGS));
    for (const { facts } of all) for (const f of facts) for (const flag of f.flags) expect(documented.has(flag), flag).toBe(true);
  });

  it('keeps report_id the first 12 hex digits of the SHA-256', () => {
    for (const { report } of all) {
      expect(report.report_id).toMatch(/^[0-9a-f]{12}$/);
      expect(report.sha256.startsWith(report.report_id)).toBe(true);
    }
  });

  it('keeps source_file a bare file name', () => {
    for (const { facts } of all) for (const f of facts) expect(f.source_file).not.toMatch(/[\\/]/);
  });
});
