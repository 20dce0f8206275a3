/**
 * Space-aligned text front end: text converted from a PDF with its layout kept (`pdftotext -layout`,
 * copies out of PDF viewers). Columns are separated by runs of spaces; a label too long for its column
 * wraps onto the lines around its numbers, and group labels (（三）不予公开, a vertical 三、本年度办理结果)
 * stand beside or between the rows they group. A row is a line holding numbers: its label is its own text
 * plus the label fragments on the lines just above it, single cells with at most one blank line between
 * (a header row, with cells of its own, never joins). Text that is not a row stays prose.
 */
import type { Cell, Row, SourceDocument } from '../types';
import { isPageFurniture } from '../text/normalize';

/** Two or more spaces (or an ideographic space) part two columns; one space is inside a cell. */
const GAP = /[ \u00a0]{2,}|\u3000+/;
const NUMBER = /^-?\d[\d,]*(?:\.\d+)?(?:万元|元)?$/;

/** Cells of a line: trailing numbers are values, the rest label fragments. */
function split(line: string): { labels: string[]; values: string[] } {
  const cells = line.trim().split(GAP).filter(Boolean);
  let first = cells.length;
  while (first > 0 && NUMBER.test(cells[first - 1])) first--;
  return { labels: cells.slice(0, first), values: cells.slice(first) };
}

/** No tabs (those are the tab-separated layouts) and at least five lines of a label and two or more number columns. */
export function looksSpaceAligned(text: string): boolean {
  if (text.includes('\t')) return false;
  let rows = 0;
  for (const line of text.split('\n')) {
    const { labels, values } = split(line);
    if (labels.length > 0 && values.length >= 2 && ++rows >= 5) return true;
  }
  return false;
}

/** Label fragments above a row may join it across at most this many blank lines. */
const MAX_BLANKS = 1;

export function spaceAlignedDocument(text: string): SourceDocument {
  const rows: Row[] = [];
  const lines: SourceDocument['lines'] = [];
  // Single-cell lines waiting to learn whether they open the next row's label.
  let pending: { text: string; line: number }[] = [];
  let blanks = 0;
  const flush = () => {
    for (const p of pending) rows.push({ cells: [{ text: p.text, line: p.line, page: null }], line: p.line, page: null });
    pending = [];
  };

  text.replace(/\r\n?/g, '\n').split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (isPageFurniture(raw)) return;
    if (raw.trim() === '') {
      if (++blanks > MAX_BLANKS) flush();
      return;
    }
    blanks = 0;
    const { labels, values } = split(raw);
    const cell = (t: string): Cell => ({ text: t, line, page: null });
    if (values.length === 0) {
      lines.push({ text: raw.trim(), line, page: null });
      if (labels.length === 1) pending.push({ text: labels[0], line });
      else {
        flush();
        rows.push({ cells: labels.map(cell), line, page: null });
      }
      return;
    }
    // A row: fragments above it open its label (they keep their own line numbers).
    const above = pending.map((p) => ({ text: p.text, line: p.line, page: null }));
    pending = [];
    rows.push({ cells: [...above, ...labels.map(cell), ...values.map(cell)], line, page: null });
  });
  flush();
  return { layout: 'space_aligned', rows, lines };
}
