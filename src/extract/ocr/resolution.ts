/**
 * The engine reads print best at about 300 dpi (an A4 page some 2,480 pixels wide): at 150 dpi a table's
 * 7.5-point digits are 11 pixels high and thin strokes break up, and its labels come out garbled. A page
 * scanned coarser is enlarged (bilinear) to that width first, so one pipeline, tuned at 300 dpi, reads both.
 */
import type { GreyImage } from './rules';

/** An A4 page's width at 300 dpi. */
const TARGET_WIDTH = 2480;
/** Narrower than this (about 240 dpi on A4), a page is enlarged. */
const ENLARGE_BELOW = 2000;
/**
 * Narrower than this (about 120 dpi on A4), an image is not a page that enlarging helps: left as it is
 * (enlarged 4 times, a photo's specks grew into blobs the engine read as characters).
 */
const TOO_COARSE = 1000;

/** The factor a page of this width is enlarged by (1: left alone). */
export function enlargement(width: number): number {
  return width >= ENLARGE_BELOW || width < TOO_COARSE ? 1 : TARGET_WIDTH / width;
}

/** The image enlarged `factor` times each way, each pixel sampled bilinearly from the original. */
export function enlarge(image: GreyImage, factor: number): GreyImage {
  if (factor <= 1) return image;
  const { width: w, height: h, data } = image;
  const width = Math.round(w * factor);
  const height = Math.round(h * factor);
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const sy = Math.min(h - 1, Math.max(0, (y + 0.5) / factor - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(h - 1, y0 + 1);
    const fy = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = Math.min(w - 1, Math.max(0, (x + 0.5) / factor - 0.5));
      const x0 = Math.floor(sx);
      const x1 = Math.min(w - 1, x0 + 1);
      const fx = sx - x0;
      const top = data[y0 * w + x0] * (1 - fx) + data[y0 * w + x1] * fx;
      const bottom = data[y1 * w + x0] * (1 - fx) + data[y1 * w + x1] * fx;
      out[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data: out };
}

/** The page at about 300 dpi, or itself when it already is. */
export const atReadingResolution = (image: GreyImage) => enlarge(image, enlargement(image.width));
