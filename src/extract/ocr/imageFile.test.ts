import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { HAVE_SHARED, IF_SHARED, SHARED_REPORTS } from '../__fixtures__/load';
import { readPgm } from '../__fixtures__/scans';
import { extractInput, OCR_UNAVAILABLE } from '../extractInput';
import { nodePdfJs } from '../__fixtures__/engines';
import { ImageError, jpegPage, pngPage } from './imageFile';
import { imagesToPdf } from './imagePdf';
import { openScan, type PdfJsImages } from './pageImages';

const dir = mkdtempSync(join(tmpdir(), 'page-images-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pdf = join(import.meta.dirname, '..', '..', '..', SHARED_REPORTS, 'pdf', 'hongze_district_2023.pdf');
/** Page 3 of a real report by pdftoppm, in the format asked for. */
function render(format: '-png' | '-jpeg' | '', grey: boolean) {
  const prefix = join(dir, `${format || 'pgm'}${grey ? 'g' : 'c'}`);
  execFileSync('pdftoppm', ['-r', '50', ...(grey ? ['-gray'] : []), ...(format ? [format] : []), '-f', '3', '-l', '3', pdf, prefix]);
  const file = readdirSync(dir).find((f) => join(dir, f).startsWith(prefix))!;
  return new Uint8Array(readFileSync(join(dir, file)));
}
const decoded = async (bytes: Uint8Array) => {
  const scan = await openScan(bytes, pdfjs as unknown as PdfJsImages);
  try {
    return await scan.image(1);
  } finally {
    await scan.close();
  }
};

describe.skipIf(!HAVE_SHARED)(`page images wrapped as PDF pages decode to the image’s own pixels${IF_SHARED}`, () => {
  it('a grey PNG exactly, an RGB PNG to the same grey', async () => {
    const truth = readPgm(render('', true));
    const grey = await decoded(imagesToPdf([pngPage(render('-png', true))]));
    expect([grey!.width, grey!.height]).toEqual([truth.width, truth.height]);
    expect(grey!.data).toEqual(truth.data);
    const rgb = await decoded(imagesToPdf([pngPage(render('-png', false))]));
    const off = rgb!.data.reduce((n, v, i) => n + Math.abs(v - truth.data[i]), 0) / truth.data.length;
    expect(off).toBeLessThan(2);
  });

  it('a JPEG to within its compression', async () => {
    const truth = readPgm(render('', true));
    const img = await decoded(imagesToPdf([jpegPage(render('-jpeg', true))]));
    expect([img!.width, img!.height]).toEqual([truth.width, truth.height]);
    expect(img!.data.reduce((n, v, i) => n + Math.abs(v - truth.data[i]), 0) / truth.data.length).toBeLessThan(4);
  });
});

describe('bad page images', () => {
  it('are refused with a message', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2]);
    expect(() => pngPage(png)).toThrow(ImageError);
    expect(() => jpegPage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0x12]))).toThrow('damaged JPEG image: no frame header');
  });

  it('go through the door as a message, never a crash; without an OCR engine a page image is named as needing it', async () => {
    const torn = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3]);
    expect(await extractInput({ name: 'p.jpg', bytes: torn }, { pdfjs: nodePdfJs })).toMatchObject({ ok: false, error: OCR_UNAVAILABLE });
  });
});
