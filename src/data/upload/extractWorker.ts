/**
 * Runs the extractor off the main thread: the same code as the CLI (src/extract), PDFs through pdfjs.
 * Receives { id, name, bytes }, answers { id, result } with the ExtractResult.
 */
import * as pdfjs from 'pdfjs-dist';
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.mjs?url';
import { extractReport, type ExtractResult } from '../../extract/extractReport';
import { PdfError, pdfPagesToDocument, readPdfPages, type PdfJs } from '../../extract/layout/pdf';
import { decodeText, isPdf, sizeProblem } from '../../extract/input';

pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as unknown as ArrayBuffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function extractBytes(name: string, bytes: Uint8Array): Promise<ExtractResult> {
  const fail = (error: string): ExtractResult => ({ ok: false, sourceFile: name, error });
  const tooLarge = sizeProblem(bytes.byteLength);
  if (tooLarge) return fail(tooLarge);
  const sha256 = await sha256Hex(bytes);
  if (isPdf(bytes)) {
    try {
      const pages = await readPdfPages(bytes.slice(), pdfjs as unknown as PdfJs);
      return extractReport({ sourceFile: name, sha256, text: '', document: pdfPagesToDocument(pages) });
    } catch (e) {
      return fail(e instanceof PdfError ? e.message : `unreadable PDF: ${(e as Error).message}`);
    }
  }
  if (/\.pdf$/i.test(name)) return fail('named .pdf but is not a PDF file');
  const text = decodeText(bytes);
  if (text === null) return fail('not a text file (binary content or unknown encoding)');
  return extractReport({ sourceFile: name, sha256, text });
}

self.onmessage = async (event: MessageEvent<{ id: number; name: string; bytes: Uint8Array }>) => {
  const { id, name, bytes } = event.data;
  let result: ExtractResult;
  try {
    result = await extractBytes(name, bytes);
  } catch (e) {
    result = { ok: false, sourceFile: name, error: `unexpected error: ${(e as Error).message}` };
  }
  (self as unknown as Worker).postMessage({ id, result });
};
