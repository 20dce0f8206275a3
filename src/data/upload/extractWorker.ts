/**
 * Runs the extractor off the main thread through the same door as the CLI (src/extract/extractInput), PDFs
 * through pdfjs and legacy .doc through the CLI's engine (src/data/upload/docText.ts), which needs a global
 * Buffer: the `buffer` package's, set here before that engine is first loaded.
 * Receives { id, name, bytes }, answers { id, result } with the ExtractResult.
 */
import { Buffer } from 'buffer';
import * as pdfjs from 'pdfjs-dist';
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.mjs?url';
import { extractInput } from '../../extract/extractInput';
import type { PdfJs } from '../../extract/layout/pdf';

pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;
(globalThis as { Buffer?: unknown }).Buffer ??= Buffer;

/** Loaded with the first .doc: most visits never add one. */
const docText = async (bytes: Uint8Array) => (await import('./docText')).docText(bytes);

self.onmessage = async (event: MessageEvent<{ id: number; name: string; bytes: Uint8Array }>) => {
  const { id, name, bytes } = event.data;
  const result = await extractInput({ name, bytes }, { pdfjs: pdfjs as unknown as PdfJs, docText });
  (self as unknown as Worker).postMessage({ id, result });
};
