/**
 * Splitting a table row into its label and its value cells, and placing values into the form's columns
 * without guessing: a cell is placed only when the row leaves exactly one way to do it.
 */
import type { Flag } from '../../vocabulary';
import type { Cell, Row } from '../types';
import { compactLabel, hasCjk } from '../text/normalize';

/**
 * A label cell that ends in a number: `行政事业性收费 0`. In OCR text the number is a value glued to the label;
 * in an exact-columns row (a Word or HTML cell written as two paragraphs) it is not a column value.
 */
const GLUED_NUMBER = /^(.*[\u3400-\u9fff)）])\s+([-+]?\d[\d.,\s]*(?:万元|元)?)$/;

/**
 * Does a cell read as a number (count, signed change or money) rather than a label? A cheap shape test:
 * the cell's own reading happens later, with the measure's kind.
 */
const VALUE_SHAPE = /^[`'‘’"]*(?:约|近|增加?|减少?|新增|[+\-−＋－])?\s*[\d０-９][\d０-９,，.．\s]*(?:余|多)?\s*(?:件|条|个|项|次|人次|亿元|万元|千元|元)?[`'‘’"]*$/;

function isLabelCell(cell: Cell): boolean {
  return hasCjk(cell.text) && !VALUE_SHAPE.test(cell.text);
}

export interface RowParts {
  /** Compact label text of every label cell, joined. */
  label: string;
  values: Cell[];
  /**
   * A number inside an exact row's label cell (`<p>行政处罚</p><p>7</p>`): never placed, and the empty cells it
   * might belong to are not read as blank (placeRow).
   */
  labelNumber: Cell | null;
  row: Row;
}

/**
 * May empty cells be read as positions? Always where the layout keeps them. In tab-separated OCR text only
 * when the row has as many cells as the form has columns (one trailing tab allowed) and its first value
 * sits right after the label: 002 pads every row to ten cells, so its gaps say nothing.
 */
function positionsTrusted(parts: RowParts, n: number): boolean {
  if (parts.row.exactColumns) return true;
  const lengthFits = parts.values.length === n || parts.values.length === n + 1;
  return lengthFits && (parts.label === '' || parts.values[0].text.trim() !== '');
}

/**
 * Every table parser asks for the parts of the same rows: `rows[i]`'s parts, computed once per document.
 * The cache holds one entry per rows array (a WeakMap entry per row cost more than computing most rows).
 */
const partsCache = new WeakMap<Row[], RowParts[]>();

export function rowPartsAt(rows: Row[], i: number): RowParts {
  let parts = partsCache.get(rows);
  // Stryker disable next-line ConditionalExpression: a cache: recomputing gives equal parts, never compared by identity or changed
  if (!parts) partsCache.set(rows, (parts = []));
  return (parts[i] ??= rowParts(rows[i]));
}

export function rowParts(row: Row): RowParts {
  const cells = row.cells.filter((c) => !c.spanFiller);
  let lastLabel = -1;
  cells.forEach((c, i) => {
    if (isLabelCell(c)) lastLabel = i;
  });
  const labelCells = cells.slice(0, lastLabel + 1).filter((c) => c.text.trim() !== '');
  const values = cells.slice(lastLabel + 1);
  const lastLabelCell = labelCells[labelCells.length - 1];
  const glued = lastLabelCell && GLUED_NUMBER.exec(lastLabelCell.text.trim());
  let labelNumber: Cell | null = null;
  if (glued) {
    labelCells[labelCells.length - 1] = { ...lastLabelCell, text: glued[1] };
    const number = { ...lastLabelCell, text: glued[2] };
    if (row.exactColumns) labelNumber = number;
    else values.unshift(number);
  }
  return { label: compactLabel(labelCells.map((c) => c.text).join('')), values, labelNumber, row };
}

export function hasValues(parts: RowParts): boolean {
  return parts.labelNumber !== null || parts.values.some((c) => c.text.trim() !== '');
}

export type Placement =
  /** `labelNumber`: the raw number of the row's label cell; the empty cells are unreadable with it, not blank. */
  | { ok: true; cells: (Cell | null)[]; flags: Flag[]; labelNumber?: string }
  | { ok: false; flag: Flag; raw: string };

/**
 * Place a row's value cells into `n` columns, or say why that cannot be done without guessing.
 * Empty cells count as positions only where `positionsTrusted`; elsewhere a row with gaps is placed only
 * when its numbers fill every column.
 */
export function placeRow(parts: RowParts, n: number): Placement {
  const placement = placeCells(parts, n);
  // Stryker disable next-line MethodExpression: GLUED_NUMBER's number group, over trimmed text, has no spaces around it
  const number = parts.labelNumber?.text.trim();
  if (!number) return placement;
  if (!placement.ok) return { ...placement, raw: placement.raw ? `${number} ${placement.raw}` : number };
  return placement.cells.includes(null) ? { ...placement, labelNumber: number } : placement;
}

function placeCells(parts: RowParts, n: number): Placement {
  const { values } = parts;
  // A label with no cell after it, not even an empty one (plain pdftotext puts each cell on a line of its
  // own): the layout does not show where its numbers are, so nothing says they are blank.
  if (values.length === 0) return { ok: false, flag: 'cells_missing', raw: '' };
  // In exact layouts the form's value columns are the last n; empty cells before them belong to a wide label.
  if (parts.row.exactColumns && values.length > n && values.slice(0, values.length - n).every((c) => c.text.trim() === '')) {
    return placeValues(values.slice(-n), n, true);
  }
  return placeValues(values, n, positionsTrusted(parts, n));
}

function placeValues(values: Cell[], n: number, trustPositions: boolean): Placement {
  const filled = values.filter((c) => c.text.trim() !== '');
  const trimmed = values.slice(0, values.map((c) => c.text.trim() !== '').lastIndexOf(true) + 1);
  const raw = filled.map((c) => c.text.trim()).join(' ');
  if (filled.length === 0) return { ok: true, cells: Array(n).fill(null), flags: [] };
  if (filled.length === n) return { ok: true, cells: filled, flags: [] };
  // Empty trailing cells beyond the form's columns are layout, not data.
  if (trustPositions && trimmed.length <= n && values.length >= n) {
    return { ok: true, cells: values.slice(0, n).map((c) => (c.text.trim() ? c : null)), flags: [] };
  }
  if (filled.length > n && filled.every((c) => c.text.trim() === filled[0].text.trim())) {
    return { ok: true, cells: filled.slice(0, n), flags: ['extra_cells'] };
  }
  // Stryker disable next-line EqualityOperator: filled.length === n returned above
  return { ok: false, flag: filled.length < n ? 'cells_missing' : 'cells_misaligned', raw };
}
