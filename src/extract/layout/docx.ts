/**
 * DOCX front end: the archive's main part (the Word body) read into rows. Word tables keep their cells: a cell
 * merged across columns (gridSpan) or down rows (vMerge) leaves `spanFiller` positions, as HTML spans do,
 * so a value is never shifted or duplicated. Paragraphs outside tables become prose lines. `line` is the
 * 1-based position of the paragraph or table row in the document: Word files have no lines of their own.
 */
import { strFromU8, unzipSync } from 'fflate';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { Cell, Row, SourceDocument } from '../types';
import { isPageFurniture } from '../text/normalize';

export class DocxError extends Error {}

const isElement = (node: ChildNode): node is Element => node.type === 'tag';
const children = (el: Element, name: string) => el.children.filter((c): c is Element => isElement(c) && c.name === name);
const child = (el: Element | undefined, name: string) => (el ? children(el, name)[0] : undefined);
const val = (el: Element | undefined) => el?.attribs['w:val'];

/** Unpacked size refused before inflating: a report's text is a few MB at most; a zip bomb is not. */
const MAX_PART_BYTES = 200 * 1024 * 1024;
const PACKAGE_RELS = '_rels/.rels';
/** The package relationship naming the main part (word/document.xml from Word; other writers may differ). */
const MAIN_PART = /<Relationship\b[^>]*\bType=["'][^"']*\/officeDocument["'][^>]*>/;

function unzipPart(bytes: Uint8Array, name: string): string | null {
  let tooLarge = false;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== name) return false;
        tooLarge = file.originalSize > MAX_PART_BYTES;
        return !tooLarge;
      },
    });
  } catch (e) {
    throw new DocxError(`damaged or truncated ZIP/DOCX archive (${(e as Error).message})`);
  }
  if (tooLarge) throw new DocxError(`${name} unpacks to more than ${MAX_PART_BYTES / 1048576} MB: refused`);
  return entries[name] ? strFromU8(entries[name]) : null;
}

/** The main document part as parsed XML, or a DocxError saying why there is none. */
function mainPart(bytes: Uint8Array) {
  const notWord = 'a ZIP archive but not a Word document';
  const target = MAIN_PART.exec(unzipPart(bytes, PACKAGE_RELS) ?? '')?.[0].match(/\bTarget=["']\/?([^"']+)["']/)?.[1];
  if (!target) throw new DocxError(`${notWord} (no main part named in ${PACKAGE_RELS})`);
  const xml = unzipPart(bytes, target);
  const dom = xml === null ? null : parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const root = dom?.children.find(isElement);
  // An .xlsx or .pptx has a main part too, whose root is a workbook or a presentation.
  if (!root || root.name !== 'w:document') throw new DocxError(`${notWord} (its main part ${target} is not a Word body)`);
  // The readers below recurse through the tree: damaged XML can nest deep enough to overflow the stack.
  if (depthOver(root, MAX_DEPTH)) throw new DocxError(`damaged Word document (its body nests deeper than ${MAX_DEPTH} levels)`);
  return root;
}

/** Word bodies nest a few dozen levels (tables in cells in tables); thousands means damage. */
const MAX_DEPTH = 400;

/** Whether any element lies deeper than `max` levels below `root`, found without recursion. */
function depthOver(root: Element, max: number): boolean {
  const stack: [ChildNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) return true;
    if (isElement(node)) for (const c of node.children) stack.push([c, depth + 1]);
  }
  return false;
}

/** Text of a run container; `mc:AlternateContent` carries the same content twice, only its first choice counts. */
function textOf(node: ChildNode): string {
  if (!isElement(node)) return '';
  switch (node.name) {
    case 'w:t':
      return node.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
    case 'w:tab':
      return '\t';
    case 'w:br':
    case 'w:cr':
      return '\n';
    case 'w:p':
      // Paragraphs end a line: two paragraphs of a cell (or of a table nested in it) never run into one number.
      return `${node.children.map(textOf).join('')}\n`;
    case 'mc:AlternateContent':
      return node.children.filter(isElement).slice(0, 1).map(textOf).join('');
    default:
      return node.children.map(textOf).join('');
  }
}

/** A table's own rows, or a row's own cells (content controls `w:sdt` may wrap either); nested tables stay in their cell's text. */
function partsOf(el: Element, name: 'w:tr' | 'w:tc'): Element[] {
  return el.children.filter(isElement).flatMap((c) => (c.name === name ? [c] : c.name === 'w:sdt' ? partsOf(child(c, 'w:sdtContent') ?? c, name) : []));
}

function cellText(tc: Element): string {
  return tc.children.filter(isElement).map(textOf).join(' ').replace(/\s+/g, ' ').trim();
}

export function docxDocument(bytes: Uint8Array): SourceDocument {
  const root = mainPart(bytes);
  const rows: Row[] = [];
  const lines: SourceDocument['lines'] = [];
  let position = 0;

  const paragraph = (p: Element) => {
    position++;
    for (const text of textOf(p).split('\n').map((t) => t.replace(/\s+/g, ' ').trim())) {
      if (!text || isPageFurniture(text)) continue;
      rows.push({ cells: [{ text, line: position, page: null }], line: position, page: null });
      lines.push({ text, line: position, page: null });
    }
  };

  const table = (tbl: Element) => {
    for (const tr of partsOf(tbl, 'w:tr')) {
      position++;
      const line = position;
      const filler = (): Cell => ({ text: '', line, page: null, spanFiller: true });
      const before = Number.parseInt(val(child(child(tr, 'w:trPr'), 'w:gridBefore')) ?? '0', 10) || 0;
      const cells: Cell[] = Array.from({ length: Math.min(before, 200) }, filler);
      for (const tc of partsOf(tr, 'w:tc')) {
        const props = child(tc, 'w:tcPr');
        const span = Math.min(Math.max(Number.parseInt(val(child(props, 'w:gridSpan')) ?? '1', 10) || 1, 1), 200);
        const vMerge = child(props, 'w:vMerge');
        // A vMerge without val="restart" continues the cell above: its position is covered, not blank.
        const covered = vMerge !== undefined && val(vMerge) !== 'restart';
        cells.push(covered ? filler() : { text: cellText(tc), line, page: null });
        for (let i = 1; i < span; i++) cells.push(filler());
      }
      if (cells.some((c) => !c.spanFiller)) rows.push({ cells, line, page: null, exactColumns: true });
    }
  };

  const walk = (node: ChildNode) => {
    if (!isElement(node)) return;
    if (node.name === 'w:p') paragraph(node);
    else if (node.name === 'w:tbl') table(node);
    else node.children.forEach(walk);
  };
  walk(root);
  return { layout: 'docx', rows, lines };
}
