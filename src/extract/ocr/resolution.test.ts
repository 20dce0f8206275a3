import { describe, expect, it } from 'vitest';
import { atReadingResolution, enlarge, enlargement } from './resolution';

describe('reading resolution', () => {
  it('enlarges an A4 page scanned at 150 dpi (1240 px wide) twice, leaves 300 dpi and images under 1,000 px alone', () => {
    expect(enlargement(1240)).toBe(2);
    expect(enlargement(2480)).toBe(1);
    expect(enlargement(2000)).toBe(1);
    expect(enlargement(1000)).toBeCloseTo(2.48);
    expect(enlargement(300)).toBe(1);
  });

  it('keeps a thin stroke dark and the paper white when enlarging', () => {
    // A 1-pixel black column on white, 4 × 3 pixels.
    const image = { width: 4, height: 3, data: new Uint8Array([255, 0, 255, 255, 255, 0, 255, 255, 255, 0, 255, 255]) };
    const big = enlarge(image, 2);
    expect([big.width, big.height]).toEqual([8, 6]);
    const row = [...big.data.subarray(8 * 2, 8 * 3)];
    expect(Math.min(...row)).toBeLessThan(128); // the stroke survives
    expect(row[7]).toBe(255);
    expect(row[0]).toBeGreaterThan(128);
    expect(atReadingResolution({ width: 2480, height: 1, data: new Uint8Array(2480) }).width).toBe(2480);
  });

  it('samples each new pixel bilinearly at its centre, the edges held at the edge pixels', () => {
    // A 3 × 3 ramp, 60 a column and 30 a row. Enlarged twice, the new pixels' centres fall at 0 (held at the
    // edge), 0.25, 0.75, 1.25, 1.75 and 2 (held) old pixels each way: a ramp still, each value 60x + 30y rounded.
    const ramp = { width: 3, height: 3, data: new Uint8Array([0, 60, 120, 30, 90, 150, 60, 120, 180]) };
    const big = enlarge(ramp, 2);
    expect([big.width, big.height]).toEqual([6, 6]);
    expect([...big.data]).toEqual([
      0, 15, 45, 75, 105, 120,
      8, 23, 53, 83, 113, 128,
      23, 38, 68, 98, 128, 143,
      38, 53, 83, 113, 143, 158,
      53, 68, 98, 128, 158, 173,
      60, 75, 105, 135, 165, 180,
    ]);
  });
});
