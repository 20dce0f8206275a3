/**
 * Mutation fuzzing of the extractor on the real reports: random cuts, duplicated lines, swapped columns,
 * stray characters and random code points on the text reports; random bytes on the text reports' and the
 * PDFs' bytes, read the way the CLI and the browser read files. Whatever the input, the extractor must
 * not throw (a file it cannot read gets a message), must write only contract-valid rows, and must never
 * report a number the input does not contain.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factProblems, reportProblems } from './contract';
import { HAVE_SHARED, IF_SHARED, SHARED_REPORTS, nodePdfJs } from './__fixtures__/load';
import { extractReport, type ExtractResult } from './extractReport';
import { decodeText } from './input';
import { PdfError, pdfPagesToDocument, readPdfPages } from './layout/pdf';
import { compactLabel } from './text/normalize';
import type { Fact } from './types';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const BYTE_RUNS = Math.max(1, Math.round(RUNS / 5));
const PDF_RUNS = Math.max(1, Math.round(RUNS / 100));
const reports = readdirSync('data/raw').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`data/raw/${f}`, 'utf8'));
const pdfDir = `${SHARED_REPORTS}/pdf`;
const pdfs = HAVE_SHARED ? readdirSync(pdfDir).map((f) => new Uint8Array(readFileSync(`${pdfDir}/${f}`))) : [];

type Mutation = (lines: string[]) => string[];

const cut = fc.tuple(fc.nat(), fc.nat({ max: 40 })).map(([at, n]): Mutation => (lines) => {
  const i = at % Math.max(lines.length, 1);
  return [...lines.slice(0, i), ...lines.slice(i + n)];
});
const duplicate = fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.nat()).map(([at, n, to]): Mutation => (lines) => {
  const i = at % Math.max(lines.length, 1);
  const j = to % Math.max(lines.length, 1);
  return [...lines.slice(0, j), ...lines.slice(i, i + n), ...lines.slice(j)];
});
const swapColumns = fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(([at, a, b]): Mutation => (lines) => {
  const i = at % Math.max(lines.length, 1);
  const cells = (lines[i] ?? '').split('\t');
  if (cells.length < 2) return lines;
  const [x, y] = [a % cells.length, b % cells.length];
  [cells[x], cells[y]] = [cells[y], cells[x]];
  return lines.map((l, k) => (k === i ? cells.join('\t') : l));
});
const STRAY = ['\t', ' ', '\u00a0', '—', '-', '+', '.', ',', '`', '0', '7', '万元', '元', '增', '减', '余', '（', '）', '|', '<td>', '&nbsp;', '\u200b', '\r'];
const stray = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...STRAY)).map(([at, pos, s]): Mutation => (lines) => {
  const i = at % Math.max(lines.length, 1);
  const line = lines[i] ?? '';
  const p = pos % (line.length + 1);
  return lines.map((l, k) => (k === i ? line.slice(0, p) + s + line.slice(p) : l));
});
const randomChars = fc.tuple(fc.nat(), fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 8 })).map(([at, pos, s]): Mutation => (lines) => {
  const i = at % Math.max(lines.length, 1);
  const line = lines[i] ?? '';
  const p = pos % (line.length + 1);
  return lines.map((l, k) => (k === i ? line.slice(0, p) + s + line.slice(p + s.length) : l));
});
const mutations = fc.array(fc.oneof(cut, duplicate, swapColumns, stray, randomChars), { minLength: 1, maxLength: 6 });

/** The digits of a value must be in the digits of the text it was read from (unit changes move only zeros and the point). */
function comesFromInput(f: Fact, compactInput: string): boolean {
  const raw = compactLabel(f.raw);
  if (!compactInput.includes(raw)) return false;
  const digits = raw.replace(/\D/g, '');
  if (f.value === 0 && (digits.includes('0') || /未|没有|无|不/.test(raw))) return true;
  const significant = String(Math.abs(f.value!)).replace('.', '').replace(/^0+|0+$/g, '');
  return digits.replace(/0+$/g, '').includes(significant);
}

/**
 * Throws on the first broken property of a result: contract-valid rows, lines inside the input, and (for
 * text, whose lines are known) every reported number present in it. Plain checks in a loop: an expect
 * per fact would dominate the run time.
 */
function assertSound(result: ExtractResult, text: string | null) {
  if (!result.ok) {
    if (!/not an annual report/.test(result.error)) throw new Error(result.error);
    return;
  }
  const problems = reportProblems(result.report);
  const compactInput = text === null ? null : compactLabel(text);
  const lineCount = text === null ? Infinity : text.split(/\r\n|\r|\n/).length;
  for (const f of result.facts) {
    problems.push(...factProblems(f));
    if (f.line !== null && f.line > lineCount) problems.push(`line ${f.line} past the end`);
    const raw = compactLabel(f.raw);
    const fromInput = compactInput === null ? raw.replace(/\D/g, '').length > 0 || f.value === 0 : comesFromInput(f, compactInput);
    if (f.status === 'reported' && f.origin !== 'derived' && !fromInput) problems.push(`${f.item}.${f.measure}=${f.value} not in the input ("${f.raw}")`);
  }
  if (result.checks.some((c) => !['pass', 'fail', 'not_assessable'].includes(c.status))) problems.push('bad check status');
  if (problems.length) throw new Error(problems.join('; '));
}

/** Random bytes over a file: overwritten, inserted, or the file cut short (mid-character too). */
const byteMutations = fc.array(
  fc.oneof(
    fc.tuple(fc.constant('set' as const), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })),
    fc.tuple(fc.constant('insert' as const), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })),
    fc.tuple(fc.constant('cut' as const), fc.nat(), fc.constant(new Uint8Array())),
  ),
  { minLength: 1, maxLength: 4 },
);

function mutateBytes(bytes: Uint8Array, muts: [string, number, Uint8Array][]): Uint8Array {
  let out = bytes.slice();
  for (const [kind, at, data] of muts) {
    const i = at % (out.length + 1);
    if (kind === 'set') out.set(data.subarray(0, out.length - i), i);
    else if (kind === 'insert') out = new Uint8Array([...out.subarray(0, i), ...data, ...out.subarray(i)]);
    else out = out.slice(0, i);
  }
  return out;
}

describe('extractor under mutation', () => {
  it(`never throws, writes contract-valid rows, and invents no number (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.nat({ max: reports.length - 1 }), mutations, (which, muts) => {
        const text = muts.reduce((lines, m) => m(lines), reports[which].split('\n')).join('\n');
        assertSound(extractReport({ sourceFile: 'fuzz.txt', sha256: 'f'.repeat(64), text }), text);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it(`reads random bytes in a text report as the CLI does: a message or sound rows (${BYTE_RUNS} cases)`, () => {
    const encoded = reports.map((r) => new TextEncoder().encode(r));
    fc.assert(
      fc.property(fc.nat({ max: encoded.length - 1 }), byteMutations, (which, muts) => {
        const text = decodeText(mutateBytes(encoded[which], muts));
        // null: the CLI and the page say 'not a text file'; the extractor is not reached.
        if (text !== null) assertSound(extractReport({ sourceFile: 'fuzz.txt', sha256: 'f'.repeat(64), text }), text);
      }),
      { numRuns: BYTE_RUNS },
    );
  }, 600_000);

  it.skipIf(!HAVE_SHARED)(`reads random bytes in a PDF as a message (PdfError) or sound rows, never another error (${PDF_RUNS} cases)${IF_SHARED}`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: pdfs.length - 1 }), byteMutations, async (which, muts) => {
        let pages;
        try {
          pages = await readPdfPages(mutateBytes(pdfs[which], muts), nodePdfJs);
        } catch (e) {
          if (e instanceof PdfError) return;
          throw e;
        }
        assertSound(extractReport({ sourceFile: 'fuzz.pdf', sha256: 'f'.repeat(64), text: '', document: pdfPagesToDocument(pages) }), null);
      }),
      { numRuns: PDF_RUNS },
    );
  }, 600_000);

  it('invents nothing on the unmutated reports either', () => {
    for (const text of reports) {
      const result = extractReport({ sourceFile: 'r.txt', sha256: 'e'.repeat(64), text });
      if (!result.ok) throw new Error(result.error);
      const compactInput = compactLabel(text);
      for (const f of result.facts.filter((x) => x.status === 'reported')) expect(comesFromInput(f, compactInput), `${f.item}.${f.measure}`).toBe(true);
    }
  });
});
