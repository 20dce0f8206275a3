import { describe, expect, it } from 'vitest';
import { level, slantOf, turn } from './deskew';
import type { GreyImage } from './rules';

/**
 * A white page with four lines of "print" (bands 4 pixels thick, dark every pixel) drifting `slope` pixels down
 * per pixel across: y = y0 + slope · x.
 */
function slanted(slope: number, width = 400, height = 240): GreyImage {
  const data = new Uint8Array(width * height).fill(255);
  for (const y0 of [40, 90, 140, 190]) {
    for (let x = 0; x < width; x++) {
      const y = Math.round(y0 + slope * x);
      for (let d = 0; d < 4; d++) if (y + d >= 0 && y + d < height) data[(y + d) * width + x] = 0;
    }
  }
  return { width, height, data };
}

/** A page whose grey is a function of the pixel's place: bilinear sampling reproduces a linear one exactly. */
function gradient(width: number, height: number, grey: (x: number, y: number) => number): GreyImage {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = grey(x, y);
  return { width, height, data };
}

/**
 * How close slantOf can be: it samples every 4th row, so slopes that move the far end of a line by less than half
 * a sampling step (2 pixels over the width) score alike, and the first of them tried wins; then the search step.
 */
const within = (width: number) => 2 / width + 0.0005 + 1e-9;

describe('slantOf', () => {
  it('finds the drift of the lines of print to within half a sampling step over the width', () => {
    for (const slope of [0, 0.01, -0.01, 0.0175, -0.03, 0.045]) expect(Math.abs(slantOf(slanted(slope, 800)) - slope)).toBeLessThanOrEqual(within(800));
  });

  it('searches as far as ±0.05 (3°) and no further', () => {
    expect(Math.abs(slantOf(slanted(0.05, 800)) - 0.05)).toBeLessThanOrEqual(within(800));
    expect(Math.abs(slantOf(slanted(-0.05, 800)) + 0.05)).toBeLessThanOrEqual(within(800));
    expect(Math.abs(slantOf(slanted(0.07, 800)))).toBeLessThanOrEqual(0.05 + 1e-9);
  });

  it('takes grey darker than 128 as print, 128 as paper', () => {
    const grey = (value: number) => ({ ...slanted(0.02, 800), data: slanted(0.02, 800).data.map((v) => (v === 0 ? value : v)) });
    expect(Math.abs(slantOf(grey(127)) - 0.02)).toBeLessThanOrEqual(within(800));
    // Nothing dark: every slope scores 0, and the first one tried (-0.05) stands.
    expect(slantOf(grey(128))).toBeCloseTo(-0.05, 9);
  });
});

describe('turn', () => {
  it('leaves a page as it is at slope 0', () => {
    const page = slanted(0.01);
    expect(turn(page, 0).data).toEqual(page.data);
  });

  it('samples each pixel from the source point turned about the centre (exact on a linear grey)', () => {
    const [width, height, slope] = [120, 100, 0.03];
    const angle = Math.atan(slope);
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    // Two grey levels a pixel, so that sampling the wrong neighbour is off by more than rounding.
    const across = turn(gradient(width, height, (x) => 2 * x + 10), slope);
    const down = turn(gradient(width, height, (_, y) => 2 * y + 10), slope);
    // Every pixel whose source point lies well inside the page, the largest difference from the exact value.
    let [worstAcross, worstDown] = [0, 0];
    for (let y = 10; y < height - 10; y++) {
      for (let x = 10; x < width - 10; x++) {
        const sx = cos * (x - width / 2) + sin * (y - height / 2) + width / 2;
        const sy = -sin * (x - width / 2) + cos * (y - height / 2) + height / 2;
        worstAcross = Math.max(worstAcross, Math.abs(across.data[y * width + x] - Math.trunc(2 * sx + 10)));
        worstDown = Math.max(worstDown, Math.abs(down.data[y * width + x] - Math.trunc(2 * sy + 10)));
      }
    }
    expect(Math.max(worstAcross, worstDown)).toBeLessThanOrEqual(1);
  });

  it('fills with white where the page moved away, and keeps the size', () => {
    const black = gradient(100, 100, () => 0);
    const turned = turn(black, 0.05);
    expect([turned.width, turned.height, turned.data.length]).toEqual([100, 100, 10_000]);
    // Turned by 0.05 about (50, 50), the top left corner samples about (-2.4, 2.6): off the page by more than a
    // pixel, so paper; the middle of the top row samples about (47.5, 0.06), still on the black page.
    expect(turned.data[0]).toBe(255);
    // The top right corner samples about (96.4, -2.4): above the page, paper too.
    expect(turned.data[99]).toBe(255);
    expect(turned.data[50]).toBeLessThan(10);
    expect(turned.data[50 * 100 + 50]).toBe(0); // the centre stays where it was
  });
});

describe('level', () => {
  // 1600 pixels wide: a level page measures within 2 / 1600 of 0, under the 0.0017 (0.1°) that is left alone.
  it('returns the page itself when it is level', () => {
    const page = slanted(0, 1600, 160);
    expect(level(page)).toBe(page);
  });

  it('turns a slanted page back, so its lines run level', () => {
    for (const slope of [0.02, -0.02]) {
      const page = slanted(slope, 1600, 160);
      const levelled = level(page);
      expect(levelled).not.toBe(page);
      expect(Math.abs(slantOf(levelled))).toBeLessThanOrEqual(within(1600));
    }
  });
});
