/**
 * Plain-text front end: OCR text with tab-separated tables (000, 002), markdown with tab or pipe tables
 * (001, PDF-to-markdown tools), and DOCX exports that put one table cell per line (003, 004).
 */
import type { Cell, Row, SourceDocument } from '../types';
import { isPageFurniture } from '../text/normalize';

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_SEPARATOR = /^\s*\|?(\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$/;
/** One cell on its own line, introduced by a single tab (DOCX export). */
const CELL_LINE = /^\t[^\t]*$/;

function cell(text: string, line: number): Cell {
  return { text, line, page: null };
}

function pipeCells(text: string, line: number): Cell[] {
  const inner = text.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((t) => cell(t.trim(), line));
}

/** Markdown heading markers and emphasis carry no content. */
function stripMarkdown(text: string): string {
  return text.replace(/^\s*#{1,6}\s+/, '').replace(/\*\*|__/g, '');
}

export function plainTextDocument(text: string): SourceDocument {
  const rawLines = text.replace(/\r\n?/g, '\n').split('\n');
  const rows: Row[] = [];
  const lines: SourceDocument['lines'] = [];
  let block: Row | null = null;

  const closeBlock = () => {
    if (block) rows.push(block);
    block = null;
  };

  rawLines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    if (isPageFurniture(rawLine)) return;
    // Prose lines feed the narrative and metadata readers; table rows never do.
    if (rawLine.trim() !== '' && !rawLine.includes('\t') && !block && !PIPE_ROW.test(rawLine)) {
      lines.push({ text: stripMarkdown(rawLine).trim(), line: lineNo, page: null });
    }
    if (CELL_LINE.test(rawLine)) {
      block ??= { cells: [], line: lineNo, page: null, exactColumns: true };
      block.cells.push(cell(rawLine.slice(1), lineNo));
      return;
    }
    if (block && rawLine.trim() !== '' && !rawLine.includes('\t') && block.cells.length > 0) {
      // A cell wrapped onto the next line ("本年新" / "制作数量").
      const last = block.cells[block.cells.length - 1];
      last.text += rawLine.trim();
      return;
    }
    closeBlock();
    if (rawLine.trim() === '') return;
    if (PIPE_ROW.test(rawLine)) {
      if (!PIPE_SEPARATOR.test(rawLine)) rows.push({ cells: pipeCells(rawLine, lineNo), line: lineNo, page: null, exactColumns: true });
      return;
    }
    const cells = rawLine.includes('\t')
      ? rawLine.split('\t').map((t) => cell(t.trim(), lineNo))
      : [cell(stripMarkdown(rawLine).trim(), lineNo)];
    rows.push({ cells, line: lineNo, page: null });
  });
  closeBlock();
  return { layout: 'text', rows, lines };
}
