import { describe, expect, it } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { greyPdfImage, imagesToPdf } from './imagePdf';
import { openScan, type PdfJsImages } from './pageImages';

const text = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
const ramp = (width: number, height: number) => ({ width, height, data: Uint8Array.from({ length: width * height }, (_, i) => (i * 37) % 256) });

describe('imagesToPdf', () => {
  it('writes a cross-reference table that points at each of its objects, as a PDF must', () => {
    // Two pages: catalog, page tree, then page, contents and image for each; 9 entries with the free object 0.
    const pdf = text(imagesToPdf([greyPdfImage(ramp(3, 2), 72), greyPdfImage(ramp(2, 2), 72)]));
    const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)![1]);
    const table = pdf.slice(xref);
    expect(table.startsWith('xref\n0 9\n0000000000 65535 f \n')).toBe(true);
    const entries = table.split('\n').slice(3, 11);
    expect(entries.every((e) => /^\d{10} 00000 n $/.test(e))).toBe(true);
    expect(table.split('\n')[11]).toBe('trailer');
    expect(table).toContain('<< /Size 9 /Root 1 0 R >>');
    const offsets = [...entries.map((e) => Number(e.slice(0, 10))), xref];
    for (let n = 1; n < 9; n++) {
      const object = pdf.slice(offsets[n - 1], offsets[n]);
      expect(object.startsWith(`${n} 0 obj\n`) && object.endsWith('\nendobj\n')).toBe(true);
    }
  });
});

describe('greyPdfImage', () => {
  it('makes a page of the image’s size at its resolution, decoding to the image’s own pixels', async () => {
    expect(greyPdfImage(ramp(2480, 1), 300)).toMatchObject({ pageWidth: 595.2 });
    expect(greyPdfImage(ramp(1, 3508), 300)).toMatchObject({ pageHeight: 841.92 });
    const image = ramp(5, 3);
    const scan = await openScan(imagesToPdf([greyPdfImage(image, 72)]), pdfjs as unknown as PdfJsImages);
    try {
      expect(await scan.image(1)).toEqual(image);
    } finally {
      await scan.close();
    }
  });
});
