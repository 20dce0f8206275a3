/** Test helpers for PDFs and scans: the whole door with the CLI's engines (pdfjs, pdftotext, OCR). */
import { NODE_ENGINES } from '../../../scripts/readReports';
import { extractInput } from '../extractInput';
import type { PdfJs } from '../layout/pdf';
import { inputOf, okOrThrow } from './load';

export const nodePdfJs = NODE_ENGINES.pdfjs as PdfJs;

/** Any file through the whole door, engines included; the result as the CLI gets it, failures too. */
export const readThroughDoor = (path: string) => extractInput(inputOf(path), NODE_ENGINES);

export async function extractPdf(path: string) {
  return okOrThrow(path, await readThroughDoor(path));
}
