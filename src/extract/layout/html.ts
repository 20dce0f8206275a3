/**
 * HTML front end: saved web pages, Word's "save as web page" and CMS editors (TRS_Editor) included. Tables
 * become rows with rowspan/colspan expanded on a grid (covered positions are marked `spanFiller`, so they
 * never shift or duplicate a value); `&nbsp;` cells are blank. Everything outside tables becomes prose lines.
 *
 * Inside a cell, inline pieces (Word's `<span>` runs, `<font>`, `<o:p>`) are one run of text:
 * `<span>1</span><span>2</span>` is 12. Paragraphs, line breaks and the cells of a nested table are not: they stay
 * apart, so a cell holding two numbers reads as `10 20`, which no reader takes for one value. Text a browser does
 * not show inside a cell (Word's hidden text, `display:none;mso-hide:all`, or `hidden`) is not read; hidden blocks
 * of a page are, since pages reveal their content by script. Word's conditional comments are comments to the
 * parser: `<!--[if gte mso 9]><xml>…` is skipped whole, while the list numbers between `<![if !supportLists]>` and
 * `<![endif]>` stay, as a browser shows them.
 *
 * The page's `<head>` gives metadata cues, written as the field lines a crawler writes (metadataCues.ts reads
 * them): `<title>` and `<meta name="ArticleTitle">` as `标题:`, `<link rel="canonical">` as `原文链接:`,
 * `<meta name="ContentSource">` as `来源:` (who posted the page) and `<meta name="SiteName">` as `网站名称:`.
 * ColumnName (the site's section) names no body; PubDate is not read, since page dates mislead about the year.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { Cell, Row, SourceDocument } from '../types';
import { isPageFurniture } from '../text/normalize';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg']);
/** Elements that end a line: their text never runs into the text beside them. */
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'section', 'article', 'header', 'footer', 'br', 'tr', 'title',
  'td', 'th', 'table', 'caption', 'ul', 'ol', 'dt', 'dd', 'blockquote', 'pre', 'hr',
]);
const HIDDEN = /(^|;)\s*display\s*:\s*none/i;

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

const hidden = (el: Element) => 'hidden' in el.attribs || HIDDEN.test(el.attribs.style ?? '');

/** A cell's text: inline pieces joined as they are, each block on a line of its own. */
function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (!isElement(node) || SKIP.has(node.name) || hidden(node)) return '';
  const text = node.children.map(textOf).join('');
  return BLOCK.has(node.name) ? `\n${text}\n` : text;
}

function childElements(node: Element, name: string): Element[] {
  const out: Element[] = [];
  const walk = (n: Element) => {
    for (const child of n.children) {
      if (!isElement(child)) continue;
      if (child.name === name) out.push(child);
      else if (child.name !== 'table') walk(child);
    }
  };
  walk(node);
  return out;
}

function span(el: Element, attr: string): number {
  const n = Number.parseInt(el.attribs[attr] ?? '1', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 200) : 1;
}

const cellsOf = (tr: Element) => tr.children.filter(isElement).filter((e) => e.name === 'td' || e.name === 'th');

/**
 * A table of one column is page layout, not a form table (CMS pages wrap a whole report in one): its cells are
 * read as blocks of the page, so their paragraphs are prose lines and the tables inside them are tables.
 */
const isLayoutTable = (table: Element) =>
  childElements(table, 'tr').every((tr) => cellsOf(tr).length <= 1 && cellsOf(tr).every((td) => span(td, 'rowspan') === 1));

function tableRows(table: Element, lineOf: (offset: number) => number): Row[] {
  const grid: Cell[][] = [];
  childElements(table, 'tr').forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const td of cellsOf(tr)) {
      while (grid[r][c]) c++;
      const line = lineOf(td.startIndex ?? 0);
      const text = td.children.map(textOf).join('').replace(/\s+/g, ' ').trim();
      const rows = span(td, 'rowspan');
      const cols = span(td, 'colspan');
      for (let dr = 0; dr < rows; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < cols; dc++) {
          const filler = dr > 0 || dc > 0;
          grid[r + dr][c + dc] = { text: filler ? '' : text, line, page: null, ...(filler ? { spanFiller: true } : {}) };
        }
      }
      c += cols;
    }
  });
  return grid
    .map((cells) => Array.from(cells, (cell) => cell ?? { text: '', line: 0, page: null, spanFiller: true }))
    .filter((cells) => cells.some((cell) => !cell.spanFiller))
    .map((cells) => {
      const line = cells.find((cell) => !cell.spanFiller)?.line ?? 0;
      return { cells, line, page: null, exactColumns: true };
    });
}

/** `<meta name>` fields of Chinese CMS pages (TRS, 开普云…) and the field line each becomes. */
const META_FIELDS: Record<string, string> = { articletitle: '标题', contentsource: '来源', sitename: '网站名称' };

/** The head's cues as field lines, in page order. Only the head is read: an SVG's `<title>` is no page title. */
function headLines(dom: ChildNode[], lineOf: (offset: number) => number): SourceDocument['lines'] {
  const out: SourceDocument['lines'] = [];
  const add = (field: string, value: string, el: Element) => {
    const text = value.replace(/\s+/g, ' ').trim();
    if (text) out.push({ text: `${field}: ${text}`, line: lineOf(el.startIndex ?? 0), page: null });
  };
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      if (node.name === 'title') add('标题', node.children.map(textOf).join(''), node);
      else if (node.name === 'meta' && META_FIELDS[(node.attribs.name ?? '').toLowerCase()]) add(META_FIELDS[node.attribs.name.toLowerCase()], node.attribs.content ?? '', node);
      else if (node.name === 'link' && /(^|\s)canonical(\s|$)/i.test(node.attribs.rel ?? '') && /^https?:\/\/\S+$/.test(node.attribs.href ?? '')) add('原文链接', node.attribs.href, node);
      else if (node.name === 'html' || node.name === 'head') walk(node.children);
    }
  };
  walk(dom);
  return out;
}

export function htmlDocument(html: string): SourceDocument {
  const dom = parseDocument(html, { withStartIndices: true, decodeEntities: true });
  const lineOf = lineIndex(html);
  const rows: Row[] = [];
  const lines: SourceDocument['lines'] = headLines(dom.children, lineOf);
  let pending = '';
  let pendingLine = 0;

  const flush = () => {
    const text = pending.replace(/\s+/g, ' ').trim();
    if (text && !isPageFurniture(text)) {
      rows.push({ cells: [{ text, line: pendingLine, page: null }], line: pendingLine, page: null });
      lines.push({ text, line: pendingLine, page: null });
    }
    pending = '';
  };

  const walk = (node: ChildNode) => {
    if (node.type === 'text') {
      if (!pending.trim()) pendingLine = lineOf(node.startIndex ?? 0);
      pending += node.data;
      return;
    }
    if (!isElement(node) || SKIP.has(node.name)) return;
    if (node.name === 'table' && !isLayoutTable(node)) {
      flush();
      rows.push(...tableRows(node, lineOf));
      return;
    }
    const block = BLOCK.has(node.name);
    if (block) flush();
    node.children.forEach(walk);
    if (block) flush();
  };
  dom.children.forEach(walk);
  flush();
  return { layout: 'html', rows, lines };
}

export function looksLikeHtml(text: string): boolean {
  return /<(html|body|table|div|p)[\s>]/i.test(text.slice(0, 20000)) && /<\/(table|p|div|body)>/i.test(text);
}
