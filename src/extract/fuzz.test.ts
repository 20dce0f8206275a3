/**
 * Mutation fuzzing of the extractor on the real reports, every input read through the one door
 * (extractInputSync / extractInput) as the CLI and the browser read files: random cuts, duplicated lines,
 * swapped columns, stray characters and random code points on the text reports and the crawler dumps of
 * ../shared/reports/corpus; inside a line too (a dump holds its whole body on one line): spans cut or
 * duplicated, digit runs glued together or split apart, spaces dropped; random bytes on the text reports',
 * the dumps' and the PDFs' bytes. Whatever the input, the extractor must not throw (a
 * file it cannot read gets a message), must write only contract-valid rows, and must never report a
 * number the input does not contain (a value split out of a digit run is a substring of that run). A PDF's
 * text is what pdfjs finds in it: a mutated PDF's numbers must be in its own text and in the original's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factProblems, reportProblems } from './contract';
import { HAVE_SHARED, IF_SHARED, SHARED_REPORTS } from './__fixtures__/load';
import { loadNodePdfJs } from './__fixtures__/engines';
import type { ExtractResult } from './extractReport';
import { extractInput, extractInputSync } from './extractInput';
import { decodeText } from './input';
import { type PdfJs, readPdfPages } from './layout/pdf';
import { compactLabel } from './text/normalize';
import type { Fact } from './types';

const nodePdfJs = await loadNodePdfJs();
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const BYTE_RUNS = Math.max(1, Math.round(RUNS / 5));
const PDF_RUNS = Math.max(1, Math.round(RUNS / 100));
const reports = readdirSync('data/raw').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`data/raw/${f}`, 'utf8'));
const corpusDir = `${SHARED_REPORTS}/corpus`;
const dumps = HAVE_SHARED ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`${corpusDir}/${f}`, 'utf8')) : [];
const pdfDir = `${SHARED_REPORTS}/pdf`;
const pdfs = HAVE_SHARED ? readdirSync(pdfDir).map((f) => new Uint8Array(readFileSync(`${pdfDir}/${f}`))) : [];

/** The text pdfjs finds in a PDF, every item as it comes (null when pdfjs cannot open it). */
async function pdfText(bytes: Uint8Array): Promise<string | null> {
  try {
    const pages = await readPdfPages(bytes.slice(), nodePdfJs as PdfJs);
    return pages.map((p) => p.items.map((i) => i.str).join('\n')).join('\n');
  } catch {
    return null;
  }
}

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

/**
 * Mutations inside one line: a crawler dump holds its whole body, tables included, on one line, so whole-line
 * mutations barely touch it. Half of them hit the longest line (the dump's body).
 */
type LineEdit = (line: string) => string;
const inLine = (edit: fc.Arbitrary<LineEdit>) =>
  fc.tuple(fc.nat(), fc.boolean(), edit).map(([at, longest, f]): Mutation => (lines) => {
    const i = longest ? lines.reduce((best, l, k) => (l.length > lines[best].length ? k : best), 0) : at % Math.max(lines.length, 1);
    return lines.map((l, k) => (k === i ? f(l) : l));
  });
const cutSpan = inLine(fc.tuple(fc.nat(), fc.nat({ max: 60 })).map(([pos, n]): LineEdit => (line) => {
  const p = pos % (line.length + 1);
  return line.slice(0, p) + line.slice(p + n);
}));
const duplicateSpan = inLine(fc.tuple(fc.nat(), fc.nat({ max: 60 }), fc.nat()).map(([pos, n, to]): LineEdit => (line) => {
  const p = pos % (line.length + 1);
  const q = to % (line.length + 1);
  return line.slice(0, q) + line.slice(p, p + n) + line.slice(q);
}));
/** The k-th gap (spaces, tabs, commas) between two digits closed: `425 1516` → `4251516`. */
const glueDigits = inLine(fc.nat().map((k): LineEdit => (line) => {
  const gaps = [...line.matchAll(/(?<=\d)[ \t,\u3000]+(?=\d)/g)];
  if (gaps.length === 0) return line;
  const g = gaps[k % gaps.length];
  return line.slice(0, g.index) + line.slice(g.index! + g[0].length);
}));
/** The k-th digit run of two or more digits cut apart by a space or tab at some point inside it. */
const splitDigits = inLine(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(' ', '\t', '  ')).map(([k, at, sep]): LineEdit => (line) => {
  const runs = [...line.matchAll(/\d{2,}/g)];
  if (runs.length === 0) return line;
  const r = runs[k % runs.length];
  const p = r.index! + 1 + (at % (r[0].length - 1));
  return line.slice(0, p) + sep + line.slice(p);
}));
/** Spaces dropped over a stretch of the line (or all of it), as crawlers and copy-paste do. */
const dropSpaces = inLine(fc.tuple(fc.nat(), fc.nat({ max: 400 })).map(([pos, n]): LineEdit => (line) => {
  const p = pos % (line.length + 1);
  const end = n === 0 ? line.length : p + n;
  return line.slice(0, p) + line.slice(p, end).replace(/[ \u3000]+/g, '') + line.slice(end);
}));
const mutations = fc.array(
  fc.oneof(cut, duplicate, swapColumns, stray, randomChars, cutSpan, duplicateSpan, glueDigits, splitDigits, dropSpaces),
  { minLength: 1, maxLength: 6 },
);

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
 * Throws on the first broken property of a result: contract-valid rows, lines inside the input (text only:
 * a PDF's lines are its own), and every reported number present in each of `sources` (the input's text;
 * for a mutated PDF also the original's). Plain checks in a loop: an expect per fact would dominate the run time.
 */
function assertSound(result: ExtractResult, text: string | null, sources: string[] = text === null ? [] : [text], pdf = false) {
  if (!result.ok) {
    // A file the door cannot read gets a message; only an exception caught by the door is a failure.
    if (/^unexpected error/.test(result.error)) throw new Error(result.error);
    return;
  }
  const problems = reportProblems(result.report);
  const compactSources = sources.map(compactLabel);
  if (compactSources.length === 0) problems.push('no text to check the numbers against');
  const lineCount = text === null || pdf ? Infinity : text.split(/\r\n|\r|\n/).length;
  for (const f of result.facts) {
    problems.push(...factProblems(f));
    if (f.line !== null && f.line > lineCount) problems.push(`line ${f.line} past the end`);
    const fromInput = compactSources.every((source) => comesFromInput(f, source));
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

const SHA = 'f'.repeat(64);
const encode = (text: string) => new TextEncoder().encode(text);
/** A mutated text read as a .txt file through the door; it may also say the text is no report, or not text. */
function assertTextSound(text: string) {
  const result = extractInputSync({ name: 'fuzz.txt', bytes: encode(text) }, SHA);
  if (!result.ok && !/not an annual report|not a text file/.test(result.error)) throw new Error(result.error);
  assertSound(result, text);
}
const mutated = (text: string, muts: Mutation[]) => muts.reduce((lines, m) => m(lines), text.split('\n')).join('\n');

describe('extractor under mutation', () => {
  it(`never throws, writes contract-valid rows, and invents no number: data/raw reports (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.nat({ max: reports.length - 1 }), mutations, (which, muts) => assertTextSound(mutated(reports[which], muts))),
      { numRuns: RUNS },
    );
  }, 600_000);

  it.skipIf(!HAVE_SHARED)(`the same on the crawler dumps of ../shared/reports/corpus, mutated inside their one body line too (${RUNS} cases)${IF_SHARED}`, () => {
    fc.assert(
      fc.property(fc.nat({ max: dumps.length - 1 }), mutations, (which, muts) => assertTextSound(mutated(dumps[which], muts))),
      { numRuns: RUNS },
    );
  }, 600_000);

  const texts = [...reports, ...dumps].map(encode);
  it(`reads random bytes in a text report or crawler dump as the CLI does: a message or sound rows (${BYTE_RUNS} cases${HAVE_SHARED ? '' : '; data/raw only, the corpus dumps skipped: ../shared/reports is absent'})`, () => {
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), byteMutations, (which, muts) => {
        const bytes = mutateBytes(texts[which], muts);
        assertSound(extractInputSync({ name: 'fuzz.txt', bytes }, SHA), decodeText(bytes));
      }),
      { numRuns: BYTE_RUNS },
    );
  }, 600_000);

  it.skipIf(!HAVE_SHARED)(`reads random bytes in a PDF as a message or sound rows whose numbers are in its text and the original's (${PDF_RUNS} cases)${IF_SHARED}`, async () => {
    const originals = await Promise.all(pdfs.map(pdfText));
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: pdfs.length - 1 }), byteMutations, async (which, muts) => {
        const bytes = mutateBytes(pdfs[which], muts);
        const result = await extractInput({ name: 'fuzz.pdf', bytes }, { pdfjs: nodePdfJs }, SHA);
        // A PDF the extractor read, pdfjs reads too: its text is the oracle.
        const text = result.ok ? await pdfText(bytes) : null;
        if (result.ok && text === null) throw new Error('read by the extractor but not by pdfjs');
        assertSound(result, text, text === null ? [] : [text, originals[which]!], true);
      }),
      { numRuns: PDF_RUNS },
    );
  }, 600_000);

  it.skipIf(!HAVE_SHARED)(`finds every number of the unmutated PDFs in their text, and reads some${IF_SHARED}`, async () => {
    for (const bytes of pdfs) {
      const result = await extractInput({ name: 'r.pdf', bytes }, { pdfjs: nodePdfJs }, SHA);
      if (!result.ok) throw new Error(result.error);
      const text = compactLabel((await pdfText(bytes))!);
      const reported = result.facts.filter((x) => x.status === 'reported');
      expect(reported.length).toBeGreaterThan(100);
      for (const f of reported) expect(comesFromInput(f, text), `${f.item}.${f.measure}=${f.value}`).toBe(true);
    }
  }, 120_000);

  it(`invents nothing on the unmutated reports and dumps either${IF_SHARED}`, () => {
    for (const text of [...reports, ...dumps]) {
      const result = extractInputSync({ name: 'r.txt', bytes: encode(text) }, SHA);
      if (!result.ok) throw new Error(result.error);
      const compactInput = compactLabel(text);
      for (const f of result.facts.filter((x) => x.status === 'reported')) expect(comesFromInput(f, compactInput), `${f.item}.${f.measure}`).toBe(true);
    }
  });
});
