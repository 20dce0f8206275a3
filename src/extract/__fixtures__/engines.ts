/** Test helpers for PDFs and scans: the whole door with the CLI's engines (pdfjs, pdftotext, OCR). */
import { extractInput } from '../extractInput';
import type { PdfJs } from '../layout/pdf';
import { inputOf, okOrThrow } from './load';

/**
 * The engines are imported on first use, not with this module: pdfjs and the OCR engine take about 0.1 s to load,
 * which a mutation run pays for every mutant whose covering tests sit in a file importing this, even when none
 * of those tests reads a PDF.
 */
const nodeEngines = async () => (await import('../../../scripts/readReports')).NODE_ENGINES;

export const loadNodePdfJs = async () => (await nodeEngines()).pdfjs as PdfJs;

/** Any file through the whole door, engines included; the result as the CLI gets it, failures too. */
export const readThroughDoor = async (path: string) => extractInput(inputOf(path), await nodeEngines());

export async function extractPdf(path: string) {
  return okOrThrow(path, await readThroughDoor(path));
}
