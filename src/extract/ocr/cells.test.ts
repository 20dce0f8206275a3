import { describe, expect, it } from 'vitest';
import { gridCells, lineCount, mergeCellLines, readCells, type Box } from './cells';
import type { OcrEngine, OcrLine, OcrWord } from './engine';
import { removeRules, type GreyImage } from './rules';
import { level, slantOf } from './deskew';

/**
 * A white page with a table grid of `rows` × `cols` cells `cellW` × `cellH` pixels, turned by `degrees`, rules
 * 3 pixels thick, `MARGIN` pixels from the page's edges. Small pages: the mutation runs push every pixel
 * through instrumented code (docs/mutation-testing.md).
 */
const MARGIN = 60;
function gridPage(degrees: number, { rows = 4, cols = 5, cellW = 90, cellH = 50 } = {}): { image: GreyImage; corners: (x: number, y: number) => [number, number] } {
  const [width, height] = [2 * MARGIN + cols * cellW, 2 * MARGIN + rows * cellH];
  const data = new Uint8Array(width * height).fill(255);
  const t = Math.tan((degrees * Math.PI) / 180);
  // Straight-page coordinates → turned page (about the top left corner): y drifts by t per pixel across, x by -t per pixel down.
  const corners = (x: number, y: number): [number, number] => [x - t * y, y + t * x];
  const ink = (x: number, y: number) => {
    const [px, py] = corners(x, y).map(Math.round);
    if (px >= 0 && py >= 0 && px < width && py < height) data[py * width + px] = 0;
  };
  const [right, bottom] = [MARGIN + cols * cellW, MARGIN + rows * cellH];
  for (let r = 0; r <= rows; r++) for (let x = MARGIN; x <= right; x++) for (let d = 0; d < 3; d++) ink(x, MARGIN + r * cellH + d);
  for (let c = 0; c <= cols; c++) for (let y = MARGIN; y <= bottom; y++) for (let d = 0; d < 3; d++) ink(MARGIN + c * cellW + d, y);
  return { image: { width, height, data }, corners };
}

describe('removeRules and gridCells', () => {
  it('whitens a straight table grid and finds its cells', () => {
    const { image } = gridPage(0);
    const { image: clean, grid } = removeRules(image);
    expect(clean.data.every((v) => v === 255)).toBe(true);
    const cells = gridCells(grid, image.height);
    expect(cells.map((r) => r.length)).toEqual([5, 5, 5, 5]);
    expect(cells[0][0]).toEqual({ x0: 65, y0: 65, x1: 147, y1: 107 }); // 4 pixels inside the rules’ middles
  });

  it('finds every cell of a grid turned by 1°, each box inside its own cell (never reaching the next row)', () => {
    const { image, corners } = gridPage(1);
    const { image: clean, grid } = removeRules(image);
    expect(clean.data.filter((v) => v < 255).length).toBeLessThan(image.data.filter((v) => v < 255).length / 50);
    const cells = gridCells(grid, image.height);
    expect(cells.map((r) => r.length)).toEqual([5, 5, 5, 5]);
    // The last cell of the last row: its box lies within the turned cell's rules.
    const box = cells[3][4];
    const [, bottomAtRight] = corners(MARGIN + 5 * 90, MARGIN + 4 * 50);
    const [, topAtLeft] = corners(MARGIN + 4 * 90, MARGIN + 3 * 50 + 3);
    expect(box.y1).toBeLessThan(bottomAtRight);
    expect(box.y0).toBeGreaterThan(topAtLeft);
  });
});

describe('readCells', () => {
  it('asks the engine once for cells of identical pixels, and gives each cell its reading in its own place', async () => {
    const image = { width: 200, height: 60, data: new Uint8Array(200 * 60).fill(255) };
    for (const left of [20, 120]) for (let y = 20; y < 40; y++) image.data.fill(0, y * 200 + left + 20, y * 200 + left + 30);
    const calls: string[] = [];
    const engine: OcrEngine = {
      recognize: async (img, mode) => {
        calls.push(mode);
        return [{ baseline: { x0: 0, y0: img.height, x1: img.width, y1: img.height }, words: [{ text: '1', confidence: 96, x0: 1, y0: 1, x1: 5, y1: 9, symbols: [] }] }];
      },
    };
    const { lines, read } = await readCells(image, [[{ x0: 20, y0: 10, x1: 80, y1: 50 }, { x0: 120, y0: 10, x1: 180, y1: 50 }]], engine);
    expect(calls).toEqual(['line']);
    expect(read).toHaveLength(2);
    expect(lines.map((l) => l.words[0].x0 > 100)).toEqual([false, true]);
  });
});

describe('lineCount', () => {
  /** White, with a black bar over each [from, to) range of rows. */
  const bars = (height: number, ranges: [number, number][]) => {
    const image = { width: 20, height, data: new Uint8Array(20 * height).fill(255) };
    for (const [from, to] of ranges) image.data.fill(0, from * 20, to * 20);
    return image;
  };
  it('counts bands of print, not the strokes of one character', () => {
    expect(lineCount(bars(60, [[5, 25]]))).toBe(1);
    expect(lineCount(bars(60, [[5, 25], [35, 55]]))).toBe(2);
    expect(lineCount(bars(60, [[5, 25], [27, 29]]))).toBe(1); // a low stroke under a line of print
  });

  it.each([
    ['no print', [], 0],
    ['print down to the last row', [[40, 60]], 1],
    ['two lines, the second down to the last row', [[5, 25], [40, 60]], 2],
    ['a line half as high as the tallest', [[5, 25], [30, 40]], 2],
    ['two lines one blank row apart', [[5, 15], [16, 21]], 2],
  ] as [string, [number, number][], number][])('counts %s', (_, ranges, n) => {
    expect(lineCount(bars(60, ranges))).toBe(n);
  });

  it('takes grey darker than 128 as print, 128 as paper', () => {
    const grey = (v: number) => ({ ...bars(40, []), data: new Uint8Array(20 * 40).fill(255).fill(v, 200, 400) });
    expect([lineCount(grey(127)), lineCount(grey(128))]).toEqual([1, 0]);
  });
});

describe('level', () => {
  it('turns a page a degree off straight back level, so its rules run straight', () => {
    // A wide, low table: the slant is measured to a sampling step over the table's width (4 / 900 pixels).
    const { image } = gridPage(1, { cellW: 180 });
    expect(Math.abs(slantOf(image) - Math.tan(Math.PI / 180))).toBeLessThan(0.0045);
    const levelled = level(image);
    expect(Math.abs(slantOf(levelled))).toBeLessThan(0.0045);
    const { grid } = removeRules(levelled);
    expect(gridCells(grid, image.height).map((r) => r.length)).toEqual([5, 5, 5, 5]);
  });
});

describe('gridCells on given rules', () => {
  const h = (at: number, from = 0, to = 400, slope = 0) => ({ at, from, to, slope });
  const v = (at: number, from = 0, to = 300, slope = 0) => ({ at, from, to, slope });
  it('cuts each row band at the rules crossing it, 4 pixels inside each rule, whatever order the rules come in', () => {
    const rows = gridCells({ horizontal: [h(100), h(20), h(60)], vertical: [v(300), v(10), v(150)] }, 1000);
    expect(rows).toEqual([
      [{ x0: 14, y0: 24, x1: 146, y1: 56 }, { x0: 154, y0: 24, x1: 296, y1: 56 }],
      [{ x0: 14, y0: 64, x1: 146, y1: 96 }, { x0: 154, y0: 64, x1: 296, y1: 96 }],
    ]);
  });

  it('takes a vertical rule as crossing a band when it reaches within 8 pixels of both rules, and no further out', () => {
    const rows = (vertical: ReturnType<typeof v>[]) => gridCells({ horizontal: [h(20, 10, 300), h(60, 10, 300)], vertical }, 1000).map((r) => r.length);
    expect(rows([v(10, 28, 52), v(150, 28, 52), v(300, 28, 52)])).toEqual([2]);
    expect(rows([v(10, 29, 52), v(150), v(300)])).toEqual([1]);
    expect(rows([v(10), v(150, 28, 51), v(300)])).toEqual([1]);
    expect(rows([v(2), v(150), v(308)])).toEqual([2]);
    expect(rows([v(1), v(150), v(309)])).toEqual([]);
  });

  it('leaves out cells too small to hold print (12 pixels inside the rules or less) and frames taller than a quarter of the page', () => {
    expect(gridCells({ horizontal: [h(20), h(32)], vertical: [v(10), v(150)] }, 1000)).toEqual([]);
    expect(gridCells({ horizontal: [h(20), h(33)], vertical: [v(10), v(150)] }, 1000)).toEqual([[{ x0: 14, y0: 24, x1: 146, y1: 29 }]]);
    expect(gridCells({ horizontal: [h(20), h(36)], vertical: [v(10), v(22), v(150)] }, 1000)).toEqual([[{ x0: 26, y0: 24, x1: 146, y1: 32 }]]);
    expect(gridCells({ horizontal: [h(20), h(36)], vertical: [v(10), v(23), v(150)] }, 1000).map((r) => r.length)).toEqual([2]);
    expect(gridCells({ horizontal: [h(20), h(270)], vertical: [v(10), v(150)] }, 1001)).toEqual([[{ x0: 14, y0: 24, x1: 146, y1: 266 }]]);
    expect(gridCells({ horizontal: [h(20), h(270)], vertical: [v(10), v(150)] }, 1000)).toEqual([]);
  });

  it('keeps a band only where its two rules overlap across the page', () => {
    expect(gridCells({ horizontal: [h(20, 0, 100), h(60, 100, 400)], vertical: [v(10), v(150)] }, 1000)).toEqual([]);
    // Rules meeting end to end (no overlap) make no band, even with rules crossing there; overlapping by a pixel, one.
    expect(gridCells({ horizontal: [h(20, 0, 100), h(60, 100, 400)], vertical: [v(92), v(108)] }, 1000)).toEqual([]);
    expect(gridCells({ horizontal: [h(20, 0, 100), h(60, 99, 400)], vertical: [v(92), v(108)] }, 1000)).toEqual([[{ x0: 96, y0: 24, x1: 104, y1: 56 }]]);
    expect(gridCells({ horizontal: [h(20, 0, 200), h(60, 50, 400)], vertical: [v(10), v(60), v(150), v(300)] }, 1000)).toEqual([
      [{ x0: 64, y0: 24, x1: 146, y1: 56 }],
    ]);
  });
});

describe('gridCells on slanted rules', () => {
  const h = (at: number, slope = 0) => ({ at, from: 0, to: 400, slope });
  const v = (at: number, slope = 0) => ({ at, from: 0, to: 300, slope });
  it('bounds a cell by the innermost point of each of its four rules', () => {
    // Top 16.2 at the left rule, 19 at the right; bottom 83.8 and 81; left rule 6.07 at y 19, 7.93 at y 81;
    // right rule 153.93 and 152.07: the box is 4 pixels inside 19, 81, 7.93 and 152.07.
    const rows = gridCells({ horizontal: [h(20, 0.02), h(80, -0.02)], vertical: [v(10, 0.03), v(150, -0.03)] }, 1000);
    expect(rows).toEqual([[{ x0: 12, y0: 23, x1: 148, y1: 77 }]]);
  });

  it('takes a band as a row when its rules lie 12 pixels apart or more at the middle of their overlap (x 200)', () => {
    // The bottom rule climbs 1 pixel every 20 across: 11 or 12 pixels below the top one at x 200, 18 or 19 at
    // the cell on the left (its bottom at x 60), nearer than 12 further right.
    const band = (bottom: number) => gridCells({ horizontal: [h(20), { at: bottom, from: 0, to: 400, slope: -0.05 }], vertical: [v(10), v(60)] }, 1000);
    expect(band(31)).toEqual([]);
    expect(band(32)).toEqual([[{ x0: 14, y0: 24, x1: 56, y1: 35 }]]);
  });
});

describe('readCells, cell by cell', () => {
  /** A white page 200 × 120 with `ink` boxes filled with `grey`. */
  function pageWith(boxes: (Box & { grey?: number })[], paper = 255) {
    const image = { width: 200, height: 120, data: new Uint8Array(200 * 120).fill(paper) };
    for (const b of boxes) for (let y = b.y0; y < b.y1; y++) image.data.fill(b.grey ?? 0, y * 200 + b.x0, y * 200 + b.x1);
    return image;
  }
  /** An engine answering each call with the next reading, and keeping the images it was given. */
  function engineSaying(...readings: OcrLine[][]) {
    const calls: { mode: string; image: { width: number; height: number; data: Uint8Array } }[] = [];
    const engine: OcrEngine = { recognize: async (image, mode) => (calls.push({ mode, image }), readings[calls.length - 1] ?? []) };
    return { engine, calls };
  }
  const said = (text: string, box: Box, baseline = box.y1): OcrLine[] => [{
    baseline: { x0: box.x0, y0: baseline, x1: box.x1, y1: baseline + 2 },
    words: [{ text, confidence: 93, ...box, symbols: [{ text: text[0], confidence: 93, x0: box.x0, x1: box.x0 + 2 }] }],
  }];
  const cell = { x0: 20, y0: 10, x1: 120, y1: 110 };

  it('reads a tall digit shrunk to the model’s digit height and puts its words back in page coordinates, on the ink’s bottom', async () => {
    // Ink 10 wide, 32 high: shrunk twice; padded by its height (32) on each side within the cell.
    const image = pageWith([{ x0: 40, y0: 30, x1: 50, y1: 62 }]);
    const { engine, calls } = engineSaying(said('7', { x0: 16, y0: 16, x1: 21, y1: 32 }));
    const { lines, read } = await readCells(image, [[cell]], engine);
    expect(calls.map((c) => [c.mode, c.image.width, c.image.height])).toEqual([['line', 37, 48]]);
    expect(read).toEqual([cell]);
    const [w] = lines[0].words;
    // x = 2x + (40 − 32), y = 2y + (30 − 32)
    expect([w.x0, w.x1, w.y0, w.y1, w.symbols[0].x0, w.symbols[0].x1]).toEqual([40, 50, 30, 62, 40, 44]);
    expect(lines[0].baseline).toEqual({ x0: 40, y0: 62, x1: 50, y1: 62 });
  });

  it('cuts the cell’s own pixels out around the ink, white beyond the cell, and brings shaded paper to white', async () => {
    // A cell shaded grey 200 with a black digit 10 × 16 near its top: the pad (16) reaches above the cell.
    const shaded = { x0: 20, y0: 20, x1: 120, y1: 110 };
    const image = pageWith([{ ...shaded, grey: 200 }, { x0: 60, y0: 24, x1: 70, y1: 40, grey: 0 }, { x0: 0, y0: 0, x1: 200, y1: 20, grey: 100 }]);
    const { engine, calls } = engineSaying();
    await readCells(image, [[shaded]], engine);
    const { image: crop } = calls[0];
    expect([crop.width, crop.height]).toEqual([42, 48]);
    const at = (x: number, y: number) => crop.data[y * crop.width + x];
    // Crop (x, y) is page (x + 44, y + 8). Above the cell (page rows 8–19, grey 100 outside it): white. The
    // cell's grey paper: white. The ink (page 60–69 × 24–39): black.
    expect([at(13, 0), at(13, 11), at(13, 12), at(0, 20), at(41, 47), at(16, 16), at(25, 31), at(26, 31)]).toEqual([255, 255, 255, 255, 255, 0, 0, 255]);
    expect(new Set(crop.data)).toEqual(new Set([0, 255]));
  });

  it('skips an empty cell and a speck of dirt, and reads a thin stroke (a 1)', async () => {
    const speck = { x0: 40, y0: 30, x1: 42, y1: 36 };
    const one = { x0: 140, y0: 30, x1: 141, y1: 50 };
    const image = pageWith([speck, one]);
    const { engine, calls } = engineSaying();
    const { read } = await readCells(image, [[cell, { x0: 130, y0: 10, x1: 190, y1: 110 }, { x0: 20, y0: 112, x1: 190, y1: 119 }]], engine);
    expect(read).toEqual([{ x0: 130, y0: 10, x1: 190, y1: 110 }]);
    expect(calls.map((c) => [c.image.width, c.image.height])).toEqual([[41, 60]]);
  });

  it('reads a label cell again at print size, as a block when it wraps; its words keep their own line', async () => {
    // Two lines of print, the ink 32 pixels high: read shrunk twice, then again at print size as a page. Crop
    // (x, y) is page (x − 2, y − 12).
    const image = pageWith([{ x0: 30, y0: 20, x1: 100, y1: 32 }, { x0: 30, y0: 40, x1: 80, y1: 52 }]);
    const garbled = said('第二', { x0: 1, y0: 1, x1: 20, y1: 12 });
    const label = [...said('第二十条', { x0: 32, y0: 32, x1: 102, y1: 44 }, 44), ...said('（一）', { x0: 32, y0: 52, x1: 82, y1: 64 }, 64)];
    const { engine, calls } = engineSaying(garbled, label);
    const { lines } = await readCells(image, [[cell]], engine);
    expect(calls.map((c) => c.mode)).toEqual(['line', 'page']);
    expect(lines.map((l) => [l.words[0].text, l.words[0].x0, l.baseline.y0, l.baseline.y1])).toEqual([['第二十条', 30, 33, 33], ['（一）', 30, 53, 53]]);
  });

  it.each([
    ['a number with its punctuation', '1,234.5', ['line']],
    ['a percentage in brackets', '（12%）', ['line']],
    ['a dash', '—', ['line']],
    ['full-width marks and a space', '－1，2．3 ｜', ['line']],
    ['a letter', '1l', ['line', 'line']],
    ['a character', '件', ['line', 'line']],
  ])('reads a cell once when the engine saw only number characters, again at print size otherwise: %s', async (_, text, modes) => {
    // Ink 32 pixels high: the first reading is shrunk twice, the second at print size (one line: as a line).
    const image = pageWith([{ x0: 30, y0: 20, x1: 100, y1: 52 }]);
    const { engine, calls } = engineSaying(said(text, { x0: 8, y0: 8, x1: 78, y1: 20 }));
    await readCells(image, [[cell]], engine);
    expect(calls.map((c) => c.mode)).toEqual(modes);
  });

  it('reads a cell again at print size when any word of any line holds a character that is not a number’s', async () => {
    const image = pageWith([{ x0: 30, y0: 20, x1: 100, y1: 52 }]);
    const twoLines = [...said('12', { x0: 8, y0: 8, x1: 30, y1: 20 }), ...said('件', { x0: 32, y0: 8, x1: 40, y1: 20 })];
    const twoWords: OcrLine[] = [{ baseline: twoLines[0].baseline, words: [...twoLines[0].words, ...twoLines[1].words] }];
    for (const reading of [twoLines, twoWords]) {
      const { engine, calls } = engineSaying(reading);
      await readCells(image, [[cell]], engine);
      expect(calls.map((c) => c.mode)).toEqual(['line', 'line']);
    }
  });

  it('gives no line for a line the engine returned without words', async () => {
    const image = pageWith([{ x0: 30, y0: 20, x1: 100, y1: 52 }]);
    const { engine } = engineSaying([{ baseline: { x0: 1, y0: 20, x1: 30, y1: 20 }, words: [] }]);
    const { lines, read } = await readCells(image, [[cell]], engine);
    expect([lines, read]).toEqual([[], [cell]]);
  });

  it('shows the engine each pixel of a shrunk digit as the mean of the 2 × 2 pixels it stands for', async () => {
    // Ink 10 × 32 (shrunk twice, padded by 32): page pixel (40 + x, 30 + y) is 10x + y, so shrunk pixel (16 + i,
    // 16 + j) is the mean of 10·(2i, 2i + 1) and (2j, 2j + 1): 20i + 2j + 5.5, stored as 20i + 2j + 5.
    const image = pageWith([]);
    for (let y = 0; y < 32; y++) for (let x = 0; x < 10; x++) image.data[(30 + y) * 200 + 40 + x] = 10 * x + y;
    const { engine, calls } = engineSaying();
    await readCells(image, [[cell]], engine);
    const expected = new Uint8Array(37 * 48).fill(255);
    for (let j = 0; j < 16; j++) for (let i = 0; i < 5; i++) expected[(16 + j) * 37 + 16 + i] = 20 * i + 2 * j + 5;
    expect(calls.map((c) => [c.image.width, c.image.height])).toEqual([[37, 48]]);
    expect(calls[0].image.data).toEqual(expected);
  });

  it('brings grey print on grey paper to the same contrast as on white, the paper judged from the cell’s own pixels', async () => {
    // A cell 20 × 20 of paper grey 200 with 190 pixels of grey-100 print (9 columns and half a tenth), in a page
    // of grey 100 all round: 100 / 200 of white is 128 (127.5 rounded). Nothing beyond the cell enters the cut-out,
    // nor its ink's extent, nor its paper (one more row or column of grey 100 would make grey 100 the median).
    const box = { x0: 20, y0: 10, x1: 40, y1: 30 };
    const image = pageWith([{ ...box, grey: 200 }, { x0: 20, y0: 10, x1: 29, y1: 30, grey: 100 }, { x0: 29, y0: 10, x1: 30, y1: 20, grey: 100 }], 100);
    const { engine, calls } = engineSaying();
    await readCells(image, [[box]], engine);
    // Ink 10 × 20, padded by 20: crop (x, y) is page (x, y − 10).
    const { image: crop } = calls[0];
    expect([crop.width, crop.height]).toEqual([50, 60]);
    const print = [...crop.data.keys()].filter((i) => crop.data[i] !== 255);
    expect(print.length).toBe(190);
    expect(new Set(print.map((i) => crop.data[i]))).toEqual(new Set([128]));
    const at = (x: number, y: number) => crop.data[(y + 10) * 50 + x];
    expect([at(20, 10), at(28, 29), at(29, 19), at(29, 20), at(30, 10), at(20, 9), at(20, 30)]).toEqual([128, 128, 128, 255, 255, 255, 255]);
  });

  it.each([
    ['a speck 2 × 6', { x0: 40, y0: 30, x1: 42, y1: 36 }, 0, 0],
    ['a mark 3 × 6', { x0: 40, y0: 30, x1: 43, y1: 36 }, 0, 1],
    ['a stroke 2 × 7', { x0: 40, y0: 30, x1: 42, y1: 37 }, 0, 1],
    ['a dash 10 × 2', { x0: 40, y0: 30, x1: 50, y1: 32 }, 0, 1],
    ['a digit in grey 127', { x0: 40, y0: 30, x1: 50, y1: 50 }, 127, 1],
    ['a smudge of grey 128', { x0: 40, y0: 30, x1: 50, y1: 50 }, 128, 0],
  ])('reads a cell holding %s only if it is print', async (_, mark, grey, n) => {
    const { engine } = engineSaying();
    const { read } = await readCells(pageWith([{ ...mark, grey }]), [[cell]], engine);
    expect(read.length).toBe(n);
  });

  it('measures print in the page’s first column and first row like any other', async () => {
    // A stroke 1 × 20 in column 0 (padded by 20), a dash 10 × 1 in row 0 (padded by 8).
    const image = pageWith([{ x0: 0, y0: 5, x1: 1, y1: 25 }, { x0: 50, y0: 0, x1: 60, y1: 1 }]);
    const { engine, calls } = engineSaying();
    await readCells(image, [[{ x0: 0, y0: 0, x1: 30, y1: 40 }, { x0: 40, y0: 0, x1: 80, y1: 40 }]], engine);
    expect(calls.map((c) => [c.image.width, c.image.height])).toEqual([[41, 60], [26, 17]]);
  });

  it('reads a cell whose pixels only hash like an earlier one’s on its own: identical means every pixel the same', async () => {
    // Two inks 4 × 8, black but for their first two rows, whose cut-outs (20 × 24, white around) share their
    // FNV-1a hash (found by a birthday search): the second cell must still be read, not given the first's reading.
    const image = pageWith([]);
    const firstRows = [[48, 83, 49, 126, 46, 69, 89, 57], [11, 36, 96, 4, 62, 119, 40, 83]];
    firstRows.forEach((v, k) => {
      for (let y = 0; y < 8; y++) for (let x = 0; x < 4; x++) image.data[(20 + y) * 200 + 30 + 80 * k + x] = y < 2 ? v[y * 4 + x] : 0;
    });
    const { engine, calls } = engineSaying(said('1', { x0: 8, y0: 8, x1: 12, y1: 16 }), said('7', { x0: 8, y0: 8, x1: 12, y1: 16 }));
    const { lines } = await readCells(image, [[{ x0: 20, y0: 10, x1: 60, y1: 60 }, { x0: 100, y0: 10, x1: 140, y1: 60 }]], engine);
    const fnv = (data: Uint8Array) => data.reduce((h, v) => Math.imul(h ^ v, 16777619), 2166136261) >>> 0;
    expect(calls.map((c) => [c.image.width, c.image.height, fnv(c.image.data)])).toEqual([[20, 24, 393251036], [20, 24, 393251036]]);
    expect(lines.map((l) => l.words[0].text)).toEqual(['1', '7']);
  });

  it('reads a small label of two lines again as a block, though its first reading was of the same pixels as a line', async () => {
    // Two lines 8 pixels high, 4 apart: 20 in all, not shrunk.
    const image = pageWith([{ x0: 30, y0: 30, x1: 90, y1: 38 }, { x0: 30, y0: 42, x1: 70, y1: 50 }]);
    const { engine, calls } = engineSaying(said('第', { x0: 1, y0: 1, x1: 20, y1: 12 }));
    await readCells(image, [[cell]], engine);
    expect(calls.map((c) => c.mode)).toEqual(['line', 'page']);
  });
});

describe('mergeCellLines', () => {
  const w = (text: string, x0: number, x1: number, y0 = 10, y1 = 30): OcrWord => ({ text, confidence: 90, x0, y0, x1, y1, symbols: [] });
  const line = (...words: OcrWord[]): OcrLine => ({ words, baseline: { x0: 0, y0: 30, x1: 300, y1: 30 } });
  it('drops the page reading’s words inside a cell read on its own (touching its edge is not inside), and lines left empty', () => {
    const page = [
      line(w('行政处罚', 0, 100), w('0000', 100, 200)), line(w('00', 120, 150, 40, 60)),
      // Around the cell 50–100 × 90–100: left of it, right of it, above it, below it.
      line(w('合计', 0, 50, 92, 98), w('件', 100, 120, 92, 98)), line(w('上', 60, 80, 70, 90)), line(w('下', 60, 80, 100, 110)),
    ];
    const cells = { lines: [line(w('0', 120, 130))], read: [{ x0: 110, y0: 0, x1: 190, y1: 61 }, { x0: 50, y0: 90, x1: 100, y1: 100 }] };
    expect(mergeCellLines(page, cells).map((l) => l.words.map((x) => x.text))).toEqual([['行政处罚'], ['合计', '件'], ['上'], ['下'], ['0']]);
  });
});
