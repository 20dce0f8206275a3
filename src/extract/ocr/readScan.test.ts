/** The door's OCR path on bad input: a message, never a crash, and no engine time spent where none is needed. */
import { afterAll, describe, expect, it } from 'vitest';
import { closeOcr } from '../../../scripts/ocrEngine';
import { NODE_ENGINES } from '../../../scripts/readReports';
import { extractInput, type InputEngines } from '../extractInput';
import type { OcrEngine } from './engine';
import { greyPdfImage, imagesToPdf } from './imagePdf';
import { MAX_OCR_PAGES } from './scanLimits';

afterAll(closeOcr);

const blank = (width: number, height: number, fill = 255) => ({ width, height, data: new Uint8Array(width * height).fill(fill) });
/** An engine that must not be reached. */
const unreachable: OcrEngine = {
  recognize: () => {
    throw new Error('the engine was called');
  },
};
const withEngine = (engine: OcrEngine, more: Partial<NonNullable<InputEngines['ocr']>> = {}): InputEngines => ({
  ...NODE_ENGINES, ocr: { ...NODE_ENGINES.ocr!, engine, ...more },
});

describe('scans the door refuses', () => {
  it(`a scan over ${MAX_OCR_PAGES} pages, before any page is read`, async () => {
    const pdf = imagesToPdf(Array.from({ length: MAX_OCR_PAGES + 1 }, () => greyPdfImage(blank(16, 16), 72)));
    expect(await extractInput({ name: 'long.pdf', bytes: pdf }, withEngine(unreachable))).toEqual({
      ok: false, sourceFile: 'long.pdf', error: `scan of ${MAX_OCR_PAGES + 1} pages, over the ${MAX_OCR_PAGES}-page limit for OCR: split it into the report's own pages`,
    });
  });

  it('a scan cancelled between pages', async () => {
    const controller = new AbortController();
    const pages: number[] = [];
    const engine: OcrEngine = { recognize: async () => [] };
    const pdf = imagesToPdf([greyPdfImage(blank(16, 16), 72), greyPdfImage(blank(16, 16), 72)]);
    const result = await extractInput({ name: 'scan.pdf', bytes: pdf }, withEngine(engine, {
      signal: controller.signal, onPage: (n) => (pages.push(n), controller.abort()),
    }));
    expect(result).toMatchObject({ ok: false, error: 'cancelled' });
    expect(pages).toEqual([1]);
  });

  it('a page image with no print on it (the real engine reads nothing)', async () => {
    const noise = blank(300, 200);
    for (let i = 0; i < noise.data.length; i++) noise.data[i] = (i * 7919) % 251 > 245 ? 90 : 250;
    const pdf = imagesToPdf([greyPdfImage(noise, 150)]);
    expect(await extractInput({ name: 'photo.pdf', bytes: pdf }, NODE_ENGINES)).toMatchObject({
      ok: false, error: 'no text recognised in the scan: not a page of print, or too blurred to read',
    });
  }, 120_000);

  it('a damaged image stream (pdfjs decodes what it can: nothing legible)', async () => {
    const page = { ...greyPdfImage(blank(64, 64), 72), stream: new Uint8Array([0x78, 0x9c, 1, 2, 3, 4, 5, 6]) };
    const result = await extractInput({ name: 'torn.pdf', bytes: imagesToPdf([page]) }, withEngine({ recognize: async () => [] }));
    expect(result).toMatchObject({ ok: false, error: 'no text recognised in the scan: not a page of print, or too blurred to read' });
  });
});
