import { describe, expect, it } from 'vitest';
import { unitOf } from './units';

describe('units', () => {
  it('names each figure’s unit as the form does, in the page’s language', () => {
    expect(unitOf({ section: 'applications', item: 'new_received', measure: 'natural_person' }, 'zh')).toBe('件');
    expect(unitOf({ section: 'active', item: 'procurement', measure: 'items' }, 'zh')).toBe('项');
    expect(unitOf({ section: 'active', item: 'procurement', measure: 'amount_10k_yuan' }, 'zh')).toBe('万元');
    expect(unitOf({ section: 'active', item: 'procurement', measure: 'amount_10k_yuan' }, 'en')).toBe('10k yuan');
    expect(unitOf({ section: 'processing_fees', item: 'charged', measure: 'amount_yuan' }, 'zh')).toBe('元');
    expect(unitOf({ section: 'active_volume', item: 'total', measure: 'count' }, 'zh')).toBe('条');
    // No unit is made up for a key the form does not word.
    expect(unitOf({ section: 'pre2019', item: 'disclosure_misc', measure: 'count' }, 'zh')).toBe('');
  });
});
