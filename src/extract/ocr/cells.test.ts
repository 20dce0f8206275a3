import { describe, expect, it } from 'vitest';
import { gridCells, lineCount, readCells } from './cells';
import type { OcrEngine } from './engine';
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
