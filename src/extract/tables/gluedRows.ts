/**
 * Placing the rows of a table whose value cells were run together (crawler text): the runs of all rows are
 * split at once by tables/splitRuns.ts against the table's equations, the other rows' numbers standing as
 * known values. Rows that need no split are left to placeRow.
 */
import { valueKind } from '../../vocabulary';
import type { Cell } from '../types';
import { type FactKey } from './factDraft';
import { type Placement, type RowParts, placeRow } from './rowParts';
import { type CellKind, type Equation, type SplitRow, solveSplits } from './splitRuns';
import { readCell } from '../text/numbers';

const RUN = /^-?\d[\d.\s-]*(?:万元|元)?$/;

const kindOf = (measure: string): CellKind => {
  const kind = valueKind(measure);
  return kind === 'count' || kind === 'signed' ? kind : 'money';
};

/** A glued row with fewer value cells than the form has columns, each a digit run. */
function gluedRun(parts: RowParts | null, n: number): Cell[] | null {
  if (!parts?.row.gluedCells) return null;
  const filled = parts.values.filter((c) => c.text.trim() !== '');
  return filled.length > 0 && filled.length < n && filled.every((c) => RUN.test(c.text.trim())) ? filled : null;
}

/** A run's pieces as printed, one space apart: the cut keeps that boundary, and an uncut run is reported so. */
const runText = (run: Cell[]) => run.map((c) => c.text.trim()).join(' ');

/** The numbers a row states without splitting (null where a cell is not a plain number). */
function knownValues(parts: RowParts | null, keys: FactKey[]): (number | null)[] {
  const placement = parts ? placeRow(parts, keys.length) : null;
  return keys.map((key, i) => {
    if (!placement?.ok || !placement.cells[i]) return null;
    // Stryker disable next-line MethodExpression: readCell trims the text itself
    const reading = readCell(placement.cells[i]!.text.trim(), valueKind(key.measure));
    return reading.kind === 'value' && reading.parsed.flags.length === 0 ? reading.parsed.value : null;
  });
}

/**
 * Placements for the glued rows of one table (null for rows placeRow reads as they are). `rows[i]` is the
 * row found for `keys[i]` (null when absent); `equations` refer to cells as (row index, column index).
 */
export function placeGluedRows(rows: (RowParts | null)[], keys: FactKey[][], equations: Equation[]): (Placement | null)[] {
  const runs = rows.map((parts, i) => gluedRun(parts, keys[i].length));
  // Stryker disable next-line ConditionalExpression,ArrowFunction: a shortcut: without it every row without a run still maps to null
  if (runs.every((r) => r === null)) return rows.map(() => null);
  const problem: SplitRow[] = rows.map((parts, i) => {
    const run = runs[i];
    return run
      ? { run: runText(run), kinds: keys[i].map((k) => kindOf(k.measure)) }
      : { values: knownValues(parts, keys[i]) };
  });
  return solveSplits(problem, equations).map((split, i): Placement | null => {
    const run = runs[i];
    if (!run) return null;
    const raw = runText(run);
    if (split.status === 'split') {
      return { ok: true, cells: split.cells.map((text) => ({ ...run[0], text })), flags: ['split_run'] };
    }
    return { ok: false, flag: split.status === 'none' ? 'split_no_solution' : 'ambiguous_split', raw };
  });
}

/** Σ coef × (row, column) = 0 as an Equation. */
export const equation = (terms: [row: number, column: number, coef: number][]): Equation =>
  terms.map(([row, cell, coef]) => ({ row, cell, coef }));
