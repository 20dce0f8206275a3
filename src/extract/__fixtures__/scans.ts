/**
 * Scanned reports made from the real text PDFs (Node only, for the tests): pages rendered by poppler's
 * pdftoppm at a resolution, optionally turned by 1° with noise added, and wrapped into an image-only PDF.
 * They derive from ../shared/reports, so they are written to a temporary folder and never committed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { greyPdfImage, imagesToPdf } from '../ocr/imagePdf';
import type { GreyImage } from '../ocr/rules';
import { turn } from '../ocr/deskew';

export function readPgm(bytes: Uint8Array): GreyImage {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64));
  const m = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(head);
  if (!m) throw new Error('not an 8-bit PGM image');
  return { width: Number(m[1]), height: Number(m[2]), data: bytes.slice(m[0].length) };
}

/** Pages (1-based, inclusive) of a PDF as grey images, by pdftoppm. */
export function renderPages(pdfPath: string, dpi: number, first: number, last: number): GreyImage[] {
  const dir = mkdtempSync(join(tmpdir(), 'scan-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(first), '-l', String(last), pdfPath, join(dir, 'p')]);
    return readdirSync(dir).sort().map((f) => readPgm(new Uint8Array(readFileSync(join(dir, f)))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A small deterministic generator, so a noisy scan is the same in every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Turned by `degrees` about the centre (white where the page moved away), with grey noise and specks. */
export function rotateWithNoise(image: GreyImage, degrees: number, seed = 1): GreyImage {
  const out = turn(image, Math.tan((degrees * Math.PI) / 180));
  const rnd = random(seed);
  for (let i = 0; i < out.data.length; i++) {
    let v = out.data[i] + (rnd() + rnd() + rnd() - 1.5) * 40; // grey noise, roughly normal, σ ≈ 20
    if (rnd() < 0.001) v = rnd() < 0.5 ? 0 : 255; // dust and dropouts
    // In steps of 8 grey levels, so four noisy 300-dpi pages stay under the 20 MB limit as an image-only PDF.
    out.data[i] = Math.max(0, Math.min(255, Math.round(v / 8) * 8));
  }
  return out;
}

export interface ScanOptions {
  dpi: number;
  /** Turned by 1° with noise. */
  skewed?: boolean;
  first?: number;
  last?: number;
  /** Just these pages (1-based), in this order, instead of first…last: the title page and the table pages. */
  pages?: number[];
}

/** An image-only PDF of the given pages of a text PDF, as a scanner would make it. */
export function scannedPdf(pdfPath: string, opts: ScanOptions): Uint8Array {
  const pages = opts.pages
    ? opts.pages.flatMap((n) => renderPages(pdfPath, opts.dpi, n, n))
    : renderPages(pdfPath, opts.dpi, opts.first ?? 1, opts.last ?? 999);
  return imagesToPdf(pages.map((p, i) => greyPdfImage(opts.skewed ? rotateWithNoise(p, 1, i + 1) : p, opts.dpi)));
}
