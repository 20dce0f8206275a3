/**
 * PDF front end. Naive text extraction runs table cells together (`规章1011` is 1 / 0 / 11), so rows are
 * rebuilt from text positions: fragments that touch are joined, fragments on one baseline form a line,
 * a line whose numbers stand apart at its end is a table row, and label lines wrapped above or below a
 * row (`（二）部分公开（区分处理的，只计这一情` / `形，不计其他情形）`) join the nearest row when that
 * row is clearly the nearest (on a scan, only a row of the label's own band between the table's rules).
 * pdfjs is passed in by the caller, so this module runs in Node and browsers.
 */
import type { Cell, Row, SourceDocument, SourceLine } from '../types';
import { isPageFurniture } from '../text/normalize';

export interface PdfTextItem {
  str: string;
  x: number;
  /** Baseline, in PDF units from the bottom of the page. */
  y: number;
  width: number;
  /** OCR only: the engine's confidence (0–100) in the item's text; a text PDF's text is certain. */
  confidence?: number;
}

/** A horizontal table rule: its height (PDF units from the bottom) and how far it runs across. */
export interface PdfRule {
  y: number;
  x0: number;
  x1: number;
}

export interface PdfPage {
  items: PdfTextItem[];
  /**
   * OCR only: the table's horizontal rules found on the scan. Where given, a label line joins a row only
   * inside the row's band (no rule between them), since a turned page's rows stand closer than ATTACH.
   */
  rules?: PdfRule[];
}

interface Fragment extends PdfTextItem {
  numeric: boolean;
}

interface Line {
  y: number;
  fragments: Fragment[];
  /** Index of the first fragment of the trailing run of numbers, or -1 for a text line. */
  valuesFrom: number;
  page: number;
  /** 1-based position of the line on its page, top to bottom: the provenance of PDF facts. */
  number: number;
}

const SAME_LINE = 2.5; // points between baselines of one visual line
const TOUCHING = 0.8; // gap below which two fragments are one word or number
const CELL_GAP = 10; // gap that separates two cells of a text row
const VALUE_GAP = 12; // numbers of a table row stand at least this far from the label
const ATTACH = 20; // a label line joins a row at most this far away …
const AMBIGUOUS = 3; // … and only when no other row is nearly as close

const NUMBER = /^[-+]?\d[\d,.]*%?$/;

const lowest = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

/** A cell's text with, for OCR, its confidence. */
const cellOf = (text: string, line: Line, confidence: number | undefined): Cell =>
  confidence === undefined ? { text, line: line.number, page: line.page } : { text, line: line.number, page: line.page, confidence };

function joinTouching(items: PdfTextItem[]): PdfTextItem[] {
  const out: PdfTextItem[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    if (prev && prev.str.trim() && item.str.trim() && item.x - (prev.x + prev.width) < TOUCHING) {
      prev.str += item.str;
      prev.width = item.x + item.width - prev.x;
      prev.confidence = lowest(prev.confidence, item.confidence);
    } else out.push({ ...item });
  }
  return out.filter((f) => f.str.trim() !== '');
}

function pageLines(page: PdfPage, pageNo: number): Line[] {
  const items = [...page.items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of items) {
    const group = groups[groups.length - 1];
    if (group && Math.abs(group[0].y - item.y) <= SAME_LINE) group.push(item);
    else groups.push([item]);
  }
  return groups
    .map((group) => joinTouching(group.sort((a, b) => a.x - b.x)).map((f) => ({ ...f, numeric: NUMBER.test(f.str.trim()) })))
    .filter((fragments) => fragments.length > 0)
    .map((fragments, i) => ({ y: fragments[0].y, fragments, valuesFrom: valuesStart(fragments), page: pageNo, number: i + 1 }));
}

const isFurniture = (line: Line) => isPageFurniture(line.fragments.map((f) => f.str).join(''));

/** Where the trailing run of numbers starts, if the line is a table row; prose numbers sit among words. */
function valuesStart(fragments: Fragment[]): number {
  let start = fragments.length;
  while (start > 0 && fragments[start - 1].numeric) start--;
  if (start === fragments.length) return -1;
  if (start === 0) return 0;
  const label = fragments[start - 1];
  return fragments[start].x - (label.x + label.width) >= VALUE_GAP ? start : -1;
}

const text = (fragments: Fragment[]) => fragments.map((f) => f.str.trim()).join('');

function cellsOf(fragments: Fragment[], line: Line): Cell[] {
  const cells: Cell[] = [];
  let prevEnd = -Infinity;
  for (const f of fragments) {
    const last = cells[cells.length - 1];
    if (last && f.x - prevEnd < CELL_GAP) {
      last.text += f.str.trim();
      if (f.confidence !== undefined) last.confidence = lowest(last.confidence, f.confidence);
    } else cells.push(cellOf(f.str.trim(), line, f.confidence));
    prevEnd = f.x + f.width;
  }
  return cells;
}

/** No rule running over the label line's text lies between its baseline and the row's. */
function sameBand(label: Line, row: Line, rules: PdfRule[]): boolean {
  const x0 = label.fragments[0].x;
  const x1 = Math.max(...label.fragments.map((f) => f.x + f.width));
  const [low, high] = label.y < row.y ? [label.y, row.y] : [row.y, label.y];
  return !rules.some((r) => r.y > low && r.y < high && r.x0 < x1 && r.x1 > x0);
}

/** A visual line as a reader sees it: its cells one space apart. */
const printed = (line: Line): SourceLine => ({ page: line.page, line: line.number, text: cellsOf(line.fragments, line).map((c) => c.text).join(' ') });

/** Rows for the table parsers, prose lines for narrative and metadata, and every visual line for the source viewer. */
export function pdfPagesToDocument(pages: PdfPage[], layout: 'pdf' | 'ocr' = 'pdf'): SourceDocument {
  const rows: Row[] = [];
  const lines: SourceDocument['lines'] = [];
  const sourceLines: SourceLine[] = [];
  // A paragraph may run on over a page break: prose is flushed only where a line stops short.
  let prose: { text: string; line: number; page: number; confidence?: number } | null = null;
  const flushProse = () => {
    if (prose) lines.push(prose);
    prose = null;
  };
  pages.forEach((page, p) => {
    if (page.items.length === 0) return;
    const allLines = pageLines(page, p + 1);
    sourceLines.push(...allLines.map(printed));
    const pageLinesList = allLines.filter((l) => !isFurniture(l));
    const valueLines = pageLinesList.filter((l) => l.valuesFrom >= 0);
    const attached = new Map<Line, Line[]>();
    for (const line of pageLinesList) {
      if (line.valuesFrom >= 0) continue;
      const candidates = page.rules ? valueLines.filter((v) => sameBand(line, v, page.rules!)) : valueLines;
      const byDistance = candidates.map((v) => ({ v, d: Math.abs(v.y - line.y) })).sort((a, b) => a.d - b.d);
      const [nearest, second] = byDistance;
      if (nearest && nearest.d <= ATTACH && (!second || second.d - nearest.d >= AMBIGUOUS)) {
        attached.set(nearest.v, [...(attached.get(nearest.v) ?? []), line]);
        attached.set(line, []);
      }
    }
    const lineEnd = (l: Line) => Math.max(...l.fragments.map((f) => f.x + f.width));
    const rightMargin = Math.max(...pageLinesList.map(lineEnd));
    for (const line of pageLinesList) {
      if (line.valuesFrom >= 0) {
        flushProse();
        const labelParts = [...(attached.get(line) ?? []), line]
          .sort((a, b) => b.y - a.y)
          .map((l) => text(l === line ? l.fragments.slice(0, l.valuesFrom) : l.fragments));
        const label: Cell = { text: labelParts.join(''), line: line.number, page: line.page };
        const values = line.fragments.slice(line.valuesFrom).map((f) => cellOf(f.str.trim(), line, f.confidence));
        rows.push({ cells: label.text ? [label, ...values] : values, line: line.number, page: line.page });
        continue;
      }
      if (attached.has(line)) continue; // part of a row's label
      rows.push({ cells: cellsOf(line.fragments, line), line: line.number, page: line.page });
      // Prose wraps at the right margin: a line that reaches it continues on the next one.
      const lineText = text(line.fragments);
      const confidence = line.fragments.reduce<number | undefined>((c, f) => lowest(c, f.confidence), undefined);
      if (prose) {
        prose.text += lineText;
        if (confidence !== undefined) prose.confidence = lowest(prose.confidence, confidence);
      } else prose = confidence === undefined ? { text: lineText, line: line.number, page: line.page } : { text: lineText, line: line.number, page: line.page, confidence };
      if (lineEnd(line) < rightMargin - 15) flushProse();
    }
  });
  flushProse();
  return { layout, rows, lines, sourceLines };
}

/** The part of pdfjs this module uses; the CLI passes the Node build, the browser its own. */
export interface PdfJs {
  getDocument(src: { data: Uint8Array; verbosity?: number; isEvalSupported?: boolean; disableFontFace?: boolean }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>;
      destroy(): Promise<void>;
    }>;
  };
}

export class PdfError extends Error {}
/** A PDF of page images: read by OCR where an engine is given. */
export class NoTextLayer extends PdfError {}

/** Text items with positions, page by page. Scanned PDFs have no text layer: that is an error, not an empty report. */
export async function readPdfPages(data: Uint8Array, pdfjs: PdfJs): Promise<PdfPage[]> {
  let doc;
  try {
    doc = await pdfjs.getDocument({ data, verbosity: 0, isEvalSupported: false, disableFontFace: true }).promise;
  } catch (e) {
    throw new PdfError(`unreadable PDF: ${(e as Error).message}`);
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = (content.items as { str?: string; transform?: number[]; width?: number }[])
        .filter((i) => typeof i.str === 'string' && Array.isArray(i.transform))
        .map((i) => ({ str: i.str!, x: i.transform![4], y: i.transform![5], width: i.width ?? 0 }));
      pages.push({ items });
    }
    const characters = pages.reduce((n, p) => n + p.items.reduce((m, i) => m + i.str.trim().length, 0), 0);
    if (characters < 20) throw new NoTextLayer('scanned PDF without a text layer: run OCR on it first (the extractor reads text, not images)');
    return pages;
  } catch (e) {
    // A damaged page can fail after the document opened: still the file's fault, still a message.
    throw e instanceof PdfError ? e : new PdfError(`unreadable PDF: ${(e as Error).message}`);
  } finally {
    await doc.destroy();
  }
}
