/**
 * The one door (extractInput): Word files of a real report read as the text export of the same report is,
 * and every unreadable input answered with a message instead of a throw. The Word fixtures are
 * data/raw/003 (下城区民政局 2020) written by LibreOffice; the numbers below were read in that file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NODE_ENGINES } from '../../scripts/readReports';
import { DOC_NEEDS_ENGINE, extractInput, extractInputSync } from './extractInput';
import { MAX_REPORT_BYTES } from './input';
import { factProblems, reportProblems } from './contract';
import { docxDocument } from './layout/docx';
import { compactLabel } from './text/normalize';
import { extractFile, factOf, rawReport, valueOf } from './__fixtures__/load';
import { readThroughDoor } from './__fixtures__/engines';

const FIXTURES = 'src/extract/__fixtures__';
const docxBytes = new Uint8Array(readFileSync(`${FIXTURES}/xiacheng-2020.docx`));
const RELS = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/></Relationships>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

/** A Word package with the given body; main part at `target`, as other writers than Word may name it. */
const wordPackage = (body: string, target = 'word/document.xml') =>
  zipSync({ '_rels/.rels': strToU8(RELS.replace('%s', target)), [target]: strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`) });
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`;

const errorOf = async (name: string, bytes: Uint8Array, engines = NODE_ENGINES) => {
  const result = await extractInput({ name, bytes }, engines);
  if (result.ok) throw new Error(`${name} was read`);
  return result.error;
};

describe('DOCX of 003 下城区民政局 2020 through the door', () => {
  const docx = extractFile(`${FIXTURES}/xiacheng-2020.docx`);
  const text = rawReport('003_cf5b7850cf226470.txt');

  it('reads the metadata from the Word body', () => {
    expect(docx.report).toMatchObject({
      source_file: 'xiacheng-2020.docx', agency: '下城区民政局', province: '浙江省', city: '杭州市', county: '下城区',
      division_code: '330103', report_year: 2020, year_inferred: false, form_version: '2019',
    });
  });

  it('keeps the cells of table 二: 规范性文件 2/2/2, 行政许可 +5, 行政处罚 5 and +12, procurement 45 and `56700 without unit', () => {
    const { facts } = docx;
    for (const measure of ['new_made', 'new_published', 'total_published']) expect(valueOf(facts, 'active', 'normative_documents', measure)).toBe(2);
    expect(valueOf(facts, 'active', 'licensing', 'change')).toBe(5);
    expect(valueOf(facts, 'active', 'licensing', 'decisions')).toBe(0);
    expect(valueOf(facts, 'active', 'penalty', 'prev_year_items')).toBe(5);
    expect(valueOf(facts, 'active', 'penalty', 'change')).toBe(12);
    expect(valueOf(facts, 'active', 'procurement', 'items')).toBe(45);
    expect(factOf(facts, 'active', 'procurement', 'amount_10k_yuan')).toMatchObject({ value: 56700, unit: '', raw: '`56700', page: null });
    expect(factOf(facts, 'active', 'procurement', 'amount_10k_yuan').flags).toContain('unit_missing');
  });

  it('keeps the 23 × 7 zeros of the applications table and the 15 of review and litigation, and passes every check', () => {
    const { facts, checks } = docx;
    const applications = facts.filter((f) => f.section === 'applications' && f.origin === 'table');
    expect(applications).toHaveLength(23 * 7);
    expect(applications.every((f) => f.status === 'reported' && f.value === 0)).toBe(true);
    expect(facts.filter((f) => f.section === 'review_litigation').map((f) => f.value)).toEqual(Array(15).fill(0));
    expect(factOf(facts, 'active_volume', 'total', 'count', { origin: 'narrative' }).value).toBe(388);
    expect(checks).toHaveLength(41);
    expect(checks.every((c) => c.status === 'pass')).toBe(true);
  });

  it('gives every fact the value, status, raw text, unit and flags the text export of the same report gives', () => {
    const cell = (f: (typeof docx.facts)[number]) => [f.section, f.item, f.measure, f.origin, f.value, f.status, f.raw, f.unit, f.flags.join('+')].join('|');
    expect(docx.facts.map(cell).sort()).toEqual(text.facts.map(cell).sort());
  });

  it('hashes the bytes itself when no hash is given, as the CLI does with node:crypto', async () => {
    const result = await extractInput({ name: 'xiacheng-2020.docx', bytes: docxBytes }, {});
    expect(result.ok && result.report.sha256).toBe(createHash('sha256').update(docxBytes).digest('hex'));
    expect(result.ok && result.report.report_id).toBe(docx.report.report_id);
  });
});

describe('GB 18030 text of 001 吴忠市民政局 2020 through the door', () => {
  const path = `${FIXTURES}/wuzhong-2020-gb18030.txt`;

  it('is decoded as GB 18030 (it is not UTF-8) and read to the numbers of 001', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path))).toThrow();
    const { report, facts } = extractFile(path);
    expect(report).toMatchObject({ agency: '吴忠市民政局', division_code: '640300', report_year: 2020, form_version: '2019' });
    expect(factOf(facts, 'active', 'penalty', 'change')).toMatchObject({ value: 13, raw: '+13' });
    expect(valueOf(facts, 'active', 'licensing', 'decisions')).toBe(29);
    expect(valueOf(facts, 'active', 'other_services', 'decisions')).toBe(261);
    expect(factOf(facts, 'active', 'procurement', 'amount_10k_yuan')).toMatchObject({ value: 773.5, unit: '万元' });
    const cell = (f: (typeof facts)[number]) => [f.section, f.item, f.measure, f.origin, f.value, f.status, f.raw, f.line].join('|');
    expect(facts.map(cell)).toEqual(rawReport('001_7016eb35578ea529.txt').facts.map(cell));
  });
});

describe('DOCX tables keep their cells', () => {
  it('marks positions covered by gridSpan and vMerge as span fillers, so no value moves', () => {
    const doc = docxDocument(wordPackage(
      `${p('表前文字')}<w:tbl>` +
      `<w:tr>${tc('申请人情况', '<w:gridSpan w:val="2"/>')}${tc('总计')}</w:tr>` +
      `<w:tr>${tc('一、本年新收', '<w:vMerge w:val="restart"/>')}${tc('3')}${tc('5')}</w:tr>` +
      `<w:tr>${tc('', '<w:vMerge/>')}${tc('4')}${tc('6')}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('7')}${tc('8')}</w:tr>` +
      `<w:tr><w:tc>${p('10')}${p('20')}</w:tc><w:tc><w:tbl><w:tr>${tc('1')}${tc('2')}</w:tr></w:tbl></w:tc></w:tr></w:tbl>`,
    ));
    const table = doc.rows.slice(1).map((r) => r.cells.map((c) => (c.spanFiller ? '~' : c.text)));
    // Paragraphs of a cell, and the cells of a table nested in it, stay apart: never 1020 or 12.
    expect(table).toEqual([['申请人情况', '~', '总计'], ['一、本年新收', '3', '5'], ['~', '4', '6'], ['~', '7', '8'], ['10 20', '1 2']]);
    expect(doc.rows.slice(1).every((r) => r.exactColumns)).toBe(true);
    expect(doc.rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.lines).toEqual([{ text: '表前文字', line: 1, page: null }]);
  });

  it('reads text once: deleted text, field codes and the fallback copy of alternate content are not text', () => {
    const doc = docxDocument(wordPackage(
      '<w:p><w:r><w:t>主动公开</w:t></w:r><w:del><w:r><w:delText>99</w:delText></w:r></w:del>' +
      '<w:r><w:instrText>PAGE 7</w:instrText></w:r><w:r><w:t>12</w:t></w:r><w:r><w:tab/><w:t>条</w:t></w:r></w:p>' +
      '<w:p><w:r><mc:AlternateContent><mc:Choice><w:t>框内</w:t></mc:Choice><mc:Fallback><w:t>框内</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>',
      'word/document2.xml',
    ));
    expect(doc.lines.map((l) => l.text)).toEqual(['主动公开12 条', '框内']);
  });
});

describe('what the door cannot read gets a message, never a throw', () => {
  it('a ZIP archive that is not a Word document', async () => {
    expect(await errorOf('report.docx', zipSync({ 'a.txt': strToU8('2020年政府信息公开工作年度报告') }))).toBe(
      'a ZIP archive but not a Word document (no main part named in _rels/.rels)',
    );
    const workbook = zipSync({ '_rels/.rels': strToU8(RELS.replace('%s', 'xl/workbook.xml')), 'xl/workbook.xml': strToU8('<workbook/>') });
    expect(await errorOf('report.xlsx', workbook)).toBe('a ZIP archive but not a Word document (its main part xl/workbook.xml is not a Word body)');
  });

  it('a truncated DOCX', async () => {
    expect(await errorOf('xiacheng-2020.docx', docxBytes.slice(0, docxBytes.length >> 1))).toMatch(/^damaged or truncated ZIP\/DOCX archive \(/);
  });

  it('Word XML nested far deeper than any Word body: a message, not a stack overflow', async () => {
    // Found by fuzzing: 9 bytes changed in the 003 DOCX made an XML tree deep enough to overflow the readers' recursion.
    const damaged = docxBytes.slice();
    damaged.set([0, 224, 0, 254, 0, 0, 28, 4, 0], 4364);
    expect(await errorOf('xiacheng-2020.docx', damaged)).toBe('damaged Word document (its body nests deeper than 400 levels)');
    const deep = wordPackage(`${'<w:sdt><w:sdtContent>'.repeat(5000)}${p('1')}${'</w:sdtContent></w:sdt>'.repeat(5000)}`);
    expect(await errorOf('deep.docx', deep)).toBe('damaged Word document (its body nests deeper than 400 levels)');
  });

  it('a .doc of random bytes, an OLE file that is not Word, and .doc in a page without the CLI’s engine', async () => {
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    expect(await errorOf('report.doc', random)).toBe('named .doc but is neither a Word 97–2003 document nor text');
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await errorOf('report.doc', ole)).toMatch(/^unreadable Word 97–2003 document: /);
    const doc = new Uint8Array(readFileSync(`${FIXTURES}/xiacheng-2020.doc`));
    expect(await errorOf('xiacheng-2020.doc', doc, { pdfjs: NODE_ENGINES.pdfjs })).toBe(DOC_NEEDS_ENGINE);
  });

  it('a file named .docx or .pdf that is text, a binary, and a file over the limit', async () => {
    const text = strToU8('2020年政府信息公开工作年度报告');
    expect(await errorOf('report.docx', text)).toBe('named .docx but is not a Word document (not a ZIP archive)');
    expect(await errorOf('report.pdf', text)).toBe('named .pdf but is not a PDF file');
    expect(await errorOf('image.png', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0))).toBe('not a text file (binary content or unknown encoding)');
    expect(await errorOf('big.txt', new Uint8Array(MAX_REPORT_BYTES + 1))).toBe('file is 20.0 MB, over the 20 MB limit');
  });

  it('the synchronous door sends PDFs and .doc files to the one that has their engines', () => {
    const result = extractInputSync({ name: 'x.pdf', bytes: strToU8('%PDF-1.7\n') }, '0'.repeat(64));
    expect(result).toEqual({ ok: false, sourceFile: 'x.pdf', error: 'a PDF file is read by extractInput, which awaits its engine' });
  });
});

describe('legacy .doc of 003 through the CLI’s engine (word-extractor, rows ended by src/data/upload/docText.ts)', async () => {
  const result = await readThroughDoor(`${FIXTURES}/xiacheng-2020.doc`);
  if (!result.ok) throw new Error(result.error);
  const text = rawReport('003_cf5b7850cf226470.txt');

  it('reads the metadata and table 二', () => {
    expect(result.report).toMatchObject({ agency: '下城区民政局', division_code: '330103', report_year: 2020, form_version: '2019' });
    expect(valueOf(result.facts, 'active', 'normative_documents', 'total_published')).toBe(2);
    expect(valueOf(result.facts, 'active', 'penalty', 'change')).toBe(12);
    expect(valueOf(result.facts, 'active', 'procurement', 'items')).toBe(45);
  });

  it('ends the rows of the wide tables, whose properties Word keeps apart: the 161 zeros of applications and 15 of review are read', () => {
    const applications = result.facts.filter((f) => f.section === 'applications' && f.origin === 'table');
    expect(applications).toHaveLength(23 * 7);
    expect(applications.every((f) => f.status === 'reported' && f.value === 0)).toBe(true);
    expect(result.facts.filter((f) => f.section === 'review_litigation').map((f) => f.value)).toEqual(Array(15).fill(0));
    expect(result.checks.every((c) => c.status === 'pass')).toBe(true);
  });

  it('gives every fact the value, status, raw text, unit and flags the text export gives', () => {
    const cell = (f: (typeof text.facts)[number]) => [f.section, f.item, f.measure, f.origin, f.value, f.status, f.raw, f.unit, f.flags.join('+')].join('|');
    expect(result.facts.map(cell).sort()).toEqual(text.facts.map(cell).sort());
  });
});

describe('DOCX under random bytes', () => {
  const RUNS = 200;
  /** Bytes overwritten, inserted, or the file cut short, anywhere: in the zip's headers or its compressed parts. */
  const mutations = fc.array(
    fc.tuple(fc.constantFrom('set', 'insert', 'cut'), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })),
    { minLength: 1, maxLength: 4 },
  );
  const mutate = (bytes: Uint8Array, muts: [string, number, Uint8Array][]) =>
    muts.reduce((out, [kind, at, data]) => {
      const i = at % (out.length + 1);
      if (kind === 'cut') return out.slice(0, i);
      if (kind === 'insert') return Uint8Array.from([...out.subarray(0, i), ...data, ...out.subarray(i)]);
      const copy = out.slice();
      copy.set(data.subarray(0, copy.length - i), i);
      return copy;
    }, bytes);

  /** The door's answer to a mutated DOCX: a message that is not an unexpected error, or sound rows. */
  async function assertSound(bytes: Uint8Array) {
    const result = await extractInput({ name: 'fuzz.docx', bytes }, {}, 'f'.repeat(64));
    if (!result.ok) {
      expect(result.error).not.toMatch(/^unexpected error/);
      return;
    }
    const doc = docxDocument(bytes);
    const text = compactLabel([...doc.lines.map((l) => l.text), ...doc.rows.flatMap((r) => r.cells.map((c) => c.text))].join('|'));
    const problems = [...reportProblems(result.report), ...result.facts.flatMap(factProblems)];
    for (const f of result.facts.filter((x) => x.status === 'reported' && x.origin !== 'derived')) {
      if (!text.includes(compactLabel(f.raw))) problems.push(`${f.item}.${f.measure}=${f.value} not in the input ("${f.raw}")`);
    }
    expect(problems).toEqual([]);
  }

  it(`answers a damaged archive with a message, or contract-valid rows whose every number stands in the Word text (${RUNS} cases)`, async () => {
    await fc.assert(fc.asyncProperty(mutations, (muts) => assertSound(mutate(docxBytes, muts))), { numRuns: RUNS });
  }, 120_000);

  it(`reads a sound archive around broken Word XML the same way (${RUNS / 2} cases)`, async () => {
    const parts = unzipSync(docxBytes);
    await fc.assert(
      // Stored, not deflated: the case is the XML, and compressing 200 kB each time would dominate the run.
      fc.asyncProperty(mutations, (muts) => assertSound(zipSync({ ...parts, 'word/document.xml': mutate(parts['word/document.xml'], muts) }, { level: 0 }))),
      { numRuns: RUNS / 2 },
    );
  }, 120_000);

  it(`answers a damaged .doc with a message or sound rows, never an unexpected error (${RUNS} cases)`, async () => {
    const doc = new Uint8Array(readFileSync(`${FIXTURES}/xiacheng-2020.doc`));
    await fc.assert(
      fc.asyncProperty(mutations, async (muts) => {
        const result = await extractInput({ name: 'fuzz.doc', bytes: mutate(doc, muts) }, NODE_ENGINES, 'f'.repeat(64));
        if (!result.ok) expect(result.error).not.toMatch(/^unexpected error/);
        else expect([...reportProblems(result.report), ...result.facts.flatMap(factProblems)]).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
