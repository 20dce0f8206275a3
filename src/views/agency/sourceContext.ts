/**
 * What the source viewer shows of a fact's source: its line with a neighbour above and below (and, for a
 * PDF's prose fact, the lines down to where its phrase is printed), or a window of a line too long to show,
 * with every place the cell's text stands in them marked. Pure: the rows come from data/lines.csv, from a
 * file the site serves, or from a report kept in this browser.
 */
import { type FactLine, RUN_ON, occurrences } from '../../extract/factLines';
import type { FactRow } from '../../data/queries';

export interface ContextLine {
  line: number;
  text: string;
  /** Where `text` starts in the source line, and the line's whole length: a window when they differ from 0 and text's. */
  start: number;
  length: number;
  /** Places of the cell's text in `text`. */
  marks: { start: number; end: number }[];
}

export interface SourceContext {
  lines: ContextLine[];
  /** How many times the cell's text stands in the lines shown (0 when it has none, or is not found). */
  found: number;
}

const isWhole = (r: FactLine) => r.start === 0 && r.text.length === r.line_length;

export function sourceContext(fact: Pick<FactRow, 'raw' | 'line' | 'page'>, rows: readonly FactLine[]): SourceContext {
  const empty = { lines: [], found: 0 };
  if (fact.line === null || fact.line === undefined) return empty;
  const page = fact.page ?? null;
  const onPage = rows.filter((r) => (r.page ?? null) === page);
  const whole = new Map(onPage.filter(isWhole).map((r) => [r.line, r]));
  const own = whole.get(fact.line) ?? onPage.find((r) => r.line === fact.line && r.around !== '' && r.around === fact.raw);
  if (!own) return empty;
  const shown: FactLine[] = [whole.get(fact.line - 1), own, whole.get(fact.line + 1)].filter((r): r is FactLine => r !== undefined);
  const joined = (list: FactLine[]) => list.map((r) => r.text).join('\n');
  // A PDF's prose fact points to its paragraph's first line: follow the phrase down, as lines.csv did.
  if (fact.raw.trim() && occurrences(joined(shown), fact.raw).length === 0) {
    const more: FactLine[] = [];
    for (let line = fact.line + 2; line <= fact.line + 1 + RUN_ON && whole.has(line); line++) {
      more.push(whole.get(line)!);
      if (occurrences(joined([...shown, ...more]), fact.raw).length > 0) {
        shown.push(...more);
        break;
      }
    }
  }
  const text = joined(shown);
  const found = fact.raw.trim() ? occurrences(text, fact.raw) : [];
  let offset = 0;
  const lines = shown.map((r) => {
    const from = offset;
    offset += r.text.length + 1;
    const marks = found
      .filter((m) => m.start < from + r.text.length && m.end > from)
      .map((m) => ({ start: Math.max(0, m.start - from), end: Math.min(r.text.length, m.end - from) }));
    return { line: r.line, text: r.text, start: r.start, length: r.line_length, marks };
  });
  return { lines, found: found.length };
}
