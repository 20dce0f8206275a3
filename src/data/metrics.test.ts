import { describe, expect, it } from 'vitest';
import { keyName, metricKey } from './metrics';

describe('trend metrics', () => {
  it('reads a named metric or any key, and refuses the rest', () => {
    expect(metricKey('active_volume')).toEqual({ section: 'active_volume', item: 'total', measure: 'count' });
    expect(metricKey('applications.new_received.natural_person')).toEqual({ section: 'applications', item: 'new_received', measure: 'natural_person' });
    for (const bad of ['toString', '__proto__', 'applications.new_received', "a.b.c'; DROP TABLE facts", 'A.B.C', '']) expect(metricKey(bad), bad).toBeNull();
  });

  it('names a key the way links write it', () => {
    expect(keyName(metricKey('procurement')!)).toBe('active.procurement.amount_10k_yuan');
  });
});
