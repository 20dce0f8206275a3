/** The crosswalk joins only keys that exist, on the forms that have them, and the published CSV is written from it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CROSSWALK, crosswalkCsv, crosswalkTo } from './crosswalk';
import { DATASET_KEYS } from './keys';

describe('pre-2019 crosswalk', () => {
  it('maps pre-2019 keys to 2019/2021 keys of the dictionary', () => {
    for (const row of CROSSWALK) {
      expect(DATASET_KEYS.get(row.from), row.from).toContain('pre2019');
      for (const form of row.toForms) expect(DATASET_KEYS.get(row.to), `${row.to} ${form}`).toContain(form);
      expect(row.note.length, row.from).toBeGreaterThan(40);
    }
    expect(new Set(CROSSWALK.map((r) => r.from)).size).toBe(CROSSWALK.length);
  });

  it('is what the committed data/dictionary/crosswalk.csv holds (npx tsx scripts/extract.ts writes it)', () => {
    expect(readFileSync('data/dictionary/crosswalk.csv', 'utf8')).toBe(crosswalkCsv());
  });

  it('joins requests received across 2019 and leaves refusals and lawsuits out (their 2019 rows are split)', () => {
    expect(crosswalkTo('pre2019.requests_received.count')?.to).toBe('applications.new_received.total');
    expect(crosswalkTo('active_volume.total.count')?.to).toBe('active_volume.total.count');
    expect(crosswalkTo('pre2019.replies_refused.count')).toBeUndefined();
    expect(crosswalkTo('pre2019.litigation.count')).toBeUndefined();
    expect(crosswalkTo('pre2019.requests_received.cumulative')).toBeUndefined();
  });
});
