/**
 * Table cells from the rules of a scanned page, and their text recognised cell by cell. A page
 * reading runs widely spaced digits together or reads one twice (`0000`, `00`); a cell cut out on its own
 * reads as one short line with a confidence of its own. (Setting a row's cells side by side in one strip
 * was no faster and lost lone digits to their neighbours: `1` read into the next cell's `0`.)
 */
import type { OcrEngine, OcrLine, OcrWord } from './engine';
import { ruleAt, type GreyImage, type Grid } from './rules';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const INSET = 4; // pixels kept clear of a rule's edge
const PAD_EM = 1; // margin around a cut-out cell's ink (its own paper, then white), in heights of the ink
/**
 * The model reads digits best at about this height in pixels: at 300 dpi a lone `1` came back at confidence
 * 55 and a `5` as `3`, at 150 dpi both right at 88 and 80 (measured on the real reports, docs/ocr.md).
 */
const DIGIT_HEIGHT = 16;
/** A character that no number of a table holds: the cell is text. */
const NOT_NUMERIC = /[^0-9.,，．%\-－—|｜()（）\s]/;

/** A box-filtered copy `factor` times smaller. */
function shrink(image: GreyImage, factor: number): GreyImage {
  if (factor <= 1) return image;
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) for (let dx = 0; dx < factor; dx++) sum += image.data[(y * factor + dy) * image.width + x * factor + dx];
      data[y * width + x] = sum / (factor * factor);
    }
  }
  return { width, height, data };
}

/**
 * The cells of each row band of the grid, each inside its four rules where they actually run there (a
 * turned page's rules are slanted). Labels too: the page reading garbles small print between rules, and
 * lost whole rows of a table at 150 dpi. A cell taller than a quarter of the page is a frame around prose,
 * left to the page reading.
 */
export function gridCells(grid: Grid, height: number): Box[][] {
  const hs = [...grid.horizontal].sort((a, b) => a.at - b.at);
  const rows: Box[][] = [];
  for (let i = 0; i + 1 < hs.length; i++) {
    const [top, bottom] = [hs[i], hs[i + 1]];
    const x0 = Math.max(top.from, bottom.from);
    const x1 = Math.min(top.to, bottom.to);
    const mid = (x0 + x1) / 2;
    if (x1 <= x0 || ruleAt(bottom, mid) - ruleAt(top, mid) < 12) continue;
    const crossing = grid.vertical
      .filter((v) => {
        const vx = ruleAt(v, (ruleAt(top, mid) + ruleAt(bottom, mid)) / 2);
        return v.from <= ruleAt(top, vx) + 8 && v.to >= ruleAt(bottom, vx) - 8 && vx >= x0 - 8 && vx <= x1 + 8;
      })
      .sort((a, b) => a.at - b.at);
    const cells: Box[] = [];
    for (let j = 0; j + 1 < crossing.length; j++) {
      const [left, right] = [crossing[j], crossing[j + 1]];
      const yTop = Math.max(ruleAt(top, left.at), ruleAt(top, right.at));
      const yBottom = Math.min(ruleAt(bottom, left.at), ruleAt(bottom, right.at));
      const xLeft = Math.max(ruleAt(left, yTop), ruleAt(left, yBottom));
      const xRight = Math.min(ruleAt(right, yTop), ruleAt(right, yBottom));
      if (xRight - xLeft > 2 * INSET + 4 && yBottom - yTop > 2 * INSET + 4 && yBottom - yTop < height / 4) {
        cells.push({ x0: Math.ceil(xLeft + INSET), y0: Math.ceil(yTop + INSET), x1: Math.floor(xRight - INSET), y1: Math.floor(yBottom - INSET) });
      }
    }
    if (cells.length) rows.push(cells);
  }
  return rows;
}

/** The grey level of a cell's paper: the median of its pixels (most of a cell is background). */
function backgroundOf(image: GreyImage, box: Box): number {
  const counts = new Uint32Array(256);
  let n = 0;
  for (let y = box.y0; y < box.y1; y++) for (let x = box.x0; x < box.x1; x++, n++) counts[image.data[y * image.width + x]]++;
  let seen = 0;
  for (let v = 0; v < 256; v++) if ((seen += counts[v]) * 2 >= n) return Math.max(v, 1);
  return 255;
}

/** Lines of print in an image: bands of inked rows between blank ones, not counting bands under half the tallest's height (a stroke of 二). */
export function lineCount(image: GreyImage): number {
  const bands: number[] = [];
  let run = 0;
  for (let y = 0; y <= image.height; y++) {
    let inked = false;
    if (y < image.height) for (let x = 0; x < image.width && !inked; x++) inked = image.data[y * image.width + x] < 128;
    if (inked) run++;
    else if (run) bands.push(run), (run = 0);
  }
  const tallest = Math.max(0, ...bands);
  return bands.filter((b) => b * 2 >= tallest).length;
}

/** The ink's extent inside a box, or null for an empty cell. */
function inkOf(image: GreyImage, box: Box): Box | null {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -1, -1];
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      if (image.data[y * image.width + x] < 128) {
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
    }
  }
  // A few dark pixels are a speck, not a character.
  return x1 - x0 < 2 && y1 - y0 < 6 ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1 };
}

/**
 * The engine, reading an image identical to one it has read before (a table's many `0` cells) only once:
 * the engine gives the same reading for the same pixels, and a page makes over 300 cell calls.
 */
function remembered(engine: OcrEngine): OcrEngine['recognize'] {
  const seen = new Map<string, { data: Uint8Array; lines: OcrLine[] }[]>();
  return async (image, mode) => {
    let hash = 2166136261;
    for (const v of image.data) hash = Math.imul(hash ^ v, 16777619);
    const key = `${mode} ${image.width}x${image.height} ${hash >>> 0}`;
    const same = seen.get(key)?.find((r) => r.data.every((v, i) => v === image.data[i]));
    if (same) return same.lines;
    const lines = await engine.recognize(image, mode);
    seen.set(key, [...(seen.get(key) ?? []), { data: image.data, lines }]);
    return lines;
  };
}

/**
 * Reads each inked cell on its own; returns the readings as lines in page coordinates and the boxes of the
 * cells read (the page reading's words there are replaced).
 */
export async function readCells(image: GreyImage, rows: Box[][], engine: OcrEngine): Promise<{ lines: OcrLine[]; read: Box[] }> {
  const lines: OcrLine[] = [];
  const read: Box[] = [];
  const recognize = remembered(engine);
  for (const box of rows.flat()) {
    const ink = inkOf(image, box);
    if (!ink) continue;
    read.push(box);
    const [w, h] = [ink.x1 - ink.x0, ink.y1 - ink.y0];
    const pad = Math.max(8, Math.round(h * PAD_EM));
    // The cell's own pixels around the ink, not white: a stroke's faint edge lies outside the dark pixels'
    // box, and cutting it off turned a 4 into nothing and a 1 into `]` (pages enlarged from 150 dpi).
    // A shaded cell (a header's tint) is brought to white paper, or its edge against the white pad reads as
    // a character: 第二十条 lost its 第二.
    const paper = backgroundOf(image, box);
    const crop: GreyImage = { width: w + 2 * pad, height: h + 2 * pad, data: new Uint8Array((w + 2 * pad) * (h + 2 * pad)).fill(255) };
    for (let y = Math.max(box.y0, ink.y0 - pad); y < Math.min(box.y1, ink.y1 + pad); y++) {
      for (let x = Math.max(box.x0, ink.x0 - pad); x < Math.min(box.x1, ink.x1 + pad); x++) {
        crop.data[(y - ink.y0 + pad) * crop.width + x - ink.x0 + pad] = Math.min(255, Math.round((image.data[y * image.width + x] * 255) / paper));
      }
    }
    let f = Math.max(1, Math.round(h / DIGIT_HEIGHT));
    let reading = await recognize(shrink(crop, f), 'line');
    // A label cell: Chinese shrunk to a digit's height is illegible, so it is read again as printed; as a
    // block when it wraps over lines (read as a block, one line of 第二十条第（一）项 lost its 第二).
    const text = reading.some((l) => l.words.some((w) => NOT_NUMERIC.test(w.text)));
    if (text) {
      f = 1;
      reading = await recognize(crop, lineCount(crop) > 1 ? 'page' : 'line');
    }
    // Back to page coordinates.
    const [dx, dy] = [ink.x0 - pad, ink.y0 - pad];
    const X = (x: number) => x * f + dx;
    const Y = (y: number) => y * f + dy;
    for (const line of reading) {
      if (line.words.length === 0) continue;
      // Digits stand on the baseline: the ink's bottom puts every cell of a row on one line, to the pixel.
      // A label's lines keep their own height, level like every cell's (the page is level by now; the slope the
      // engine fits to a few characters is noise, and would tilt the page's skew that the layout takes out).
      const y = text ? Y((line.baseline.y0 + line.baseline.y1) / 2) : ink.y1;
      lines.push({
        baseline: { x0: X(line.baseline.x0), y0: y, x1: X(line.baseline.x1), y1: y },
        words: line.words.map((word: OcrWord) => ({
          ...word, x0: X(word.x0), x1: X(word.x1), y0: Y(word.y0), y1: Y(word.y1),
          symbols: word.symbols.map((s) => ({ ...s, x0: X(s.x0), x1: X(s.x1) })),
        })),
      });
    }
  }
  return { lines, read };
}

const overlaps = (w: OcrWord, b: Box) => w.x0 < b.x1 && w.x1 > b.x0 && w.y0 < b.y1 && w.y1 > b.y0;

/** The page reading with its words in the cells read taken out, and the cells' own readings added. */
export function mergeCellLines(page: OcrLine[], cells: { lines: OcrLine[]; read: Box[] }): OcrLine[] {
  const kept = page.map((l) => ({ ...l, words: l.words.filter((w) => !cells.read.some((b) => overlaps(w, b))) }));
  return [...kept.filter((l) => l.words.length > 0), ...cells.lines];
}
