/** The crosswalk joins only keys that exist, on the forms that have them, and the published CSV says the same. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DATASET_KEYS } from './contract';
import { CROSSWALK, crosswalkTo } from './crosswalk';

const csv = Papa.parse<Record<string, string>>(readFileSync('data/dictionary/crosswalk.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;

describe('pre-2019 crosswalk', () => {
  it('maps pre-2019 keys to 2019/2021 keys of the dictionary', () => {
    for (const row of CROSSWALK) {
      expect(DATASET_KEYS.get(row.from), row.from).toContain('pre2019');
      for (const form of row.toForms) expect(DATASET_KEYS.get(row.to), `${row.to} ${form}`).toContain(form);
      expect(row.note.length, row.from).toBeGreaterThan(40);
    }
    expect(new Set(CROSSWALK.map((r) => r.from)).size).toBe(CROSSWALK.length);
  });

  it('is the data file data/dictionary/crosswalk.csv, row for row', () => {
    expect(csv.map((r) => ({ from: r.from_key, to: r.to_key, toForms: r.to_forms.split(' '), definition: r.definition, note: r.note })))
      .toEqual(CROSSWALK.map((r) => ({ ...r, toForms: [...r.toForms] })));
  });

  it('joins requests received across 2019 and leaves refusals and lawsuits out (their 2019 rows are split)', () => {
    expect(crosswalkTo('pre2019.requests_received.count')?.to).toBe('applications.new_received.total');
    expect(crosswalkTo('active_volume.total.count')?.to).toBe('active_volume.total.count');
    expect(crosswalkTo('pre2019.replies_refused.count')).toBeUndefined();
    expect(crosswalkTo('pre2019.litigation.count')).toBeUndefined();
    expect(crosswalkTo('pre2019.requests_received.cumulative')).toBeUndefined();
  });
});
