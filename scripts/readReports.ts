/** File I/O for the CLI: finds report files under a folder, decodes them, and reads the sidecars. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractReport, type ExtractResult } from '../src/extract/extractReport';
import { decodeText, isPdf, sizeProblem } from '../src/extract/input';
import { PdfError, pdfPagesToDocument, readPdfPages, type PdfJs } from '../src/extract/layout/pdf';
import { CORRECTIONS_FILE, OVERRIDES_FILE, parseCorrections, parseOverrides } from '../src/extract/sidecars';

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
  const sourceFile = basename(path);
  const fail = (error: string): ExtractResult => ({ ok: false, sourceFile: relative(root, path) || sourceFile, error });
  const size = statSync(path).size;
  const tooLarge = sizeProblem(size);
  if (tooLarge) return fail(tooLarge);
  const bytes = readFileSync(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (isPdf(bytes)) {
    try {
      // pdfjs takes ownership of the buffer it is given: pass a copy.
      const pages = await readPdfPages(new Uint8Array(bytes), pdfjs as unknown as PdfJs);
      return extractReport({ sourceFile, sha256, text: '', document: pdfPagesToDocument(pages) });
    } catch (e) {
      if (e instanceof PdfError) return fail(e.message);
      throw e;
    }
  }
  if (/\.pdf$/i.test(path)) return fail('named .pdf but is not a PDF file');
  const text = decodeText(bytes);
  if (text === null) return fail('not a text file (binary content or unknown encoding)');
  return extractReport({ sourceFile, sha256, text });
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
