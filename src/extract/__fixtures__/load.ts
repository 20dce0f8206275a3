/**
 * Test helpers (Node only): run the extractor on a real report or a fixture through the door the CLI uses.
 * The engine-free part: PDFs and scans go through `./engines`, which loads pdfjs and the OCR engine (a
 * second of import that every suite would otherwise pay, and mutation runs pay per test file and mutant).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ExtractResult } from '../extractReport';
import { extractInputSync } from '../extractInput';
import type { Fact } from '../types';

const root = join(import.meta.dirname, '..', '..', '..');

/**
 * Reports from public repositories (the PDFs, the crawled corpus) are never committed: they are read from
 * beside the project, as `npm run extract` reads them. Paths below are relative to the project, like every
 * path these helpers take. Tests that need them skip, saying so, where the folder is absent.
 */
export const SHARED_REPORTS = '../shared/reports';
export const HAVE_SHARED = existsSync(join(root, SHARED_REPORTS));
/** A test name's suffix where shared reports are missing: the skip says why. */
export const IF_SHARED = HAVE_SHARED ? '' : ' (skipped: ../shared/reports is absent)';

export const okOrThrow = (path: string, result: ExtractResult) => {
  if (!result.ok) throw new Error(`${path}: ${result.error}`);
  return result;
};

export const inputOf = (path: string) => ({ name: basename(path), bytes: new Uint8Array(readFileSync(join(root, path))) });

/** Text, HTML and DOCX files, synchronously (the door's engine-free part). */
export function extractFile(path: string) {
  const file = inputOf(path);
  return okOrThrow(path, extractInputSync(file, createHash('sha256').update(file.bytes).digest('hex')));
}

export const rawReport = (name: string) => extractFile(`data/raw/${name}`);

/**
 * What a successful read gives (report, facts, checks, document). Suites read their report in `beforeEach`,
 * afresh for each test, not when the suite is collected: mutation testing (docs/mutation-testing.md) counts
 * code run outside a test as covered by every test, and re-runs the whole selection for each such mutant.
 */
export type Read = ReturnType<typeof extractFile>;

/** A report under ../shared/reports (`name` relative to it, e.g. `corpus/pingtan_2021.txt`), read as the CLI reads it. */
export const sharedReport = (name: string) => extractFile(`${SHARED_REPORTS}/${name}`);
export const sharedText = (name: string) => readFileSync(join(root, SHARED_REPORTS, name), 'utf8');

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

