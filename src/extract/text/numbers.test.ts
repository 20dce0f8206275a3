import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractInputSync } from '../extractInput';
import { factOf, rawReport } from '../__fixtures__/load';
import { mayBeOcrText, parseMoney, parseSigned, readCell, shiftDecimal } from './numbers';

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

describe('readCell: what each kind accepts', () => {
  const value = (raw: string, kind: Parameters<typeof readCell>[1], unit = '', ocr = false) => {
    const r = readCell(raw, kind, unit, ocr);
    return r.kind === 'value' ? r.parsed : r;
  };

  it.each(['—', '–', '-', '－', '/', '／', '\\', '、', '——', ' / '])('reads the dash %j as blank and says so', (dash) => {
    expect(readCell(dash, 'count')).toEqual({ kind: 'blank', flags: ['dash_blank'] });
  });

  it('reads a bare integer as a count only for counts: as money it has no unit (003 prints `56700 for 万元)', () => {
    expect(value('56700', 'count')).toEqual({ value: 56700, unit: 'count', flags: [] });
    expect(value('13', 'signed')).toEqual({ value: 13, unit: 'count', flags: [] });
    expect(value('56700', 'money_10k')).toEqual({ value: 56700, unit: '', flags: ['unit_missing'] });
    expect(value('56700', 'money_yuan', '元')).toEqual({ value: 56700, unit: '元', flags: [] });
  });

  it('counts: units and 余/多 kept as written, decimals and signs refused', () => {
    expect(value('12 件', 'count')).toEqual({ value: 12, unit: 'count', flags: [] });
    for (const unit of ['件', '条', '个', '项', '次', '人次']) expect(value(`7${unit}`, 'count')).toMatchObject({ value: 7, flags: [] });
    expect(value('30多个', 'count')).toEqual({ value: 30, unit: 'count', flags: ['approximate'] });
    expect(value('5余件', 'count')).toEqual({ value: 5, unit: 'count', flags: ['approximate'] });
    for (const bad of ['1.5', '-3', '3 5', '件', '约3']) expect(readCell(bad, 'count'), bad).toEqual({ kind: 'unreadable', flags: ['not_a_number'] });
  });

  it('strips quote marks at either end only, and says so', () => {
    expect(value("56700'", 'count')).toEqual({ value: 56700, unit: 'count', flags: ['ocr_repaired'] });
    expect(value('"12"', 'count')).toEqual({ value: 12, unit: 'count', flags: ['ocr_repaired'] });
    expect(value('‘3’', 'signed')).toEqual({ value: 3, unit: 'count', flags: ['ocr_repaired'] });
    expect(readCell("1'2", 'count').kind).toBe('unreadable');
  });

  it('drops thousands separators only between groups of three digits', () => {
    expect(value('1,234,567', 'count')).toEqual({ value: 1234567, unit: 'count', flags: [] });
    expect(value('12,345.5万元', 'money_10k')).toEqual({ value: 12345.5, unit: '万元', flags: [] });
    expect(value('１，２３４', 'count')).toEqual({ value: 1234, unit: 'count', flags: [] });
    for (const bad of ['1,2345', '1,23', ',123']) expect(readCell(bad, 'count').kind, bad).toBe('unreadable');
  });

  it('rejoins every split decimal of OCR text, and only a point followed by a space', () => {
    expect(value('1. 5', 'money_10k', '万元', true)).toEqual({ value: 1.5, unit: '万元', flags: ['ocr_repaired'] });
    expect(value('743.58 万元', 'money_10k', '', true)).toEqual({ value: 743.58, unit: '万元', flags: [] });
    expect(readCell('1 .5', 'money_10k', '万元', true).kind).toBe('unreadable');
  });
});

describe('which layouts may carry OCR damage', () => {
  it('PDF and text layouts do, Word and HTML do not', () => {
    expect((['pdf', 'text', 'crawler_dump', 'space_aligned'] as const).map(mayBeOcrText)).toEqual([true, true, true, true]);
    expect((['html', 'docx', 'doc'] as const).map(mayBeOcrText)).toEqual([false, false, false]);
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
    expect(parseMoney('1亿元', 4, '')).toEqual({ value: 100000000, unit: '元', flags: [] });
    expect(parseMoney('0.5千元', 4, '')).toEqual({ value: 500, unit: '元', flags: [] });
    expect(parseMoney('36元', 4, '')).toEqual({ value: 36, unit: '元', flags: [] });
  });

  it('reads 千元 as a tenth of 万元', () => {
    expect(parseMoney('5千元', 0, '')).toEqual({ value: 0.5, unit: '万元', flags: [] });
  });

  it('takes the header unit for a bare number, and keeps one without any unit as written', () => {
    expect(parseMoney('12.5', 0, '元')).toEqual({ value: 0.00125, unit: '万元', flags: [] });
    expect(parseMoney('12.5', 4, '万元')).toEqual({ value: 125000, unit: '元', flags: [] });
    expect(parseMoney('12.5', 0, '')).toEqual({ value: 12.5, unit: '', flags: ['unit_missing'] });
    expect(parseMoney('约12.5', 0, '')).toEqual({ value: 12.5, unit: '', flags: ['approximate', 'unit_missing'] });
  });

  it('flags approximate amounts', () => {
    expect(parseMoney('约20万元', 0, '')?.flags).toEqual(['approximate']);
    expect(parseMoney('近 30 万元', 0, '')).toEqual({ value: 30, unit: '万元', flags: ['approximate'] });
    expect(parseMoney('20余万元', 0, '')).toEqual({ value: 20, unit: '万元', flags: ['approximate'] });
    expect(parseMoney('20多万元', 0, '')).toEqual({ value: 20, unit: '万元', flags: ['approximate'] });
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['万元', '1.2.3万元', '-5万元', '5美元', '.5万元', '5.万元', '约']) expect(parseMoney(bad, 0, ''), bad).toBeNull();
  });

  it('shifts signed and short decimals, padding with zeros on either side', () => {
    expect(shiftDecimal('-1.5', 2)).toBe(-150);
    expect(shiftDecimal('+2', 1)).toBe(20);
    expect(shiftDecimal('5', -3)).toBe(0.005);
    expect(shiftDecimal('5', -1)).toBe(0.5);
    expect(shiftDecimal('1.5', 3)).toBe(1500);
    expect(shiftDecimal('12', 0)).toBe(12);
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
    ['新增 4', 4], ['−5', -5], ['减 0', 0], ['减3件', -3], ['增  7 个', 7],
  ])('%s → %d', (text, value) => {
    expect(parseSigned(text)).toEqual({ value, unit: 'count', flags: [] });
  });

  it('rejects what is not a signed count', () => {
    for (const bad of ['增', '9.5', '增减 3', '3件件', '约3', '3 增']) expect(parseSigned(bad), bad).toBeNull();
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

describe('readCell: edges its mutation run found untested', () => {
  it('reads a number followed by a dash as unreadable, not as a blank (only a cell of dashes is blank)', () => {
    expect(readCell('5—', 'count')).toEqual({ kind: 'unreadable', flags: ['not_a_number'] });
  });

  it('strips several quote marks at either end, and a space they leave', () => {
    expect(readCell("''12''", 'count')).toEqual({ kind: 'value', parsed: { value: 12, unit: 'count', flags: ['ocr_repaired'] } });
    expect(readCell('` 12', 'count')).toEqual({ kind: 'value', parsed: { value: 12, unit: 'count', flags: ['ocr_repaired'] } });
  });

  it('never joins two numbers of a signed change across a space (`1 2` is not 12)', () => {
    expect(readCell('1 2', 'signed')).toEqual({ kind: 'unreadable', flags: ['not_a_number'] });
    expect(readCell('增 9', 'signed')).toEqual({ kind: 'value', parsed: { value: 9, unit: 'count', flags: [] } });
  });
});
