import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractInputSync } from '../extractInput';
import { factOf, rawReport } from '../__fixtures__/load';
import { parseMoney, parseSigned, readCell, shiftDecimal } from './numbers';

const FIXTURES = 'src/extract/__fixtures__';

describe('readCell', () => {
  it('keeps blank apart from zero', () => {
    expect(readCell('', 'count')).toEqual({ kind: 'blank', flags: [] });
    expect(readCell('   ', 'count').kind).toBe('blank');
    expect(readCell('0', 'count')).toEqual({ kind: 'value', parsed: { value: 0, unit: 'count', flags: [] } });
  });

  it('reads a dash or slash as blank, and says so', () => {
    expect(readCell('—', 'count')).toEqual({ kind: 'blank', flags: ['dash_blank'] });
    expect(readCell('/', 'count')).toEqual({ kind: 'blank', flags: ['dash_blank'] });
  });

  it('marks text that is not a number unreadable', () => {
    expect(readCell('l2', 'count')).toEqual({ kind: 'unreadable', flags: ['not_a_number'] });
    expect(readCell('1,1', 'count').kind).toBe('unreadable');
  });

  it('reads counts with thousands separators and full-width digits', () => {
    expect(readCell('13298', 'count').kind === 'value' && readCell('13298', 'count')).toMatchObject({ parsed: { value: 13298 } });
    expect(readCell('1,234', 'count')).toMatchObject({ parsed: { value: 1234, flags: [] } });
    expect(readCell('１２', 'count')).toMatchObject({ parsed: { value: 12 } });
  });

  it('rejoins a decimal split by OCR in text that went through OCR and flags the repair (002: 1756. 58 万元)', () => {
    expect(readCell('1756. 58 万元', 'money_10k', '', true)).toEqual({
      kind: 'value', parsed: { value: 1756.58, unit: '万元', flags: ['ocr_repaired'] },
    });
  });

  it('never joins `10. 20` in text that no OCR touched (two paragraphs of a Word cell, a list `1. 2`)', () => {
    expect(readCell('10. 20', 'money_10k', '万元')).toEqual({ kind: 'unreadable', flags: ['not_a_number'] });
    expect(readCell('1. 2', 'money_yuan', '元', false)).toEqual({ kind: 'unreadable', flags: ['not_a_number'] });
  });

  it('keeps money without a unit as written and flags it (003: `56700)', () => {
    expect(readCell('`56700', 'money_10k')).toEqual({
      kind: 'value', parsed: { value: 56700, unit: '', flags: ['ocr_repaired', 'unit_missing'] },
    });
  });

  it('uses the unit a form header states for bare numbers (2021 fee column is in 万元)', () => {
    expect(readCell('12.5', 'money_10k', '万元')).toMatchObject({ parsed: { value: 12.5, unit: '万元', flags: [] } });
  });
});

describe('money units', () => {
  it('normalises to 万元 exactly', () => {
    expect(parseMoney('251000元', 0, '')).toEqual({ value: 25.1, unit: '万元', flags: [] });
    expect(parseMoney('743.58万元', 0, '')).toEqual({ value: 743.58, unit: '万元', flags: [] });
    expect(parseMoney('1.2亿元', 0, '')).toEqual({ value: 12000, unit: '万元', flags: [] });
    expect(parseMoney('3元', 0, '')).toEqual({ value: 0.0003, unit: '万元', flags: [] });
  });

  it('normalises to 元 for fees charged', () => {
    expect(parseMoney('1.5万元', 4, '')).toEqual({ value: 15000, unit: '元', flags: [] });
  });

  it('flags approximate amounts', () => {
    expect(parseMoney('约20万元', 0, '')?.flags).toEqual(['approximate']);
  });

  it('shifts decimals without floating point error', () => {
    expect(shiftDecimal('0.1', 1)).toBe(1);
    expect(shiftDecimal('123456789', -4)).toBe(12345.6789);
    expect(0.1 * 3).not.toBe(0.3); // why shiftDecimal exists
    expect(shiftDecimal('0.3', 0)).toBe(0.3);
  });
});

describe('signed changes', () => {
  it.each([
    ['增 9', 9], ['减 2', -2], ['+13', 13], ['-42', -42], ['0', 0], ['增 0', 0], ['12', 12], ['增加3项', 3], ['减少 1', -1],
  ])('%s → %d', (text, value) => {
    expect(parseSigned(text)?.value).toBe(value);
  });

  it('rejects what is not a signed count', () => {
    expect(parseSigned('增')).toBeNull();
    expect(parseSigned('9.5')).toBeNull();
  });
});

/** A cell written as two paragraphs, `10.` and `20`, in the HTML and DOCX of a report, read through the one door. */
describe('a decimal point at a paragraph end in Word and HTML cells', () => {
  const read = (name: string, bytes: Uint8Array) => {
    const result = extractInputSync({ name, bytes }, 'test');
    if (!result.ok) throw new Error(result.error);
    return result.facts;
  };

  it('HTML (html-2021, whose fee cell reads 12.5): the cell is unreadable, not 10.2', () => {
    const html = readFileSync(`${FIXTURES}/html-2021.html`, 'utf8');
    expect(html).toContain('<td colspan="3">12.5</td>');
    const facts = read('fees.html', strToU8(html.replace('<td colspan="3">12.5</td>', '<td colspan="3"><p>10.</p><p>20</p></td>')));
    expect(factOf(facts, 'active', 'fees', 'amount_10k_yuan')).toMatchObject({ value: null, status: 'unreadable', raw: '10. 20', flags: ['not_a_number'] });
    expect(factOf(read('fees.html', strToU8(html)), 'active', 'fees', 'amount_10k_yuan')).toMatchObject({ value: 12.5, unit: '万元' });
  });

  it('DOCX (003, whose procurement amount reads `56700): the cell is unreadable, not 10.2', () => {
    const files = unzipSync(new Uint8Array(readFileSync(`${FIXTURES}/xiacheng-2020.docx`)));
    const xml = strFromU8(files['word/document.xml']);
    expect(xml).toContain('<w:t>`56700</w:t></w:r></w:p>');
    files['word/document.xml'] = strToU8(xml.replace('<w:t>`56700</w:t></w:r></w:p>', '<w:t>10.</w:t></w:r></w:p><w:p><w:r><w:t>20</w:t></w:r></w:p>'));
    const fact = factOf(read('procurement.docx', zipSync(files)), 'active', 'procurement', 'amount_10k_yuan');
    expect(fact).toMatchObject({ value: null, status: 'unreadable', raw: '10. 20', flags: ['not_a_number'] });
  });

  it('text that went through OCR keeps the repair (002 prints 1756. 58 万元 for its fees)', () => {
    const fact = rawReport('002_8eaa2870e78a4cb1.txt').facts.find((f) => f.raw === '1756. 58 万元');
    expect(fact).toMatchObject({ value: 1756.58, unit: '万元', flags: ['ocr_repaired'] });
  });
});
