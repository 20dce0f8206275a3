/**
 * Crawler text dump front end: a few `key: value` header lines written by a web crawler, a `=== 正文 ===`
 * rule, then the page body on one line, tables flattened cell by cell with no separator
 * (`一、本年新收政府信息公开申请数量640020470`). Header lines stay verbatim in `lines` (metadata reads them);
 * the body is cut into sentences for the narrative and, where a run of column headings marks a table, into
 * rows of [label, digit run]. A digit run keeps its raw text, spaces included: splitting it into cells is the
 * table readers' business (tables/splitRuns.ts), since only the form's arithmetic can decide it.
 * Every line and cell keeps the file line it came from (the body is one line).
 */
import type { Cell, Row, SourceDocument } from '../types';
import { COLUMN_HEADINGS } from './columnHeadings';

const BODY_RULE = /^\s*=+\s*正文\s*=+\s*$/;
const HEADER_LINE = /^[\u3400-\u9fff\w ]{1,12}[:：]/;

/** A dump starts with crawler header lines (`标题:` …) and a `正文` rule within its first lines. */
export function looksLikeCrawlerDump(text: string): boolean {
  const head = text.slice(0, 4000).split(/\r\n?|\n/, 20);
  const rule = head.findIndex((l) => BODY_RULE.test(l));
  return rule > 0 && HEADER_LINE.test(head[0]);
}

/**
 * Site chrome and export residue inside the body: Word's conditional comments (`<!--[if !supportLists]-->`),
 * the portal's breadcrumb-to-share-buttons strip (`当前位置： … 相关链接： -->`) and trailing download links.
 */
const RESIDUE: RegExp[] = [
  /<!--[\s\S]*?-->/g,
  /当前位置[:：][^。]*?相关链接[:：]\s*(?:-->)?/g,
  /(?:附件下载|打印本页|关闭窗口)\s*$/g,
];

export function stripResidue(text: string): string {
  return RESIDUE.reduce((t, re) => t.replace(re, ' '), text);
}

const CJK = /[\u3400-\u9fff]/;
/** Sentence ends: the narrative reader gets one sentence per line. */
const SENTENCE = /[^。！？]*[。！？]?/g;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Full- and half-width forms of the same heading both match. */
const widthFree = (s: string) =>
  [...s].map((ch) => ({ '（': '[（(]', '）': '[）)]', '：': '[：:]', '/': '[/／]' })[ch] ?? escape(ch)).join('');
const HEADINGS = [...COLUMN_HEADINGS].sort((a, b) => b.length - a.length).map(widthFree).join('|');
/** Two or more column headings back to back (spaces allowed): a flattened table header. */
const HEADING_BLOCK = new RegExp(`(?:(?:${HEADINGS})\\s*){2,}`);
const headingBlocks = (text: string) => [...text.matchAll(new RegExp(HEADING_BLOCK, 'g'))];
const ONE_HEADING = new RegExp(HEADINGS, 'g');

interface Run {
  start: number;
  end: number;
  /** Followed by a counter or punctuation (`2019年`, `42场次`, `5，`): prose, which ends the table. */
  prose: boolean;
}

const PROSE_AFTER = /[年月日时条件个项次号期场篇批家名人起%％，,。；;：:）)]/;

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * The digit runs of a table stretch: digits with single spaces, decimal points, a leading minus and a glued
 * 元/万元. An item number (a digit followed by `.` or `、` and CJK text, `2.其他法律…`) starts the next label,
 * so it never ends a run.
 */
function findRuns(text: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < text.length) {
    const signed = text[i] === '-' && isDigit(text[i + 1]);
    if (!isDigit(text[i]) && !signed) {
      i++;
      continue;
    }
    const start = i;
    let end = signed ? i + 1 : i;
    for (;;) {
      if (isDigit(text[end])) end++;
      else if (text[end] === '.' && isDigit(text[end - 1]) && isDigit(text[end + 1])) end++;
      else if (text[end] === ' ' && isDigit(text[end - 1]) && (isDigit(text[end + 1]) || (text[end + 1] === '-' && isDigit(text[end + 2])))) end++;
      else if (text[end] === '-' && text[end - 1] === ' ' && isDigit(text[end + 1])) end++;
      else if (text.startsWith('万元', end) && isDigit(text[end - 1])) end += 2;
      else if (text[end] === '元' && isDigit(text[end - 1])) end++;
      else break;
    }
    const itemNumber = /[.、．]/.test(text[end] ?? '') && CJK.test(text[end + 1] ?? '') && isDigit(text[end - 1]);
    const runEnd = itemNumber ? end - 1 : end;
    if (runEnd > start) runs.push({ start, end: runEnd, prose: !itemNumber && PROSE_AFTER.test(text[runEnd] ?? '') });
    i = itemNumber ? end + 1 : end;
  }
  return runs;
}

/** A header stretch as cells: text outside heading blocks (a section title) split at spaces, one cell per heading. */
function headerCells(text: string, line: number): Cell[] {
  const cells: Cell[] = [];
  const plain = (t: string) => cells.push(...t.split(/\s+/).filter(Boolean).map((p) => ({ text: p, line, page: null })));
  let last = 0;
  for (const block of headingBlocks(text)) {
    plain(text.slice(last, block.index));
    for (const m of block[0].matchAll(ONE_HEADING)) cells.push({ text: m[0], line, page: null });
    last = block.index + block[0].length;
  }
  plain(text.slice(last));
  return cells;
}

/** Rows of one flattened table stretch (from its first heading block to the end of the sentence). */
function tableRows(text: string, line: number): { rows: Row[]; tail: string } {
  const rows: Row[] = [];
  let from = 0;
  for (const run of findRuns(text)) {
    if (run.prose) break;
    let label = text.slice(from, run.start);
    const blocks = headingBlocks(label);
    const lastBlock = blocks[blocks.length - 1];
    if (lastBlock) {
      const headerEnd = lastBlock.index + lastBlock[0].length;
      rows.push({ cells: headerCells(label.slice(0, headerEnd), line), line, page: null });
      label = label.slice(headerEnd);
    }
    const cells: Cell[] = [];
    if (label.trim()) cells.push({ text: label.trim(), line, page: null });
    cells.push({ text: text.slice(run.start, run.end), line, page: null });
    rows.push({ cells, line, page: null, gluedCells: true });
    from = run.end;
  }
  return { rows, tail: text.slice(from) };
}

export function crawlerDumpDocument(text: string): SourceDocument {
  const rows: Row[] = [];
  const lines: SourceDocument['lines'] = [];
  const prose = (t: string, line: number) => {
    const trimmed = t.trim();
    if (!trimmed) return;
    lines.push({ text: trimmed, line, page: null });
    rows.push({ cells: [{ text: trimmed, line, page: null }], line, page: null });
  };
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  const rule = all.findIndex((l) => BODY_RULE.test(l));
  all.forEach((raw, index) => {
    const line = index + 1;
    if (index === rule) return;
    if (index < rule) {
      // Crawler header lines, verbatim (metadata reads them).
      if (raw.trim()) {
        lines.push({ text: raw, line, page: null });
        rows.push({ cells: [{ text: raw, line, page: null }], line, page: null });
      }
      return;
    }
    for (const sentence of stripResidue(raw).match(SENTENCE) ?? []) {
      const block = HEADING_BLOCK.exec(sentence);
      if (!block) {
        prose(sentence, line);
        continue;
      }
      // The section title before a table's first heading row is part of that header row.
      const titleStart = sentence.slice(0, block.index).search(/\S/);
      const table = tableRows(sentence.slice(titleStart < 0 ? block.index : titleStart), line);
      rows.push(...table.rows);
      for (const tail of table.tail.match(SENTENCE) ?? []) prose(tail, line);
    }
  });
  return { rows, lines };
}
