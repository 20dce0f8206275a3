/**
 * A scan fed in a degree off straight: its rows drift across the table's width by more than a row's height
 * at 300 dpi, so neither the page reading nor the cell grid lines up. The slant is found by projection: the
 * slope along which the dark pixels gather into the fewest, densest rows (rules and lines of print both
 * count), and the image is turned back.
 */
import type { GreyImage } from './rules';

/** Below this slope (0.1°) turning the image changes nothing worth its time. */
const LEVEL = 0.0017;
const MAX_SLOPE = 0.05; // ±3°: a page fed further askew is not what this corrects
const STEP = 0.0005;
const SAMPLE = 4; // every 4th pixel each way is plenty to see rows

/** The slope (y downwards per pixel across) of the page's rows. */
export function slantOf(image: GreyImage): number {
  const { width, height, data } = image;
  let best = 0;
  let bestScore = -1;
  // Bins as tall as the sampling step: finer bins would favour slope 0, where every sample falls on a sampled row.
  const margin = Math.ceil((MAX_SLOPE * width) / SAMPLE) + 1;
  const bins = new Float64Array(Math.ceil(height / SAMPLE) + 2 * margin);
  for (let slope = -MAX_SLOPE; slope <= MAX_SLOPE + 1e-9; slope += STEP) {
    bins.fill(0);
    for (let y = 0; y < height; y += SAMPLE) {
      for (let x = 0; x < width; x += SAMPLE) if (data[y * width + x] < 128) bins[Math.round((y - slope * x) / SAMPLE) + margin]++;
    }
    let score = 0;
    for (const b of bins) score += b * b;
    if (score > bestScore) [bestScore, best] = [score, slope];
  }
  return best;
}

/** The image turned about its centre by the angle whose tangent is `slope` (y downwards): white where the page moved away. */
export function turn(image: GreyImage, slope: number): GreyImage {
  const { width, height, data } = image;
  const out = new Uint8Array(width * height);
  const angle = Math.atan(slope);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const [cx, cy] = [width / 2, height / 2];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Bilinear sample of the source point that lands here.
      const sx = cos * (x - cx) + sin * (y - cy) + cx;
      const sy = -sin * (x - cx) + cos * (y - cy) + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      const at = (xx: number, yy: number) => (xx < 0 || yy < 0 || xx >= width || yy >= height ? 255 : data[yy * width + xx]);
      out[y * width + x] = (at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx) * (1 - fy) + (at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx) * fy;
    }
  }
  return { width, height, data: out };
}

/** The image level, or itself when it already is. */
export function level(image: GreyImage): GreyImage {
  const slope = slantOf(image);
  return Math.abs(slope) < LEVEL ? image : turn(image, -slope);
}
