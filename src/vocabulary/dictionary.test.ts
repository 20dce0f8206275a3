import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFormDictionary } from './dictionary';

describe('form dictionary', () => {
  it('reads the real dictionary, `*` rows included', () => {
    const entries = parseFormDictionary(readFileSync('data/dictionary/form-dictionary.csv', 'utf8'));
    expect(entries.length).toBeGreaterThan(70);
    expect(entries).toContainEqual({ section: 'active', item: 'rules', measure: 'new_made', label_zh: '规章 · 本年新制作数量', forms: '2019', note: '第二十条第（一）项' });
    expect(entries.find((e) => e.section === 'applications' && e.item === '*' && e.measure === 'natural_person')).toBeDefined();
  });

  it('copes with a byte-order mark, quoted commas and blank lines, and names missing columns', () => {
    const text = '\ufeffsection,item,measure,label_zh,forms,note\r\nactive,fees,amount_10k_yuan,"收费, 金额",2021,\r\n\r\n';
    expect(parseFormDictionary(text)).toEqual([{ section: 'active', item: 'fees', measure: 'amount_10k_yuan', label_zh: '收费, 金额', forms: '2021', note: '' }]);
    expect(() => parseFormDictionary('section,item\nactive,fees\n')).toThrow(/missing columns measure, label_zh, forms, note/);
  });
});
