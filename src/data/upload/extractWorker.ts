/**
 * Runs the extractor off the main thread through the same door as the CLI (src/extract/extractInput), PDFs
 * through pdfjs, legacy .doc through the CLI's engine (src/data/upload/docText.ts), which needs a global
 * Buffer: the `buffer` package's, set here before that engine is first loaded, and scans through tesseract.js
 * (src/data/upload/ocrEngine.ts, loaded with the first scan).
 * Receives { id, name, bytes } or { cancel: id }; answers { id, progress } while a scan is read page by page,
 * then { id, result } with the ExtractResult (`cancelled` when it was).
 */
import { Buffer } from 'buffer';
import * as pdfjs from 'pdfjs-dist';
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.mjs?url';
import { extractInput } from '../../extract/extractInput';
import type { PdfJs } from '../../extract/layout/pdf';
import type { OcrEngine } from '../../extract/ocr/engine';
import type { PdfJsImages } from '../../extract/ocr/pageImages';
import type { ExtractMessage, ExtractRequest, OcrProgress } from './extractInWorker';

pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;
(globalThis as { Buffer?: unknown }).Buffer ??= Buffer;

/** Loaded with the first .doc: most visits never add one. */
const docText = async (bytes: Uint8Array) => (await import('./docText')).docText(bytes);

const post = (message: ExtractMessage) => (self as unknown as Worker).postMessage(message);
const running = new Map<number, AbortController>();

/**
 * This scan's OCR: the engine (loaded on the first page read, not before) and its progress. A page starts
 * with its page reading, so the page being read is the count of those; the total is known after the first.
 */
function ocrFor(id: number, signal: AbortSignal) {
  const progress: OcrProgress = { page: 0 };
  let engine: OcrEngine | null = null;
  return {
    pdfjs: pdfjs as unknown as PdfJsImages,
    signal,
    onPage: (_done: number, total: number) => { progress.total = total; },
    engine: {
      async recognize(image, mode) {
        engine ??= (await import('./ocrEngine')).browserOcr.session(signal);
        if (mode === 'page') {
          progress.page++;
          post({ id, progress: { ...progress } });
        }
        return engine.recognize(image, mode);
      },
    } satisfies OcrEngine,
  };
}

self.onmessage = async (event: MessageEvent<ExtractRequest>) => {
  const request = event.data;
  if ('cancel' in request) {
    running.get(request.cancel)?.abort();
    return;
  }
  const { id, name, bytes } = request;
  const controller = new AbortController();
  running.set(id, controller);
  const result = await extractInput({ name, bytes }, { pdfjs: pdfjs as unknown as PdfJs, docText, ocr: ocrFor(id, controller.signal) });
  running.delete(id);
  post({ id, result });
};
