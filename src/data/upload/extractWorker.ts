/**
 * Runs the extractor off the main thread through the same door as the CLI (src/extract/extractInput), PDFs
 * through pdfjs. Legacy .doc has no browser engine: the door answers with a message saying so.
 * Receives { id, name, bytes }, answers { id, result } with the ExtractResult.
 */
import * as pdfjs from 'pdfjs-dist';
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.mjs?url';
import { extractInput } from '../../extract/extractInput';
import type { PdfJs } from '../../extract/layout/pdf';

pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;

self.onmessage = async (event: MessageEvent<{ id: number; name: string; bytes: Uint8Array }>) => {
  const { id, name, bytes } = event.data;
  const result = await extractInput({ name, bytes }, { pdfjs: pdfjs as unknown as PdfJs });
  (self as unknown as Worker).postMessage({ id, result });
};
