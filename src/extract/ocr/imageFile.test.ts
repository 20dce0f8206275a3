import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { HAVE_SHARED, IF_SHARED, SHARED_REPORTS } from '../__fixtures__/load';
import { be32, png } from '../__fixtures__/png';
import { readPgm } from '../__fixtures__/scans';
import { extractInput, OCR_UNAVAILABLE } from '../extractInput';
import type { PdfJs } from '../layout/pdf';
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
    expect(await extractInput({ name: 'p.jpg', bytes: torn }, { pdfjs: pdfjs as unknown as PdfJs })).toMatchObject({ ok: false, error: OCR_UNAVAILABLE });
  });
});

describe('PNG page images', () => {
  it('decode to their greys: grey, RGB (by the luma weights) and palette images alike', async () => {
    const grey = await decoded(imagesToPdf([pngPage(png(4, 2, [[0, 85, 170, 255], [255, 170, 85, 0]]))]));
    expect(grey).toEqual({ width: 4, height: 2, data: new Uint8Array([0, 85, 170, 255, 255, 170, 85, 0]) });
    // Red, green, blue, white: 0.299 · 255, 0.587 · 255, 0.114 · 255 (cut to whole greys) and 255.
    const rgb = await decoded(imagesToPdf([pngPage(png(2, 2, [[255, 0, 0, 0, 255, 0], [0, 0, 255, 255, 255, 255]], { colour: 2 }))]));
    expect(rgb).toEqual({ width: 2, height: 2, data: new Uint8Array([76, 149, 29, 255]) });
    const indexed = png(2, 2, [[0, 1], [2, 3]], { colour: 3, palette: [255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255] });
    expect(await decoded(imagesToPdf([pngPage(indexed)]))).toEqual({ width: 2, height: 2, data: new Uint8Array([76, 149, 29, 255]) });
  });

  it('are pages of a 300-dpi scan: 2480 × 3508 pixels make an A4 page (595.2 × 841.92 points)', () => {
    const page = pngPage(png(2480, 3508, [[0]]));
    expect([page.width, page.height, page.pageWidth, page.pageHeight]).toEqual([2480, 3508, 595.2, 841.92]);
  });

  it('are read to their IEND: bytes after it are not chunks', () => {
    const junk = [0x7f, 0xff, 0xff, 0xff, 0x6a, 0x75, 0x6e, 0x6b, 1, 2, 3];
    expect(pngPage(new Uint8Array([...png(1, 1, [[0]]), ...junk])).width).toBe(1);
  });

  const whole = png(2, 1, [[0, 255]]);
  const idatEnd = whole.length - 12; // IEND is the last 12 bytes
  it.each([
    ['an image no pixel wide', png(0, 1, [[]]), /0×1 pixels is not a page scan/],
    ['an image no pixel high', png(4, 0, []), /4×0 pixels is not a page scan/],
    ['an image of 120 million pixels', png(20000, 6000, [[0]]), /20000×6000 pixels is not a page scan/],
    ['an interlaced image', png(1, 1, [[0]], { interlace: 1 }), /interlaced PNG images are not read/],
    ['an image with an alpha channel', png(1, 1, [[0, 0, 0, 255]], { colour: 6 }), /transparency/],
    ['a grey image with an alpha channel', png(1, 1, [[0, 255]], { colour: 4 }), /transparency/],
    ['a palette image without its palette', png(1, 1, [[0]], { colour: 3 }), /palette missing/],
    ['an image without image data', png(1, 1, [[0]], { idat: false }), /no header or no image data/],
    ['a file cut inside its image data', whole.subarray(0, idatEnd - 6), /ends inside a chunk/],
    ['a file cut after a chunk’s length and type', new Uint8Array([...whole.subarray(0, idatEnd), ...be32(40), 0x49, 0x44, 0x41, 0x54]), /ends inside a chunk/],
  ])('refuse %s, saying why', (_, bytes, message) => {
    expect(() => pngPage(bytes)).toThrow(ImageError);
    expect(() => pngPage(bytes)).toThrow(message);
  });

  it('take up to 100 million pixels', () => {
    expect(pngPage(png(10000, 10000, [[0]])).width).toBe(10000);
  });
});

/** A JPEG's markers up to its frame header: SOI, an APP0 segment (16 bytes), the frame header. */
const jpeg = (marker: number, width: number, height: number, components: number) => new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0, 16, ...new Array(14).fill(0),
  0xff, marker, 0, 8 + 3 * components, 8, height >> 8, height & 255, width >> 8, width & 255, components, ...new Array(3 * components).fill(1),
]);

describe('JPEG page images', () => {
  it.each([
    ['grey', 1, '/DeviceGray'],
    ['colour', 3, '/DeviceRGB'],
    ['CMYK', 4, '/DeviceCMYK'],
  ])('take size and colours (%s) from the frame header', (_, components, space) => {
    const page = jpegPage(jpeg(0xc0, 2480, 3508, components));
    expect([page.width, page.height, page.pageWidth, page.pageHeight]).toEqual([2480, 3508, 595.2, 841.92]);
    expect(page.dict).toMatch(new RegExp(`^/ColorSpace ${space} .*/Filter /DCTDecode$`));
  });

  it('find the frame header of any coding process (SOF0–SOF15), past the tables', () => {
    expect(jpegPage(jpeg(0xc2, 600, 800, 3)).width).toBe(600); // progressive
    expect(jpegPage(jpeg(0xcf, 600, 800, 3)).width).toBe(600); // SOF15, the last
    const tables = new Uint8Array([0xff, 0xd8, 0xff, 0xc4, 0, 4, 0xc0, 0, ...jpeg(0xc0, 600, 800, 1).subarray(2)]);
    expect(jpegPage(tables).height).toBe(800); // a Huffman table (0xc4) is no frame header
  });

  it('refuse a file whose segments stop being markers', () => {
    // The APP0 segment claims 14 bytes, not 16: the next "marker" falls on a 0 byte, followed by 0xc0.
    const bytes = jpeg(0xc0, 600, 800, 1);
    bytes[5] = 14;
    bytes[19] = 0xc0;
    expect(() => jpegPage(bytes)).toThrow('damaged JPEG image: no frame header');
  });
});
