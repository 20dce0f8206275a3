/**
 * The page images of a scanned PDF, decoded by pdfjs (its own JPEG, JPEG 2000, CCITT and Flate decoders,
 * in Node and browsers alike) and reduced to grey. A scanned page is one image; where a page holds several,
 * the largest is the scan.
 */
import type { GreyImage } from './rules';

/** The part of pdfjs this module uses: the operator list and the decoded image objects. */
export interface PdfJsImages {
  OPS: { paintImageXObject: number };
  getDocument(src: { data: Uint8Array; verbosity?: number; isEvalSupported?: boolean; isOffscreenCanvasSupported?: boolean; isImageDecoderSupported?: boolean }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{
        getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
        objs: { get(name: string, callback: (obj: unknown) => void): void };
        cleanup(): void;
      }>;
      destroy(): Promise<void>;
    }>;
  };
}

interface DecodedImage {
  width: number;
  height: number;
  /** pdfjs ImageKind: 1 one bit a pixel, 2 RGB, 3 RGBA. */
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** One byte a pixel from pdfjs's decoded image. */
export function toGrey(img: DecodedImage): GreyImage {
  const { width, height, kind, data } = img;
  const out = new Uint8Array(width * height);
  if (kind === 1) {
    // One bit a pixel, rows padded to whole bytes; pdfjs sets 1 for white.
    const rowBytes = (width + 7) >> 3;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) out[y * width + x] = (data[y * rowBytes + (x >> 3)] >> (7 - (x & 7))) & 1 ? 255 : 0;
    }
  } else {
    const step = kind === 2 ? 3 : 4;
    for (let i = 0, j = 0; i < out.length; i++, j += step) out[i] = (data[j] * 299 + data[j + 1] * 587 + data[j + 2] * 114) / 1000;
  }
  return { width, height, data: out };
}

const objOf = (objs: { get(name: string, callback: (obj: unknown) => void): void }, name: string) =>
  new Promise<unknown>((resolve) => objs.get(name, resolve));

/** Opens a PDF for its page images; the caller reads page by page (OCR is slow: progress and cancelling are per page). */
export async function openScan(data: Uint8Array, pdfjs: PdfJsImages) {
  const doc = await pdfjs.getDocument({ data, verbosity: 0, isEvalSupported: false, isOffscreenCanvasSupported: false, isImageDecoderSupported: false }).promise;
  return {
    pages: doc.numPages,
    /** The page's largest image in grey, or null for a page without one. */
    async image(n: number): Promise<GreyImage | null> {
      const page = await doc.getPage(n);
      const ops = await page.getOperatorList();
      let best: DecodedImage | null = null;
      for (let i = 0; i < ops.fnArray.length; i++) {
        if (ops.fnArray[i] !== pdfjs.OPS.paintImageXObject) continue;
        const img = (await objOf(page.objs, ops.argsArray[i][0] as string)) as DecodedImage | null;
        if (img?.data && (!best || img.width * img.height > best.width * best.height)) best = img;
      }
      const grey = best ? toGrey(best) : null;
      page.cleanup();
      return grey;
    },
    close: () => doc.destroy(),
  };
}
