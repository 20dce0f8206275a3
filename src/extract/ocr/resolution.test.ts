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
});
