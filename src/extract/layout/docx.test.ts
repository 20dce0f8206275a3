/**
 * The DOCX front end on small Word packages in the shapes Word and other writers produce (the door's tests in
 * extractInput.test.ts read the real 003 package; these pin the reader's own rules: spans, merges, line positions,
 * what counts as text, and which packages are refused with which message).
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocxError, docxDocument } from './docx';

const RELS = (target: string, quote = '"') =>
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId1" Type=${quote}http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument${quote} Target=${quote}${target}${quote}/></Relationships>`;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const body = (inner: string) => `<?xml version="1.0"?><w:document ${W}><w:body>${inner}</w:body></w:document>`;
const wordPackage = (inner: string, target = 'word/document.xml', rels = RELS(target)) =>
  zipSync({ '_rels/.rels': strToU8(rels), [target.replace(/^\//, '')]: strToU8(body(inner)), 'docProps/core.xml': strToU8('<cp:coreProperties/>') });
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const table = (...rows: string[]) => `<w:tbl>${rows.join('')}</w:tbl>`;
const cellsOf = (bytes: Uint8Array) => docxDocument(bytes).rows.map((r) => r.cells.map((c) => (c.spanFiller ? '~' : c.text)));
const refusal = (bytes: Uint8Array) => {
  try {
    docxDocument(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(DocxError);
    return (e as Error).message;
  }
  throw new Error('read');
};

describe('finding the Word body', () => {
  it.each([
    ['double quotes', RELS('word/document.xml')],
    ['single quotes', RELS('word/document.xml', "'")],
    ['a leading slash', RELS('/word/document.xml')],
  ])('reads the main part the package relationships name, with %s', (_, rels) => {
    expect(docxDocument(wordPackage(p('主动公开88条'), 'word/document.xml', rels)).lines.map((l) => l.text)).toEqual(['主动公开88条']);
  });

  it('refuses a package whose relationships name no main part, or name a part that is missing or no Word body', () => {
    const noMain = RELS('word/document.xml').replace('officeDocument/2006/relationships/officeDocument', 'officeDocument/2006/relationships/styles');
    expect(refusal(wordPackage(p('1'), 'word/document.xml', noMain))).toBe('a ZIP archive but not a Word document (no main part named in _rels/.rels)');
    expect(refusal(zipSync({ 'word/document.xml': strToU8(body(p('1'))) }))).toBe('a ZIP archive but not a Word document (no main part named in _rels/.rels)');
    expect(refusal(zipSync({ '_rels/.rels': strToU8(RELS('word/document.xml')) }))).toBe('a ZIP archive but not a Word document (its main part word/document.xml is not a Word body)');
    expect(refusal(zipSync({ '_rels/.rels': strToU8(RELS('word/document.xml')), 'word/document.xml': strToU8('<?xml version="1.0"?><w:workbook/>') })))
      .toBe('a ZIP archive but not a Word document (its main part word/document.xml is not a Word body)');
  });

  it('refuses bytes that are no ZIP archive', () => {
    expect(refusal(strToU8('PK\u0003\u0004 damaged'))).toMatch(/^damaged or truncated ZIP\/DOCX archive \(/);
  });

  it('refuses a main part whose archive entry says it unpacks to more than 200 MB, before unpacking it', () => {
    /** The package with the main part's stated size (central directory) set to `size` bytes. */
    const claiming = (size: number) => {
      const bytes = zipSync({ '_rels/.rels': strToU8(RELS('word/document.xml')), 'word/document.xml': strToU8(body(p('主动公开88条'))) }, { level: 0 });
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (let i = 0; i + 46 <= bytes.length; i++) {
        if (view.getUint32(i, true) !== 0x02014b50) continue;
        const name = new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + view.getUint16(i + 28, true)));
        if (name === 'word/document.xml') view.setUint32(i + 24, size, true);
      }
      return bytes;
    };
    expect(refusal(claiming(200 * 1024 * 1024 + 1))).toBe('word/document.xml unpacks to more than 200 MB: refused');
    expect(docxDocument(claiming(200 * 1024 * 1024)).lines.map((l) => l.text)).toEqual(['主动公开88条']);
  });

  it('unpacks only the parts it reads: a damaged picture beside the body does not stop it', () => {
    const bytes = zipSync({
      'word/media/image1.emf': strToU8('图'.repeat(1000)),
      '_rels/.rels': strToU8(RELS('word/document.xml')),
      'word/document.xml': strToU8(body(p('主动公开88条'))),
    });
    // The picture is the archive's first entry: its deflated data starts after the 30-byte local header and its name.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const data = 30 + view.getUint16(26, true) + view.getUint16(28, true);
    bytes.fill(0xff, data, data + 4);
    expect(docxDocument(bytes).lines.map((l) => l.text)).toEqual(['主动公开88条']);
  });

  it('reads a body nested 400 levels deep and refuses one level more', () => {
    // root 0, w:body 1, each w:sdt/w:sdtContent pair 2 levels, then w:p, w:r, w:t and its text.
    const nested = (pairs: number, inner: string) => `${'<w:sdt><w:sdtContent>'.repeat(pairs)}${inner}${'</w:sdtContent></w:sdt>'.repeat(pairs)}`;
    const tab = '<w:p><w:r><w:tab/></w:r></w:p>'; // w:tab at 2 * 198 + 4 = 400
    expect(docxDocument(wordPackage(p('主动公开88条') + nested(198, tab))).lines.map((l) => l.text)).toEqual(['主动公开88条']);
    expect(refusal(wordPackage(nested(198, p('1'))))).toBe('damaged Word document (its body nests deeper than 400 levels)');
  });
});

describe('text of a paragraph', () => {
  it('a break (w:br, w:cr) ends a line, a tab is a space; each line keeps the paragraph’s position', () => {
    const doc = docxDocument(wordPackage(
      `${p('一、总体情况')}<w:p><w:r><w:t>主动公开</w:t><w:tab/><w:t>88条</w:t><w:br/><w:t>依申请公开</w:t><w:cr/><w:t>13件</w:t></w:r></w:p>`,
    ));
    expect(doc.lines).toEqual([
      { text: '一、总体情况', line: 1, page: null },
      { text: '主动公开 88条', line: 2, page: null },
      { text: '依申请公开', line: 2, page: null },
      { text: '13件', line: 2, page: null },
    ]);
    expect(doc.rows.map((r) => [r.line, r.cells.map((c) => c.text)])).toEqual(doc.lines.map((l) => [l.line, [l.text]]));
    expect(doc.layout).toBe('docx');
  });

  it('decodes XML entities and collapses runs of spaces', () => {
    const doc = docxDocument(wordPackage(p('各机关&amp;单位  主动公开&lt;88&gt;条')));
    expect(doc.lines.map((l) => l.text)).toEqual(['各机关&单位 主动公开<88>条']);
  });

  it('reads XML written with line breaks and indents between its elements as Word’s compact XML', () => {
    const pretty = [
      '<w:p>', '  <w:r>', '    <mc:AlternateContent>', '      <mc:Choice>', '        <w:t>主动公开</w:t>', '      </mc:Choice>',
      '      <mc:Fallback>', '        <w:t>备用</w:t>', '      </mc:Fallback>', '    </mc:AlternateContent>', '    <w:t>88条</w:t>', '  </w:r>', '</w:p>',
    ].join('\n');
    const doc = docxDocument(wordPackage(`${pretty}\n${table(tr(tc('行政许可'), `<w:tc>\n  ${p('5')}\n</w:tc>`))}`));
    expect(doc.lines.map((l) => [l.line, l.text])).toEqual([[1, '主动公开88条']]);
    expect(doc.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['主动公开88条'], ['行政许可', '5']]);
  });

  it('counts empty and furniture paragraphs as positions but gives them no line', () => {
    const doc = docxDocument(wordPackage(`${p('甲')}<w:p/>${p('- 2 -')}${p('  ')}${p('乙')}`));
    expect(doc.lines.map((l) => [l.line, l.text])).toEqual([[1, '甲'], [5, '乙']]);
  });

  it('reads alternate content once (its first choice) and paragraphs inside other body elements', () => {
    const doc = docxDocument(wordPackage(
      '<w:p><w:r><mc:AlternateContent><mc:Choice><w:t>文本框</w:t></mc:Choice><mc:Fallback><w:t>备用</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>' +
      `<w:sdt><w:sdtContent>${p('控件内')}</w:sdtContent></w:sdt>`,
    ));
    expect(doc.lines.map((l) => [l.line, l.text])).toEqual([[1, '文本框'], [2, '控件内']]);
  });
});

describe('table cells', () => {
  it('reads rows and cells wrapped in content controls (w:sdt), and keeps nested tables in their cell', () => {
    const doc = docxDocument(wordPackage(table(
      `<w:sdt><w:sdtContent>${tr(tc('行政许可'), `<w:sdt><w:sdtContent>${tc('5')}</w:sdtContent></w:sdt>`)}</w:sdtContent></w:sdt>`,
      tr(tc('行政处罚'), `<w:tc>${table(tr(tc('3'), tc('4')))}</w:tc>`),
    )));
    expect(doc.rows.map((r) => [r.line, r.exactColumns, r.cells.map((c) => c.text)])).toEqual([[1, true, ['行政许可', '5']], [2, true, ['行政处罚', '3 4']]]);
  });

  it('reads gridSpan and gridBefore as filler positions, a broken or non-positive one as none, and caps both at 200', () => {
    const span = (v: string) => `<w:gridSpan w:val="${v}"/>`;
    expect(cellsOf(wordPackage(table(tr(tc('行政许可', span('3')), tc('5')), tr(tc('行政处罚', span('0')), tc('6', span('-2')), tc('7', span('x'))), tr(tc('行政强制', '<w:gridSpan/>'), tc('8'))))))
      .toEqual([['行政许可', '~', '~', '5'], ['行政处罚', '6', '7'], ['行政强制', '8']]);
    const before = (v: string) => tr(`<w:trPr><w:gridBefore w:val="${v}"/></w:trPr>`, tc('9'));
    expect(cellsOf(wordPackage(table(before('2'), before('x'), `<w:tr><w:trPr/>${tc('1')}</w:tr>`)))).toEqual([['~', '~', '9'], ['9'], ['1']]);
    const [wide] = cellsOf(wordPackage(table(tr(tc('行政许可', span('100000')), tc('5')))));
    expect(wide).toHaveLength(201);
    const [late] = cellsOf(wordPackage(table(before('100000'))));
    expect(late).toHaveLength(201);
  });

  it('a vMerge that does not restart covers its position; a row of covered positions only is no row', () => {
    const merge = (v?: string) => (v ? `<w:vMerge w:val="${v}"/>` : '<w:vMerge/>');
    const doc = docxDocument(wordPackage(table(
      tr(tc('三、本年度办理结果', merge('restart')), tc('6')),
      tr(tc('', merge()), tc('1')),
      tr(tc('x', merge('continue')), tc('0')),
      tr(tc('', merge())),
      tr(tc('四、结转', merge('restart')), tc('2')),
    )));
    expect(doc.rows.map((r) => [r.line, r.cells.map((c) => (c.spanFiller ? '~' : c.text))])).toEqual([
      [1, ['三、本年度办理结果', '6']], [2, ['~', '1']], [3, ['~', '0']], [5, ['四、结转', '2']],
    ]);
    expect(doc.rows[1].cells[0]).toEqual({ text: '', line: 2, page: null, spanFiller: true });
    expect(doc.lines).toEqual([]);
  });

  it('joins a cell’s paragraphs with a space and collapses its spaces', () => {
    expect(cellsOf(wordPackage(table(tr(`<w:tc><w:tcPr/>${p(' 10 ')}${p('20')}<w:p><w:r><w:t>行政  </w:t><w:t>许可</w:t></w:r></w:p></w:tc>`)))))
      .toEqual([['10 20 行政 许可']]);
  });
});
