/** Test helpers (Node only): run the extractor on a real report or a fixture, as the CLI would. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractReport } from '../extractReport';
import { pdfPagesToDocument, readPdfPages, type PdfJs } from '../layout/pdf';
import type { Fact } from '../types';

const root = join(import.meta.dirname, '..', '..', '..');

export function extractFile(path: string) {
  const bytes = readFileSync(join(root, path));
  const result = extractReport({
    sourceFile: basename(path),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    text: bytes.toString('utf8'),
  });
  if (!result.ok) throw new Error(`${path}: ${result.error}`);
  return result;
}

export const rawReport = (name: string) => extractFile(`data/raw/${name}`);

export const nodePdfJs = pdfjs as unknown as PdfJs;

export async function extractPdf(path: string) {
  const bytes = readFileSync(join(root, path));
  const pages = await readPdfPages(new Uint8Array(bytes), nodePdfJs);
  const result = extractReport({
    sourceFile: basename(path),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    text: '',
    document: pdfPagesToDocument(pages),
  });
  if (!result.ok) throw new Error(`${path}: ${result.error}`);
  return result;
}
export const fixture = (name: string) => extractFile(`src/extract/__fixtures__/${name}`);

/** The one fact of a key (table origin unless stated); throws when absent or duplicated. */
export function factOf(facts: Fact[], section: string, item: string, measure: string, opts: { origin?: string; year?: number } = {}): Fact {
  const hits = facts.filter(
    (f) => f.section === section && f.item === item && f.measure === measure && f.origin === (opts.origin ?? 'table') &&
      (opts.year === undefined || f.year === opts.year),
  );
  if (hits.length !== 1) throw new Error(`${section}.${item}.${measure}: ${hits.length} facts`);
  return hits[0];
}

export const valueOf = (facts: Fact[], section: string, item: string, measure: string, opts?: { origin?: string; year?: number }) =>
  factOf(facts, section, item, measure, opts).value;

/** The shared real reports (`<repo root>/../shared/reports`), read in place and never copied into the repo. */
export const SHARED_REPORTS = join(root, '..', 'shared', 'reports');
export const hasSharedReports = existsSync(SHARED_REPORTS);
/** Extracts `<SHARED_REPORTS>/<name>` (name may hold a folder: `corpus/pingtan_2011.txt`). */
export const sharedReport = (name: string) => extractFile(join('..', 'shared', 'reports', name));
