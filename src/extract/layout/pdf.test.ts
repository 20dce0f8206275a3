import { describe, expect, it } from 'vitest';
import { NoTextLayer, PdfError, pdfPagesToDocument, readPdfPages, type PdfTextItem } from './pdf';
import { loadNodePdfJs } from '../__fixtures__/engines';

const item = (str: string, x: number, y: number, width = str.length * 7): PdfTextItem => ({ str, x, y, width });
const rowsOf = (items: PdfTextItem[]) => pdfPagesToDocument([{ items }]).rows.map((r) => r.cells.map((c) => c.text));

describe('pdfPagesToDocument', () => {
  it('joins fragments that touch: `1` `1` is 11, not 1 and 1', () => {
    expect(rowsOf([item('规章', 79, 280), item('1', 249, 280), item('0', 342, 280), item('1', 421, 280, 7), item('1', 428, 280, 7)]))
      .toEqual([['规章', '1', '0', '11']]);
  });

  it('keeps a row’s numbers apart from its label even when the label sits a point higher', () => {
    expect(rowsOf([item('一、本年新收政府信息公开申请数量', 78, 348), item('21', 319, 347), item('0', 352, 347), item('21', 492, 347)]))
      .toEqual([['一、本年新收政府信息公开申请数量', '21', '0', '21']]);
  });

  it('attaches a label wrapped above and below the row it belongs to', () => {
    const rows = rowsOf([
      item('（一）予以公开', 104, 304), item('0', 322, 302),
      item('（二）部分公开（区分处理的，只计这一情', 104, 283), item('4', 322, 275),
      item('计其他情形）', 104, 270),
      item('1.属于国家秘密', 181, 248), item('1', 322, 249),
    ]);
    expect(rows).toEqual([['（一）予以公开', '0'], ['（二）部分公开（区分处理的，只计这一情计其他情形）', '4'], ['1.属于国家秘密', '1']]);
  });

  it('leaves a label line halfway between two rows on its own', () => {
    const rows = rowsOf([item('甲', 100, 300), item('1', 322, 300), item('（六）其', 100, 289), item('乙', 100, 278), item('2', 322, 278)]);
    expect(rows).toEqual([['甲', '1'], ['（六）其'], ['乙', '2']]);
  });

  it('on a scan with its rules found, joins a label line to a row only inside the row’s band', () => {
    // 洪泽区 2023 p3 turned 1°: row 1 of （四） (10 … 10) has its label lost; the next row's label line, its own
    // numbers garbled, stood 19.8 points below it, across the rule at 83.8, and was read as row 1's label.
    const items = [
      item('（三）部分公开', 109, 284), item('4', 323, 268), item('计其他情形）', 104, 269),
      item('（四）无法提供', 109, 88), item('10', 321, 89), item('10', 494, 89),
      item('2没有现成信息需要另行制作', 181, 68.5), item('3', 323, 68.5), item('L', 428, 68.5), item('0', 442, 68.5), item('3', 496, 68.5),
    ];
    const rules = [{ y: 297.4, x0: 103, x1: 516 }, { y: 264, x0: 103, x1: 516 }, { y: 103.8, x0: 103, x1: 516 }, { y: 83.8, x0: 180, x1: 516 }];
    const rows = (withRules: boolean) => pdfPagesToDocument([{ items, rules: withRules ? rules : undefined }]).rows.map((r) => r.cells[0].text);
    expect(rows(true)).toEqual(['（三）部分公开计其他情形）', '（四）无法提供', '2没有现成信息需要另行制作']);
    // Without rules (a text PDF: rows stand far enough apart) the nearest row takes it, as before.
    expect(rows(false)[1]).toBe('（四）无法提供2没有现成信息需要另行制作3L03');
  });

  it('does not read numbers inside prose as a table row', () => {
    const doc = pdfPagesToDocument([{ items: [item('2023年全区受理政府信息公开申请', 74, 185), item('21', 196, 185, 14), item('件，均在法定期限答复。', 214, 185)] }]);
    expect(doc.rows.map((r) => r.cells.length)).toEqual([1]);
    expect(doc.lines[0].text).toBe('2023年全区受理政府信息公开申请21件，均在法定期限答复。');
  });

  it('drops page numbers and gives page and line as provenance', () => {
    const doc = pdfPagesToDocument([{ items: [item('标题', 100, 700)] }, { items: [item('规章', 79, 500), item('3', 300, 500), item('-', 464, 40, 4), item('2', 472, 40), item('-', 481, 40, 4)] }]);
    expect(doc.rows.map((r) => [r.page, r.line, r.cells.map((c) => c.text).join('|')])).toEqual([[1, 1, '标题'], [2, 1, '规章|3']]);
  });
});

describe('readPdfPages', () => {
  it('says a PDF without a text layer is a scan', async () => {
    const blank = new TextEncoder().encode(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
        '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    );
    await expect(readPdfPages(blank, await loadNodePdfJs())).rejects.toThrow(/scanned PDF without a text layer/);
  });

  it('says a broken file is unreadable', async () => {
    await expect(readPdfPages(new TextEncoder().encode('%PDF-1.4 garbage'), await loadNodePdfJs())).rejects.toBeInstanceOf(PdfError);
  });
});

describe('pdfPagesToDocument, thresholds', () => {
  const ocr = (str: string, x: number, y: number, confidence: number, width = str.length * 7): PdfTextItem => ({ str, x, y, width, confidence });

  it('joins fragments closer than 0.8 points, in any order given, never across a blank fragment', () => {
    expect(rowsOf([item('3', 442.79, 280, 7), item('规章', 79, 280), item('1', 428, 280, 7), item('2', 435, 280, 7)])).toEqual([['规章', '123']]);
    // A gap of exactly 0.8 (0.8 − 0 is 0.8 in floating point; 435.8 − 435 is not) parts them.
    expect(rowsOf([item('规章', -100, 280, 14), item('1', -7, 280, 7), item('2', 0.8, 280, 7)])).toEqual([['规章', '1', '2']]);
    expect(rowsOf([item('规章', 79, 280), item('1', 428, 280, 7), item(' ', 435, 280, 1), item('2', 436, 280, 7)])).toEqual([['规章', '1', '2']]);
    // pdfjs gives wide space items across a gap: the word touching such a blank is not glued to the cell before it.
    expect(rowsOf([item('信息', 100, 300, 14), item(' ', 114.5, 300, 100), item('内容', 214.5, 300, 14)])).toEqual([['信息', '内容']]);
  });

  it('puts baselines up to 2.5 points apart on one line', () => {
    const doc = pdfPagesToDocument([{ items: [item('行政许可', 79, 300), item('5', 300, 297.5), item('行政处罚', 79, 250), item('6', 300, 247.4)] }]);
    expect(doc.sourceLines).toEqual([
      { page: 1, line: 1, text: '行政许可 5' }, { page: 1, line: 2, text: '行政处罚' }, { page: 1, line: 3, text: '6' },
    ]);
  });

  it.each([
    ['+13', true], ['-3', true], ['1,234', true], ['12.5', true], ['50%', true], ['第3', false], ['3件', false], ['.5', false], ['3-', false],
  ])('%s after a wide gap is a value (the line is a row, not prose): %s', (value, isValue) => {
    const doc = pdfPagesToDocument([{ items: [item('行政许可', 79, 280, 56), item(value, 300, 280)] }]);
    expect(doc.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['行政许可', value]]);
    expect(doc.lines).toEqual(isValue ? [] : [{ text: `行政许可${value}`, line: 1, page: 1 }]);
  });

  it('reads numbers as a row only when they stand 12 points or more from the label; a line of numbers only is a row', () => {
    const lineCount = (gap: number) => pdfPagesToDocument([{ items: [item('行政许可', 100, 280, 56), item('5', 156 + gap, 280)] }]).lines.length;
    expect([lineCount(12), lineCount(11.9)]).toEqual([0, 1]);
    const doc = pdfPagesToDocument([{ items: [item('10', 300, 280), item('20', 340, 280)] }]);
    expect(doc.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['10', '20']]);
    expect(doc.lines).toEqual([]);
  });

  it('parts the cells of a text line at gaps of 10 points or more, and prints every line with its cells one space apart', () => {
    const doc = pdfPagesToDocument([{ items: [item('信息内容', 100, 300, 28), item('本年', 138, 300, 14), item('制发', 161.9, 300, 14)] }]);
    expect(doc.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['信息内容', '本年制发']]);
    expect(doc.sourceLines).toEqual([{ page: 1, line: 1, text: '信息内容 本年制发' }]);
  });

  it('attaches a label line 20 points from a row, not 20.5; and only when the next row is 3 points farther or more', () => {
    const label = (dy: number) => rowsOf([item('行政许可', 100, 300), item('5', 322, 300), item('（续）', 100, 300 - dy)]);
    expect(label(20)).toEqual([['行政许可（续）', '5']]);
    expect(label(20.5)).toEqual([['行政许可', '5'], ['（续）']]);
    const between = (d2: number) => rowsOf([item('甲', 100, 300), item('1', 322, 300), item('（六）其', 100, 290), item('乙', 100, 290 - d2), item('2', 322, 290 - d2)]);
    expect(between(13)).toEqual([['甲（六）其', '1'], ['乙', '2']]);
    expect(between(12.9)).toEqual([['甲', '1'], ['（六）其'], ['乙', '2']]);
  });

  it('a rule beside the label line or outside the band between them does not part it from its row', () => {
    const items = [item('（二）部分公开', 100, 300, 49), item('4', 322, 290), item('计其他情形）', 100, 280, 42)];
    const labels = (rules: { y: number; x0: number; x1: number }[]) => pdfPagesToDocument([{ items, rules }]).rows.map((r) => r.cells[0].text);
    expect(labels([{ y: 285, x0: 150, x1: 516 }, { y: 310, x0: 90, x1: 516 }, { y: 270, x0: 90, x1: 516 }])).toEqual(['（二）部分公开计其他情形）']);
    expect(labels([{ y: 285, x0: 90, x1: 141 }])).toEqual(['（二）部分公开', '计其他情形）']);
    expect(labels([{ y: 295, x0: 148.9, x1: 516 }])).toEqual(['（二）部分公开', '计其他情形）']);
    expect(labels([{ y: 295, x0: 20, x1: 100 }, { y: 285, x0: 142, x1: 516 }])).toEqual(['（二）部分公开计其他情形）']);
  });

  it('joins prose lines that reach the right margin, over a page break too, and keeps OCR’s lowest confidence', () => {
    const doc = pdfPagesToDocument([
      { items: [ocr('本年度共收到政府信息公开申请', 100, 300, 90, 200), ocr('21件，', 100, 280, 70, 184.9), ocr('全部按时答复。', 100, 260, 95, 185)] },
      { items: [ocr('二、主动公开政府信息情况', 100, 700, 80, 200), ocr('（一）规章', 100, 680, 60, 184.9), ocr('结束', 100, 660, 99, 30)] },
    ]);
    expect(doc.lines).toEqual([
      { text: '本年度共收到政府信息公开申请21件，', line: 1, page: 1, confidence: 70 },
      { text: '全部按时答复。二、主动公开政府信息情况（一）规章', line: 3, page: 1, confidence: 60 },
      { text: '结束', line: 3, page: 2, confidence: 99 },
    ]);
    expect(pdfPagesToDocument([{ items: [item('甲', 100, 300, 200), item('乙', 100, 280, 200)] }]).lines).toEqual([{ text: '甲乙', line: 1, page: 1 }]);
  });

  it('gives OCR cells the lowest confidence of the pieces joined into them, text PDF cells none', () => {
    const doc = pdfPagesToDocument([{ items: [ocr('行政', 100, 300, 90, 14), ocr('许可', 114.5, 300, 80, 14), ocr('1', 322, 300, 60, 7), ocr('2', 329, 300, 95, 7), ocr('3', 400, 300, 85, 7)] }], 'ocr');
    expect(doc.layout).toBe('ocr');
    expect(doc.rows[0].cells.map((c) => [c.text, c.confidence])).toEqual([['行政许可', undefined], ['12', 60], ['3', 85]]);
    const text = pdfPagesToDocument([{ items: [ocr('信息内容', 100, 300, 90, 28), ocr('本年', 138, 300, 40, 14), ocr('制发', 152.5, 300, 70, 14), ocr('总数', 200, 300, 50, 14)] }]);
    expect(text.rows[0].cells.map((c) => [c.text, c.confidence])).toEqual([['信息内容', 90], ['本年制发', 40], ['总数', 50]]);
    expect(pdfPagesToDocument([{ items: [item('行政许可', 100, 300), item('1', 322, 300)] }]).rows[0].cells.every((c) => !('confidence' in c))).toBe(true);
  });

  it('trims the spaces a PDF leaves around its text items, in labels, values and the cells of text lines', () => {
    const doc = pdfPagesToDocument([
      { items: [item(' 行政许可 ', 79, 280, 63), item('5 ', 249, 280, 7), item(' 0', 342, 280, 7)] },
      { items: [item('主动公开 ', 100, 500, 56), item(' 88条', 160, 500, 28), item(' 依申请公开 ', 220, 500, 50)] },
    ]);
    expect(doc.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['行政许可', '5', '0'], ['主动公开88条', '依申请公开']]);
    expect(doc.lines.map((l) => [l.page, l.text])).toEqual([[2, '主动公开88条依申请公开']]);
  });

  it('gives a text line’s cell the lowest confidence of pieces a few points apart', () => {
    const doc = pdfPagesToDocument([{ items: [ocr('信息内容', 100, 300, 90, 28), ocr('本年', 138, 300, 70, 14), ocr('制发', 155, 300, 40, 14)] }], 'ocr');
    expect(doc.rows[0].cells.map((c) => [c.text, c.confidence])).toEqual([['信息内容', 90], ['本年制发', 40]]);
  });

  it('a rule on the row’s own baseline parts it from neither label line; one across a label line’s last piece does', () => {
    const items = [item('（二）部分公开', 100, 300, 49), item('4', 322, 290), item('计其他情形）', 100, 280, 42)];
    const rows = (rules: { y: number; x0: number; x1: number }[], own = items) =>
      pdfPagesToDocument([{ items: own, rules }]).rows.map((r) => r.cells.map((c) => c.text));
    expect(rows([{ y: 290, x0: 90, x1: 516 }])).toEqual([['（二）部分公开计其他情形）', '4']]);
    const split = [item('（二）部分', 100, 300, 35), item('公开', 150, 300, 14), item('4', 322, 290)];
    expect(rows([{ y: 295, x0: 140, x1: 516 }], split)).toEqual([['（二）部分', '公开'], ['4']]);
  });

  it('a prose line reaches the right margin by its last cell, not its first', () => {
    const doc = pdfPagesToDocument([{ items: [
      item('本年度', 100, 320, 200), item('共收到', 100, 300, 60), item('政府信息公开申请', 180, 300, 120), item('21件。', 100, 280, 40),
    ] }]);
    expect(doc.lines.map((l) => l.text)).toEqual(['本年度共收到政府信息公开申请21件。']);
  });

  it('skips blank items and empty pages without counting them as lines', () => {
    const doc = pdfPagesToDocument([{ items: [] }, { items: [item('甲', 100, 300), item('  ', 100, 290), item('乙', 100, 250)] }]);
    expect(doc.rows.map((r) => [r.page, r.line, r.cells[0].text])).toEqual([[2, 1, '甲'], [2, 2, '乙']]);
    expect(doc.sourceLines).toEqual([{ page: 2, line: 1, text: '甲' }, { page: 2, line: 2, text: '乙' }]);
  });
});

describe('readPdfPages with an engine', () => {
  /** An engine serving the given pages' text items, counting how often the document was closed. */
  const engine = (pages: unknown[][], failOn?: number) => {
    const closed = { count: 0 };
    const pdfjs = {
      getDocument: () => ({
        promise: Promise.resolve({
          numPages: pages.length,
          getPage: async (n: number) => {
            if (n === failOn) throw new Error('bad page');
            return { getTextContent: async () => ({ items: pages[n - 1] }) };
          },
          destroy: async () => { closed.count++; },
        }),
      }),
    };
    return { pdfjs, closed };
  };
  const at = (str: unknown, x: number, y: number, width?: number) => ({ str, transform: [1, 0, 0, 1, x, y], ...(width === undefined ? {} : { width }) });

  it('reads each page’s text items with their position and width, leaving out items without text or position', async () => {
    const { pdfjs, closed } = engine([[at('二〇二三年政府信息公开年度报告', 72, 700, 210), { str: '无位置' }, { transform: [1, 0, 0, 1, 0, 0] }], [at('行政许可事项', 79, 500)]]);
    expect(await readPdfPages(new Uint8Array(), pdfjs)).toEqual([
      { items: [{ str: '二〇二三年政府信息公开年度报告', x: 72, y: 700, width: 210 }] },
      { items: [{ str: '行政许可事项', x: 79, y: 500, width: 0 }] },
    ]);
    expect(closed.count).toBe(1);
  });

  it('needs 20 characters of text, spaces not counted', async () => {
    await expect(readPdfPages(new Uint8Array(), engine([[at('一二三四五六七八九十', 0, 0)], [at(' 一二三四五六七八九十 ', 0, 0)]]).pdfjs)).resolves.toHaveLength(2);
    const scan = engine([[at('一二三四五六七八九十', 0, 0)], [at(' 一二三四五六七八九   ', 0, 0)]]);
    await expect(readPdfPages(new Uint8Array(), scan.pdfjs)).rejects.toBeInstanceOf(NoTextLayer);
    expect(scan.closed.count).toBe(1);
  });

  it('says a page that fails to load makes the PDF unreadable, and closes the document', async () => {
    const { pdfjs, closed } = engine([[at('一二三四五六七八九十一二三四五六七八九十', 0, 0)], []], 2);
    await expect(readPdfPages(new Uint8Array(), pdfjs)).rejects.toThrow(new PdfError('unreadable PDF: bad page'));
    expect(closed.count).toBe(1);
  });

  it('says a document that does not open is unreadable', async () => {
    const pdfjs = { getDocument: () => ({ promise: Promise.reject(new Error('Invalid PDF structure.')) }) };
    await expect(readPdfPages(new Uint8Array(), pdfjs as never)).rejects.toThrow('unreadable PDF: Invalid PDF structure.');
  });
});
