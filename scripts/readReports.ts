/** File I/O for the CLI: finds report files under a folder, passes their bytes through the door, and reads the sidecars. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ExtractResult } from '../src/extract/extractReport';
import { extractInput, type InputEngines } from '../src/extract/extractInput';
import { sizeProblem } from '../src/extract/input';
import type { PdfJs } from '../src/extract/layout/pdf';
import { docText } from '../src/data/upload/docText';
import { nodeOcrEngine } from './ocrEngine';
import type { PdfJsImages } from '../src/extract/ocr/pageImages';
import { CORRECTIONS_FILE, OVERRIDES_FILE, parseCorrections, parseOverrides } from '../src/extract/sidecars';

/**
 * Node's engines for the door: pdfjs's legacy build, word-extractor for .doc (it reads a Buffer, no file),
 * and tesseract.js for scans (its worker thread ends with closeOcr()).
 */
export const NODE_ENGINES: InputEngines = {
  pdfjs: pdfjs as unknown as PdfJs, docText, ocr: { engine: nodeOcrEngine, pdfjs: pdfjs as unknown as PdfJsImages },
};

const NOT_INPUTS = new Set([OVERRIDES_FILE, CORRECTIONS_FILE, 'README.md']);

/**
 * Reports from public repositories (the PDFs, the crawled corpus): read from beside the project, never
 * committed. data/sources.csv names their location as `shared/reports/…`.
 */
export const SHARED_REPORTS = '../shared/reports';

/** Where a file is, as sources.csv says it: relative to the project, the workplace's ../shared as shared/. */
export const locationOf = (path: string) => relative('.', path).replace(/^\.\.\/(?=shared\/)/, '');

/** The file a sources.csv location names. */
export const fileOfLocation = (location: string) => (location.startsWith('shared/') ? join('..', location) : location);

export function listInputs(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listInputs(path));
    else if (!NOT_INPUTS.has(name) && !name.startsWith('.')) out.push(path);
  }
  return out;
}

export async function readReport(path: string, root: string): Promise<ExtractResult> {
  const shownAs = relative(root, path) || basename(path);
  // Checked before reading, so a huge file is never loaded; the door checks the bytes it gets again.
  const tooLarge = sizeProblem(statSync(path).size);
  if (tooLarge) return { ok: false, sourceFile: shownAs, error: tooLarge };
  const bytes = readFileSync(path);
  // Scans take seconds a page: the CLI says where it is.
  const ocr = { ...NODE_ENGINES.ocr!, onPage: (n: number, total: number) => console.warn(`OCR ${shownAs}: page ${n}/${total}`) };
  const result = await extractInput({ name: basename(path), bytes }, { ...NODE_ENGINES, ocr }, createHash('sha256').update(bytes).digest('hex'));
  return result.ok ? result : { ...result, sourceFile: shownAs };
}

export function readSidecars(dir: string) {
  const read = (name: string) => {
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch {
      return null;
    }
  };
  const overrides = read(OVERRIDES_FILE);
  const corrections = read(CORRECTIONS_FILE);
  const o = overrides === null ? { overrides: [], errors: [] } : parseOverrides(overrides);
  const c = corrections === null ? { corrections: [], errors: [] } : parseCorrections(corrections);
  return { overrides: o.overrides, corrections: c.corrections, errors: [...o.errors, ...c.errors] };
}
