/**
 * readScan and openScan page by page, with a stand-in for pdfjs (the decoded images a scanned PDF's pages hold)
 * and an engine that reads every page as the same text: what is read, in what order, and what stops a reading.
 */
import { describe, expect, it } from 'vitest';
import type { OcrEngine } from './engine';
import { openScan, toGrey, type PdfJsImages } from './pageImages';
import { readScan } from './readScan';
import { MAX_OCR_PAGES } from './scanLimits';

interface Decoded { width: number; height: number; kind: number; data: Uint8Array }
const PAINT = 85;
const MASK = 83;
/** A grey image as pdfjs decodes it (RGB, kind 2). */
const rgbPage = (width: number, height: number, grey = 255): Decoded => ({ width, height, kind: 2, data: new Uint8Array(width * height * 3).fill(grey) });

/** pdfjs for a PDF whose pages paint these images (a page may paint several, or none); `broken` pages fail to load. */
function stubPdfJs(pages: Decoded[][], { broken = [] as number[], open = true } = {}) {
  const log: string[] = [];
  const pdfjs: PdfJsImages = {
    OPS: { paintImageXObject: PAINT },
    getDocument: () => ({
      promise: open
        ? Promise.resolve({
          numPages: pages.length,
          getPage: async (n: number) => {
            if (broken.includes(n)) throw new Error('bad XRef entry');
            const images = pages[n - 1];
            return {
              // After each image, an image mask (a stamp's shape, its own operator): larger than any page, never the scan.
              getOperatorList: async () => ({ fnArray: images.flatMap(() => [PAINT, MASK]), argsArray: images.flatMap((_, i) => [[`img${i}`], ['mask']]) }),
              objs: { get: (name: string, done: (obj: unknown) => void) => done(name === 'mask' ? rgbPage(400, 400) : images[Number(name.slice(3))]) },
              cleanup: () => log.push(`cleanup ${n}`),
            };
          },
          destroy: async () => void log.push('closed'),
        })
        : Promise.reject(new Error('Invalid PDF structure.')),
    }),
  };
  return { pdfjs, log };
}

/** An engine that reads every page as `text` and records the size of each image it is given. */
function stubEngine(text = '本机关二〇二三年度政府信息公开工作年度报告') {
  const seen: string[] = [];
  const engine: OcrEngine = {
    recognize: async (image, mode) => {
      seen.push(`${mode} ${image.width}x${image.height}`);
      return mode === 'page' ? [{ baseline: { x0: 10, y0: 30, x1: 300, y1: 30 }, words: [{ text, confidence: 95, x0: 10, y0: 10, x1: 300, y1: 30, symbols: [] }] }] : [];
    },
  };
  return { engine, seen };
}

describe('readScan', () => {
  it('reads each page in turn, reports progress, gives a page without an image no text, and closes the PDF', async () => {
    const { pdfjs, log } = stubPdfJs([[rgbPage(60, 40)], []]);
    const { engine, seen } = stubEngine();
    const progress: number[][] = [];
    const pages = await readScan(new Uint8Array(), { engine, pdfjs, onPage: (n, total) => progress.push([n, total]) });
    expect(pages.map((p) => p.items.map((i) => i.str))).toEqual([['本机关二〇二三年度政府信息公开工作年度报告'], []]);
    expect(pages[0].rules).toEqual([]);
    expect(progress).toEqual([[1, 2], [2, 2]]);
    expect(seen).toEqual(['page 60x40']);
    expect(log).toEqual(['cleanup 1', 'cleanup 2', 'closed']);
  });

  it('enlarges a page scanned at 150 dpi to about 300 dpi before reading it', async () => {
    const { pdfjs } = stubPdfJs([[rgbPage(1240, 4)]]);
    const { engine, seen } = stubEngine();
    await readScan(new Uint8Array(), { engine, pdfjs });
    expect(seen).toEqual(['page 2480x8']);
  });

  it('reads the largest image of a page (the scan, not a stamp or a logo)', async () => {
    const { pdfjs } = stubPdfJs([[rgbPage(10, 8), rgbPage(60, 40), rgbPage(40, 50)]]);
    const { engine, seen } = stubEngine();
    await readScan(new Uint8Array(), { engine, pdfjs });
    expect(seen).toEqual(['page 60x40']);
  });

  it(`reads a scan of ${MAX_OCR_PAGES} pages (the limit itself)`, async () => {
    const { pdfjs } = stubPdfJs(Array.from({ length: MAX_OCR_PAGES }, () => [rgbPage(16, 16)]));
    const { engine, seen } = stubEngine();
    expect(await readScan(new Uint8Array(), { engine, pdfjs })).toHaveLength(MAX_OCR_PAGES);
    expect(seen).toHaveLength(MAX_OCR_PAGES);
  });

  it.each([
    ['20 characters recognised are a scan', 20, null],
    ['19 are not', 19, 'no text recognised in the scan: not a page of print, or too blurred to read'],
  ])('%s', async (_, length, error) => {
    const { pdfjs, log } = stubPdfJs([[rgbPage(30, 30)]]);
    const reading = readScan(new Uint8Array(), { engine: stubEngine('年'.repeat(length)).engine, pdfjs });
    if (error) await expect(reading).rejects.toThrow(error);
    else expect((await reading)[0].items[0].str).toHaveLength(length);
    expect(log).toContain('closed');
  });

  it('names what went wrong: a PDF that does not open, a page that does not load (and still closes the PDF)', async () => {
    const { engine } = stubEngine();
    await expect(readScan(new Uint8Array(), { engine, pdfjs: stubPdfJs([], { open: false }).pdfjs })).rejects.toThrow('unreadable PDF: Invalid PDF structure.');
    const torn = stubPdfJs([[rgbPage(30, 30)], [rgbPage(30, 30)]], { broken: [2] });
    await expect(readScan(new Uint8Array(), { engine, pdfjs: torn.pdfjs })).rejects.toThrow(/^unreadable image on page 2: bad XRef entry$/);
    expect(torn.log).toEqual(['cleanup 1', 'closed']);
  });

  it('reads nothing of a scan cancelled before it starts', async () => {
    const { pdfjs, log } = stubPdfJs([[rgbPage(30, 30)]]);
    const { engine, seen } = stubEngine();
    const controller = new AbortController();
    controller.abort();
    await expect(readScan(new Uint8Array(), { engine, pdfjs, signal: controller.signal })).rejects.toThrow(/^cancelled$/);
    expect([seen, log]).toEqual([[], ['closed']]);
  });
});

describe('page images to grey', () => {
  it('weighs RGB as the eye does (299 red, 587 green, 114 blue per mille)', () => {
    const rgb = { width: 3, height: 1, kind: 2, data: new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255]) };
    expect([...toGrey(rgb).data]).toEqual([76, 149, 29]);
  });

  it('skips the alpha byte of RGBA', () => {
    const rgba = { width: 2, height: 1, kind: 3, data: new Uint8Array([0, 255, 0, 7, 255, 255, 255, 0]) };
    expect([...toGrey(rgba).data]).toEqual([149, 255]);
  });

  it('reads one bit a pixel, rows padded to whole bytes, 1 as white', () => {
    // 10 pixels a row: two bytes, the last 6 bits padding. Row 0: 1011000001, row 1: 0100000010.
    const bits = { width: 10, height: 2, kind: 1, data: new Uint8Array([0b10110000, 0b01000000, 0b01000000, 0b10000000]) };
    expect([...toGrey(bits).data]).toEqual([255, 0, 255, 255, 0, 0, 0, 0, 0, 255, 0, 255, 0, 0, 0, 0, 0, 0, 255, 0]);
  });

  it('opens a scan page by page; a page that paints no image has none', async () => {
    const { pdfjs } = stubPdfJs([[], [{ width: 2, height: 1, kind: 2, data: new Uint8Array([10, 10, 10, 200, 200, 200]) }]]);
    const scan = await openScan(new Uint8Array(), pdfjs);
    expect(scan.pages).toBe(2);
    expect(await scan.image(1)).toBeNull();
    expect(await scan.image(2)).toEqual({ width: 2, height: 1, data: new Uint8Array([10, 200]) });
  });
});
