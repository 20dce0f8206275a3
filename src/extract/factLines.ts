/**
 * data/lines.csv: the source lines that facts point to, with one neighbour above and below, for reports
 * whose file the site does not serve (the PDFs and crawler dumps kept beside the project, never committed),
 * so that a reader sees the line a number came from. Only lines some fact points to are kept.
 * A line longer than WHOLE_LINE (a crawler dump's body is one line of many thousand characters) is kept
 * only as a window of characters around the cell's text, and only where that text occurs once in the
 * line: a window around an occurrence that may be another cell's would show the wrong place. A window
 * names the cell text it is centred on, so that a reader of another fact is never shown it as theirs.
 */
import Papa from 'papaparse';
import type { Fact, SourceLine } from './types';

export const LINE_COLUMNS = ['report_id', 'page', 'line', 'start', 'line_length', 'around', 'text'] as const;

export interface FactLine {
  report_id: string;
  page: number | null;
  line: number;
  /** 0-based character offset in the source line where `text` starts: 0 for a whole line. */
  start: number;
  /** Characters in the whole source line: more than `text` has when `text` is a window. */
  line_length: number;
  /** For a window: the cell's text (a fact's `raw`) it is centred on, found once in the line. Empty for a whole line. */
  around: string;
  text: string;
}

/** Longest line kept whole, in characters. */
export const WHOLE_LINE = 300;
/** Characters kept on each side of the cell's text in a window of a longer line. */
export const WINDOW = 80;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a cell's text stands in a line: spaces between its characters may differ from the line's
 * (`1756. 58 万元`, a PDF's cells one space apart), and a number never matches inside a longer number
 * (`0` is not found in `100`). Each match's start and end.
 */
export function occurrences(text: string, raw: string): { start: number; end: number }[] {
  const chars = [...raw.replace(/\s+/g, '')];
  if (chars.length === 0) return [];
  const digit = /\d/;
  const before = digit.test(chars[0]) ? '(?<!\\d|\\d\\.)' : '';
  const after = digit.test(chars[chars.length - 1]) ? '(?!\\d|\\.\\d)' : '';
  const pattern = new RegExp(`${before}${chars.map(escape).join('\\s*')}${after}`, 'gu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The lines of one report that its facts point to, with neighbours, sorted by page, line and start. */
export function factLines(reportId: string, facts: readonly Pick<Fact, 'raw' | 'line' | 'page'>[], sourceLines: readonly SourceLine[]): FactLine[] {
  const byPlace = new Map(sourceLines.map((l) => [`${l.page ?? ''}|${l.line}`, l.text]));
  const out = new Map<string, FactLine>();
  const keep = (page: number | null, line: number, start: number, whole: string, text: string, around = '') =>
    out.set(`${page ?? ''}|${line}|${start}|${around}`, { report_id: reportId, page, line, start, line_length: whole.length, around, text });
  for (const fact of facts) {
    if (fact.line === null) continue;
    for (const line of [fact.line - 1, fact.line, fact.line + 1, ...continuation(fact as FactAt, byPlace)]) {
      const text = byPlace.get(`${fact.page ?? ''}|${line}`);
      if (text === undefined) continue;
      if (text.length <= WHOLE_LINE) {
        keep(fact.page, line, 0, text, text);
        continue;
      }
      if (line !== fact.line) continue;
      const found = occurrences(text, fact.raw);
      if (found.length !== 1) continue;
      const start = Math.max(0, found[0].start - WINDOW);
      keep(fact.page, line, start, text, text.slice(start, Math.min(text.length, found[0].end + WINDOW)), fact.raw);
    }
  }
  return [...out.values()].sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || a.line - b.line || a.start - b.start);
}

type FactAt = Pick<Fact, 'raw' | 'page'> & { line: number };

/** Most lines a cell's text is followed into below its neighbour. */
export const RUN_ON = 8;

/**
 * The lines below the fact's neighbours that its text runs on to: a PDF's prose fact points to its
 * paragraph's first line, and the phrase may be printed lines below. Only when the text is not on the
 * fact's line or its neighbours, and only up to where it is found (none when it is not found).
 */
function continuation(fact: FactAt, byPlace: Map<string, string>): number[] {
  const at = (line: number) => byPlace.get(`${fact.page ?? ''}|${line}`);
  const shown = [fact.line - 1, fact.line, fact.line + 1].map(at).filter((t): t is string => t !== undefined && t.length <= WHOLE_LINE);
  if (!fact.raw.trim() || shown.length === 0 || occurrences(shown.join('\n'), fact.raw).length > 0) return [];
  const more: number[] = [];
  for (let line = fact.line + 2; line <= fact.line + 1 + RUN_ON; line++) {
    const text = at(line);
    if (text === undefined || text.length > WHOLE_LINE) return [];
    more.push(line);
    shown.push(text);
    if (occurrences(shown.join('\n'), fact.raw).length > 0) return more;
  }
  return [];
}

/** A text's lines, numbered as text inputs number facts' lines. */
export const textLines = (text: string): SourceLine[] => text.split(/\r\n|\r|\n/).map((t, i) => ({ page: null, line: i + 1, text: t }));

const cell = (v: string | number | null) => (v === null ? '' : String(v));

export const linesCsv = (rows: readonly FactLine[]) =>
  Papa.unparse({ fields: [...LINE_COLUMNS], data: rows.map((r) => LINE_COLUMNS.map((c) => cell(r[c]))) }, { newline: '\n' }) + '\n';

/** lines.csv read back; rows with a malformed number are left out (the file is checked by its own test). */
export function parseLinesCsv(text: string): FactLine[] {
  const parsed = Papa.parse<Record<(typeof LINE_COLUMNS)[number], string>>(text.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  const int = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : NaN);
  return parsed.data
    .map((r) => ({ report_id: r.report_id ?? '', page: r.page ? int(r.page) : null, line: int(r.line), start: int(r.start), line_length: int(r.line_length), around: r.around ?? '', text: r.text ?? '' }))
    .filter((r) => r.report_id && Number.isInteger(r.line) && Number.isInteger(r.start) && Number.isInteger(r.line_length) && (r.page === null || Number.isInteger(r.page)));
}
