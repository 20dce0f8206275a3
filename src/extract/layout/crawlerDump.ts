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
import { COLUMN_HEADINGS, YEAR_HEADING } from './columnHeadings';
import { allMatches } from '../text/matches';

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
const RESIDUE: [RegExp, string][] = [
  [/<!--[\s\S]*?-->/g, ''], // markup inside the text: the words around it belong together
  [/当前位置[:：][^。]*?相关链接[:：]\s*(?:-->)?/g, ' '],
  [/(?:附件下载|打印本页|关闭窗口)\s*$/g, ' '],
];

export function stripResidue(text: string): string {
  return RESIDUE.reduce((t, [re, by]) => t.replace(re, by), text);
}

const CJK = /[\u3400-\u9fff]/;
/** Sentence ends: the narrative reader gets one sentence per line. */
const SENTENCE = /[^。！？]*[。！？]?/g;
/**
 * The crawler joined paragraphs with a space (or nothing): a space between two non-ASCII characters starts
 * a new line (the title before `根据…`, a signature date). Spaces next to digits (`成立 70 周年`) stay.
 */
const PARAGRAPH_BREAK = /(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Full- and half-width forms of the same heading both match, and so do headings spaced out (`计量 单位`). */
const widthFree = (s: string) =>
  [...s].map((ch) => ({ '（': '[（(]', '）': '[）)]', '：': '[：:]', '/': '[/／]' })[ch] ?? escape(ch)).join('\\s*');
const HEADINGS = [YEAR_HEADING, ...[...COLUMN_HEADINGS].sort((a, b) => b.length - a.length).map(widthFree)].join('|');
/** Two or more column headings back to back (spaces allowed): a flattened table header. */
const HEADING_BLOCK = `(?:(?:${HEADINGS})\\s*){2,}`;
const FIRST_BLOCK = new RegExp(HEADING_BLOCK);
const ALL_BLOCKS = new RegExp(HEADING_BLOCK, 'g');
const ONE_HEADING = new RegExp(HEADINGS, 'g');
const headingBlocks = (text: string) => allMatches(text, ALL_BLOCKS);

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
  // A year heading (`2013年度`) is a heading, not a run.
  const headings = headingBlocks(text).map((m) => [m.index, m.index + m[0].length]);
  // Blocks come in text order and i only grows: one pointer instead of a search at every character.
  let h = 0;
  let i = 0;
  while (i < text.length) {
    while (h < headings.length && headings[h][1] <= i) h++;
    if (h < headings.length && headings[h][0] <= i) {
      i = headings[h][1];
      continue;
    }
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
      else if (text[end] === '-' && (isDigit(text[end - 1]) || text[end - 1] === ' ') && isDigit(text[end + 1])) end++; // a glued negative change
      else if (text.startsWith('万元', end) && isDigit(text[end - 1])) end += 2;
      else if (text[end] === '元' && isDigit(text[end - 1])) end++;
      else break;
    }
    const itemNumber = /[.、．]/.test(text[end] ?? '') && CJK.test(text[end + 1] ?? '') && isDigit(text[end - 1]);
    let runEnd = itemNumber ? end - 1 : end;
    while (text[runEnd - 1] === ' ') runEnd--;
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
    for (const m of allMatches(block[0], ONE_HEADING)) cells.push({ text: m[0], line, page: null });
    last = block.index + block[0].length;
  }
  plain(text.slice(last));
  return cells;
}

/** Rows of one flattened table stretch (from its first heading block to the end of the sentence). */
function tableRows(text: string, line: number, title: string): { rows: Row[]; tail: string } {
  const rows: Row[] = [];
  let from = 0;
  let header = title;
  for (const run of findRuns(text)) {
    if (run.prose) break;
    let label = header + text.slice(from, run.start);
    header = '';
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
  const push = (t: string, line: number) => {
    lines.push({ text: t, line, page: null });
    rows.push({ cells: [{ text: t, line, page: null }], line, page: null });
  };
  const prose = (t: string, line: number) => {
    for (const paragraph of t.split(PARAGRAPH_BREAK)) if (paragraph.trim()) push(paragraph.trim(), line);
  };
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  const rule = all.findIndex((l) => BODY_RULE.test(l));
  all.forEach((raw, index) => {
    const line = index + 1;
    if (index === rule) return;
    // Crawler header lines, verbatim (metadata reads them).
    if (index < rule) {
      if (raw.trim()) push(raw, line);
      return;
    }
    for (const sentence of stripResidue(raw).match(SENTENCE) ?? []) {
      const block = FIRST_BLOCK.exec(sentence);
      if (!block) {
        prose(sentence, line);
        continue;
      }
      // The text before a table's first heading (its title, a signature date) is prose and opens the header row.
      const before = sentence.slice(0, block.index);
      for (const paragraph of before.split(PARAGRAPH_BREAK)) if (paragraph.trim()) lines.push({ text: paragraph.trim(), line, page: null });
      const table = tableRows(sentence.slice(block.index), line, before.trim() + ' ');
      rows.push(...table.rows);
      prose(table.tail, line);
    }
  });
  return { layout: 'crawler_dump', rows, lines };
}
