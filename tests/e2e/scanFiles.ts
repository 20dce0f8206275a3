/**
 * Files for the OCR browser tests, made in the test from the shared report (a scan of some of its pages) or
 * from nothing (a photo of noise, a scan too long to read, torn images). Nothing here is committed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { greyPng } from '../../src/extract/__fixtures__/png';
import { renderPages } from '../../src/extract/__fixtures__/scans';
import { greyPdfImage, imagesToPdf } from '../../src/extract/ocr/imagePdf';

export const HONGZE_2023 = '../shared/reports/pdf/hongze_district_2023.pdf';

/** An image-only PDF of the given pages (1-based) of a text PDF at a resolution, as a scanner makes it. */
export function scanOf(pdf: string, dpi: number, pages: number[]): Buffer {
  return Buffer.from(imagesToPdf(pages.flatMap((n) => renderPages(pdf, dpi, n, n)).map((image) => greyPdfImage(image, dpi))));
}

/** A photo of something that is not a report: grey blotches and speckle, the same in every run. */
export function noisePhoto(width = 500, height = 360): Buffer {
  let s = 7;
  const next = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data[y * width + x] = Math.round(128 + 60 * Math.sin(x / 40) * Math.cos(y / 55) + (next() - 0.5) * 90);
  }
  return Buffer.from(greyPng({ width, height, data }));
}

/** A scan of `pages` tiny blank pages: a file far over the page limit that costs nothing to make. */
export const longScan = (pages: number) => Buffer.from(imagesToPdf(Array.from({ length: pages }, () => greyPdfImage({ width: 8, height: 8, data: new Uint8Array(64).fill(255) }, 72))));

/** Page 1 of the report as a JPEG by pdftoppm, cut off after its first `keep` bytes (a download that stopped). */
export function tornJpeg(pdf: string, keep: number): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'torn-'));
  try {
    execFileSync('pdftoppm', ['-r', '100', '-gray', '-jpeg', '-f', '1', '-l', '1', pdf, join(dir, 'p')]);
    return readFileSync(join(dir, readdirSync(dir)[0])).subarray(0, keep);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
