import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFormDictionary } from './dictionary';
import { ITEM_LABELS, MEASURE_LABELS } from './labels';

describe('labels', () => {
  it('name every item and measure of the form dictionary in Chinese and English', () => {
    const entries = parseFormDictionary(readFileSync('data/dictionary/form-dictionary.csv', 'utf8'));
    const unnamed = entries.flatMap((e) => [
      ...(e.item === '*' || (ITEM_LABELS[e.item]?.zh && ITEM_LABELS[e.item]?.en) ? [] : [`item ${e.item}`]),
      ...(e.measure === '*' || (MEASURE_LABELS[e.measure]?.zh && MEASURE_LABELS[e.measure]?.en) ? [] : [`measure ${e.measure}`]),
    ]);
    expect(unnamed).toEqual([]);
  });
});
