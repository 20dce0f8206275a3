import { describe, expect, it } from 'vitest';
import { PdfError, pdfPagesToDocument, readPdfPages, type PdfTextItem } from './pdf';
import { nodePdfJs } from '../__fixtures__/engines';

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
    await expect(readPdfPages(blank, nodePdfJs)).rejects.toThrow(/scanned PDF without a text layer/);
  });

  it('says a broken file is unreadable', async () => {
    await expect(readPdfPages(new TextEncoder().encode('%PDF-1.4 garbage'), nodePdfJs)).rejects.toBeInstanceOf(PdfError);
  });
});
