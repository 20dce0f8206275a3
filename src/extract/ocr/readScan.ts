/**
 * A scanned PDF (or a page image wrapped as one) to positioned text, page by page: the page image is
 * decoded by pdfjs, levelled, its table rules removed, recognised by the engine (the page, then each table
 * cell), and laid out as text items.
 */
import type { PdfPage } from '../layout/pdf';
import type { OcrEngine } from './engine';
import { ocrPageItems, ocrPageRules } from './ocrLayout';
import { openScan, type PdfJsImages } from './pageImages';
import { removeRules } from './rules';
import { level } from './deskew';
import { mergeCellLines, readCells, gridCells } from './cells';
import { atReadingResolution } from './resolution';
import { MAX_OCR_PAGES, ScanError } from './scanLimits';

export interface OcrEngines {
  engine: OcrEngine;
  /** pdfjs, for the page images (the same module the door reads text PDFs with). */
  pdfjs: PdfJsImages;
  /** Called after each page: OCR takes seconds a page. */
  onPage?: (done: number, total: number) => void;
  /** Cancels between pages. */
  signal?: AbortSignal;
}

export async function readScan(data: Uint8Array, ocr: OcrEngines): Promise<PdfPage[]> {
  let scan;
  try {
    scan = await openScan(data, ocr.pdfjs);
  } catch (e) {
    throw new ScanError(`unreadable PDF: ${(e as Error).message}`);
  }
  try {
    if (scan.pages > MAX_OCR_PAGES) {
      throw new ScanError(`scan of ${scan.pages} pages, over the ${MAX_OCR_PAGES}-page limit for OCR: split it into the report's own pages`);
    }
    const pages: PdfPage[] = [];
    for (let n = 1; n <= scan.pages; n++) {
      if (ocr.signal?.aborted) throw new ScanError('cancelled');
      let image;
      try {
        const decoded = await scan.image(n);
        image = decoded && atReadingResolution(decoded);
      } catch (e) {
        throw new ScanError(`unreadable image on page ${n}: ${(e as Error).message}`);
      }
      if (!image) pages.push({ items: [] });
      else {
        const clean = removeRules(level(image));
        const page = await ocr.engine.recognize(clean.image, 'page');
        const cells = await readCells(clean.image, gridCells(clean.grid, image.height), ocr.engine);
        const lines = mergeCellLines(page, cells);
        pages.push({ items: ocrPageItems(lines, image), rules: ocrPageRules(clean.grid, lines, image) });
      }
      ocr.onPage?.(n, scan.pages);
    }
    const characters = pages.reduce((c, p) => c + p.items.reduce((m, i) => m + i.str.length, 0), 0);
    if (characters < 20) throw new ScanError('no text recognised in the scan: not a page of print, or too blurred to read');
    return pages;
  } finally {
    await scan.close();
  }
}
