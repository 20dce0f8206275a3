import { describe, expect, it } from 'vitest';
import type { OcrLine, OcrWord } from './engine';
import { ocrPageItems, ocrPageRules } from './ocrLayout';

const word = (text: string, x0: number, symbols: [string, number, number, number][], y0 = 100, y1 = 140): OcrWord => ({
  text, confidence: 90, x0, y0, x1: symbols[symbols.length - 1][2], y1,
  symbols: symbols.map(([t, a, b, c]) => ({ text: t, x0: a, x1: b, confidence: c })),
});
const line = (words: OcrWord[], y = 140, slope = 0): OcrLine => ({ words, baseline: { x0: 0, y0: y, x1: 1190, y1: y + slope * 1190 } });
const page = { width: 1190, height: 1684 }; // A4 at 144 dpi: 2 pixels a point

describe('ocrPageItems', () => {
  it('cuts a word the engine ran across cells (0000 of four cells); a piece is no surer than the word', () => {
    const items = ocrPageItems([line([word('0000', 600, [['0', 600, 620, 95], ['0', 700, 720, 60], ['0', 800, 820, 88], ['0', 900, 920, 93]])])], page);
    expect(items.map((i) => [i.str, i.x, i.confidence])).toEqual([['0', 300, 90], ['0', 350, 60], ['0', 400, 88], ['0', 450, 90]]);
  });

  it('keeps touching digits as one number with the lowest confidence of its characters', () => {
    const items = ocrPageItems([line([word('4119', 600, [['4', 600, 620, 95], ['1', 622, 640, 88], ['1', 642, 660, 93], ['9', 662, 680, 96]])])], page);
    expect(items).toEqual([{ str: '4119', x: 300, y: (1684 - 140) / 2, width: 40, confidence: 88 }]);
  });

  it('gives no confidence to characters read twice over one another (00 from one 0)', () => {
    const items = ocrPageItems([line([word('00', 600, [['0', 600, 620, 95], ['0', 601, 620, 95]])])], page);
    expect(items.map((i) => [i.str, i.confidence])).toEqual([['00', 0]]);
  });

  it('drops table-rule residue and keeps a word listed in two lines once', () => {
    const w = word('|21', 600, [['|', 600, 602, 90], ['2', 603, 620, 90], ['1', 621, 640, 90]]);
    const items = ocrPageItems([line([w, word('|', 700, [['|', 700, 702, 90]])]), line([w], 300)], page);
    expect(items.map((i) => i.str)).toEqual(['21']);
  });

  it('puts the words of one line of a turned page on one baseline, taken out the page’s skew', () => {
    const slope = Math.tan(Math.PI / 180);
    const lines = [0, 1, 2].map((i) => ({ ...line([word('行', 100, [['行', 100, 140, 90]], 160 + 80 * i, 200 + 80 * i), word('7', 1000, [['7', 1000, 1020, 90]], 180 + 80 * i, 218 + 80 * i)], 200 + 80 * i, slope), baseline: { x0: 50, y0: 200 + 80 * i + 50 * slope, x1: 1100, y1: 200 + 80 * i + 1100 * slope } }));
    const items = ocrPageItems(lines, page);
    const ys = [...new Set(items.map((i) => i.y.toFixed(6)))];
    expect(ys).toHaveLength(3); // one y a line, both words on it
    expect(Number(ys[0]) - Number(ys[1])).toBeCloseTo(40, 6); // 80 pixels apart, 2 pixels a point
  });

  it('puts a turned page’s rules where its words are: a rule between two rows stays between them across the page', () => {
    const slope = Math.tan(Math.PI / 180);
    // Two rows 80 pixels apart; the rule between them runs from x 100 to 1100, 40 pixels below the first row's baseline.
    const lines = [0, 1].map((i) => ({ ...line([word('行', 100, [['行', 100, 140, 90]], 160 + 80 * i, 200 + 80 * i)], 200 + 80 * i, slope), baseline: { x0: 50, y0: 200 + 80 * i + 50 * slope, x1: 1100, y1: 200 + 80 * i + 1100 * slope } }));
    const rule = { at: 240 + 600 * slope, from: 100, to: 1100, slope };
    const [a, b] = ocrPageItems(lines, page).map((i) => i.y);
    const [r] = ocrPageRules({ horizontal: [rule], vertical: [] }, lines, page);
    expect(r.y).toBeCloseTo((a + b) / 2, 6);
    expect([r.x0, r.x1]).toEqual([50, 550]);
  });

  /** A word the engine gave without its characters: a piece of its own. */
  const whole = (text: string, x0: number, confidence = 90): OcrWord => ({ text, confidence, x0, y0: 100, x1: x0 + 40, y1: 140, symbols: [] });

  it('keeps a word given without its characters whole, with the word’s own confidence and box', () => {
    expect(ocrPageItems([line([whole('2023', 600, 87)])], page)).toEqual([{ str: '2023', x: 300, y: (1684 - 140) / 2, width: 20, confidence: 87 }]);
  });

  it.each([
    ['bars before a number', '||21', '21'],
    ['bars and brackets after it', '21]|', '21'],
    ['brackets around it', '[7]', '7'],
    ['spaces and bars around it', ' ｜9丨 ', '9'],
    // A bar inside a word stands between two cells: glued, 2 and 1 would read 21.
    ['a bar inside: kept, never glued into one number', '2|1', '2|1'],
  ])('strips rule residue from the ends of a word only: %s', (_, text, str) => {
    expect(ocrPageItems([line([whole(text, 600)])], page).map((i) => i.str)).toEqual([str]);
  });

  it('drops a word that is only spaces or rule residue', () => {
    expect(ocrPageItems([line([whole(' ', 100), whole('|]', 300)])], page)).toEqual([]);
  });

  const sym = (x0: number, x1: number, confidence = 90): [string, number, number, number] => ['1', x0, x1, confidence];
  it.each([
    // The word is 40 pixels high: characters up to 20 pixels apart are one number.
    ['characters half the word’s height apart are one number', [sym(600, 620), sym(640, 660)], [['11', 90]]],
    ['further apart, two', [sym(600, 620), sym(641, 660)], [['1', 90], ['1', 90]]],
    ['a character starting at the middle of the one before is not read twice', [sym(600, 620, 95), sym(610, 630, 88)], [['11', 88]]],
    ['one starting before the middle is (no confidence)', [sym(600, 620, 95), sym(609, 630, 88)], [['11', 0]]],
  ])('%s', (_, symbols, expected) => {
    const items = ocrPageItems([line([word('11', 600, symbols as [string, number, number, number][])])], page);
    expect(items.map((i) => [i.str, i.confidence])).toEqual(expected);
  });

  /** A line of one word at x 100 whose baseline runs from x 100 to `x1` with `slope`. */
  const sloped = (y0: number, slope: number, x1 = 1100): OcrLine => ({ words: [whole('行', 100 + y0)], baseline: { x0: 100, y0, x1, y1: y0 + slope * (x1 - 100) } });
  const ysOf = (lines: OcrLine[]) => ocrPageItems(lines, page).map((i) => i.y);

  it('takes the page’s skew as the median slope of its long lines, whatever their order', () => {
    // Lines fitted at slopes 0.05, 0 and 0.01: the skew is 0.01, taken out at x 100 (1 pixel).
    expect(ysOf([sloped(300, 0.05), sloped(500, 0), sloped(700, 0.01)])).toEqual([(1684 - 299) / 2, (1684 - 499) / 2, (1684 - 699) / 2]);
  });

  it('does not take the skew from short lines (a quarter of the page’s width or less), wherever they stand', () => {
    const short = [sloped(700, 0.1, 100 + 1190 / 4), { ...sloped(900, 0.1), baseline: { x0: 600, y0: 900, x1: 700, y1: 910 } }];
    expect(ysOf([sloped(500, 0), ...short])).toEqual([(1684 - 500) / 2, (1684 - 700) / 2, (1684 - 900) / 2]);
  });
});
