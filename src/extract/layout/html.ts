/**
 * HTML front end: saved web pages. Tables become rows with rowspan/colspan expanded on a grid (covered
 * positions are marked `spanFiller`, so they never shift or duplicate a value); `&nbsp;` cells are blank.
 * Everything outside tables becomes prose lines.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { Cell, Row, SourceDocument } from '../types';
import { isPageFurniture } from '../text/normalize';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg']);
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'section', 'article', 'header', 'footer', 'br', 'tr', 'title',
]);

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

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (!isElement(node) || SKIP.has(node.name)) return '';
  if (node.name === 'br') return ' ';
  return node.children.map(textOf).join('');
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

function tableRows(table: Element, lineOf: (offset: number) => number): Row[] {
  const grid: Cell[][] = [];
  childElements(table, 'tr').forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const td of tr.children.filter(isElement).filter((e) => e.name === 'td' || e.name === 'th')) {
      while (grid[r][c]) c++;
      const line = lineOf(td.startIndex ?? 0);
      const text = textOf(td).replace(/\s+/g, ' ').trim();
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

export function htmlDocument(html: string): SourceDocument {
  const dom = parseDocument(html, { withStartIndices: true, decodeEntities: true });
  const lineOf = lineIndex(html);
  const rows: Row[] = [];
  const lines: SourceDocument['lines'] = [];
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
    if (node.name === 'table') {
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
