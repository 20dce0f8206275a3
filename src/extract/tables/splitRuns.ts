/**
 * Splitting digit runs into cells by the form's own arithmetic. A crawler that flattens a table glues a
 * row's cells together (`640020470` = 64|0|0|2|0|4|70). Only the form decides where they part: no
 * leading zeros (a lone 0 excepted), spaces that survived are boundaries, a minus sign only on a signed
 * change, a decimal point only in money, and the table's linear equations (the applicant columns add to
 * 总计, outcome rows add to 总计 per column, …) within a row and across rows, plus values stated elsewhere
 * for that very cell. A run is split only when every accepted way agrees; otherwise the caller marks every
 * cell unreadable. The search is bounded: running out of budget is ambiguity, never a guess.
 */

export type CellKind = 'count' | 'signed' | 'money';

/** One row of a table: a run to split into `kinds.length` cells, or cells already known (null: not a number). */
export type SplitRow = { run: string; kinds: CellKind[] } | { values: (number | null)[] };

/** `sum(coef × cell) = 0` over cells of the table's rows. */
export type Equation = { row: number; cell: number; coef: number }[];

export interface KnownValue {
  row: number;
  cell: number;
  value: number;
}

export type RowSplit =
  | { status: 'fixed' }
  | { status: 'split'; cells: string[] }
  /** Several splits fit, or the search ran out of budget before it could tell. */
  | { status: 'ambiguous' }
  /** No split fits the cell rules and the form's sums. */
  | { status: 'none' };

const TOKEN: Record<CellKind, RegExp> = {
  count: /^(?:0|[1-9]\d*)$/,
  signed: /^(?:0|-?[1-9]\d*)$/,
  money: /^(?:0|[1-9]\d*)(?:\.\d+)?(?:万元|元)?$/,
};

/** The number a token stands for, in the unit it is written in (equations never mix units). */
const tokenValue = (token: string) => Number(token.replace(/万元|元$/, ''));

/** Beyond this many accepted splits of one run its cells cannot be told apart anyway. */
const MAX_CANDIDATES = 64;

interface Budget {
  left: number;
}

/**
 * Every split of `run` into `kinds.length` valid tokens that keeps `accept` true for each completed prefix
 * (`accept(cells)` sees the cells chosen so far). Returns null when the budget runs out or the splits
 * exceed MAX_CANDIDATES (the caller cannot decide them either way).
 */
export function enumerateSplits(
  run: string,
  kinds: CellKind[],
  accept: (cells: string[]) => boolean,
  budget: Budget,
): string[][] | null {
  const segments = run.trim().split(/\s+/).filter(Boolean);
  const k = kinds.length;
  // Characters left from the start of each segment: no cell may take the characters later cells need.
  const after = segments.map((_, s) => segments.slice(s + 1).reduce((n, t) => n + t.length, 0));
  const out: string[][] = [];
  const cells: string[] = [];
  let overflow = false;
  const walk = (seg: number, pos: number): void => {
    if (overflow) return;
    if (--budget.left < 0) {
      overflow = true;
      return;
    }
    const j = cells.length;
    if (seg === segments.length) {
      if (j === k) {
        if (out.length === MAX_CANDIDATES) overflow = true;
        else out.push([...cells]);
      }
      return;
    }
    // Every remaining segment needs at least one cell.
    if (k - j < segments.length - seg) return;
    const text = segments[seg];
    const longest = text.length + after[seg] - pos - (k - j - 1);
    for (let end = pos + 1; end <= text.length && end - pos <= longest; end++) {
      const token = text.slice(pos, end);
      if (!TOKEN[kinds[j]].test(token)) continue;
      cells.push(token);
      if (accept(cells)) walk(end === text.length ? seg + 1 : seg, end === text.length ? 0 : end);
      cells.pop();
      if (overflow) return;
    }
  };
  if (segments.length > 0) walk(0, 0);
  return overflow ? null : out;
}

/**
 * Split every run of a table. Known values and equations whose other cells are already known prune each
 * run on its own; runs left with several splits are then decided together, by the equations that join them.
 */
export function solveSplits(rows: SplitRow[], equations: Equation[], known: KnownValue[] = [], nodeBudget = 100_000): RowSplit[] {
  const fixed = (r: number, c: number): number | null | undefined => {
    const row = rows[r];
    return row && 'values' in row ? row.values[c] : undefined;
  };
  const knownAt = new Map(known.map((v) => [`${v.row}|${v.cell}`, v.value]));
  const result: RowSplit[] = rows.map((row) => ('values' in row ? { status: 'fixed' } : { status: 'none' }));
  const candidates = new Map<number, string[][]>();

  rows.forEach((row, r) => {
    if ('values' in row) return;
    // Equations this run can settle alone: its own cells and cells of fixed rows.
    const own = equations.filter((eq) => eq.some((t) => t.row === r) && eq.every((t) => t.row === r || typeof fixed(t.row, t.cell) === 'number'));
    const accept = (cells: string[]) => {
      const j = cells.length - 1;
      const want = knownAt.get(`${r}|${j}`);
      if (want !== undefined && tokenValue(cells[j]) !== want) return false;
      return own.every((eq) => {
        if (eq.some((t) => t.row === r && t.cell > j)) return true;
        return eq.reduce((s, t) => s + t.coef * (t.row === r ? tokenValue(cells[t.cell]) : (fixed(t.row, t.cell) as number)), 0) === 0;
      });
    };
    // Each run has its own budget: one long run must not leave the others undecided.
    const splits = enumerateSplits(row.run, row.kinds, accept, { left: nodeBudget });
    if (splits === null) result[r] = { status: 'ambiguous' };
    else if (splits.length === 1) result[r] = { status: 'split', cells: splits[0] };
    else if (splits.length > 1) candidates.set(r, splits);
    else {
      // A run its sums reject is still read as printed when its cell rules allow one cut only: the sums'
      // failure is then the report's, and the checks report it.
      const structural = enumerateSplits(row.run, row.kinds, () => true, { left: 2_000 });
      result[r] = structural?.length === 1 ? { status: 'split', cells: structural[0] } : { status: 'none' };
    }
  });

  if (candidates.size > 0) decideTogether(rows, equations, result, candidates, { left: nodeBudget });
  return result;
}

/** Joint search over the runs still undecided, with interval pruning on every equation that joins them. */
function decideTogether(rows: SplitRow[], equations: Equation[], result: RowSplit[], candidates: Map<number, string[][]>, budget: Budget) {
  const valueOf = (r: number, c: number): number | null => {
    const row = rows[r];
    if ('values' in row) return row.values[c];
    const s = result[r];
    return s.status === 'split' ? tokenValue(s.cells[c]) : null;
  };
  const open = [...candidates.keys()].sort((a, b) => candidates.get(a)!.length - candidates.get(b)!.length);
  const usable = equations.filter(
    (eq) => eq.some((t) => candidates.has(t.row)) && eq.every((t) => candidates.has(t.row) || valueOf(t.row, t.cell) !== null),
  );
  // Per run and cell, the range of values its candidates allow: bounds for pruning partial assignments.
  const range = (r: number, c: number) => {
    const vs = candidates.get(r)!.map((cells) => tokenValue(cells[c]));
    return [Math.min(...vs), Math.max(...vs)];
  };
  const ranges = new Map<string, number[]>();
  for (const eq of usable) for (const t of eq) if (candidates.has(t.row)) ranges.set(`${t.row}|${t.cell}`, range(t.row, t.cell));

  const chosen = new Map<number, string[]>();
  const seen = new Map<number, Set<number>>(open.map((r) => [r, new Set<number>()]));
  const picks: number[] = [];
  let exhausted = false;
  // After choosing a run, only the equations it appears in can have become infeasible.
  const equationsOf = new Map(open.map((r) => [r, usable.filter((eq) => eq.some((t) => t.row === r))]));
  const feasible = (r: number) =>
    equationsOf.get(r)!.every((eq) => {
      let lo = 0;
      let hi = 0;
      for (const t of eq) {
        const cells = chosen.get(t.row);
        if (cells) {
          lo += t.coef * tokenValue(cells[t.cell]);
          hi += t.coef * tokenValue(cells[t.cell]);
        } else if (candidates.has(t.row)) {
          const [min, max] = ranges.get(`${t.row}|${t.cell}`)!;
          lo += t.coef > 0 ? t.coef * min : t.coef * max;
          hi += t.coef > 0 ? t.coef * max : t.coef * min;
        } else {
          lo += t.coef * valueOf(t.row, t.cell)!;
          hi += t.coef * valueOf(t.row, t.cell)!;
        }
      }
      return lo <= 0 && hi >= 0;
    });
  const walk = (i: number): void => {
    if (exhausted) return;
    if (--budget.left < 0) {
      exhausted = true;
      return;
    }
    if (i === open.length) {
      open.forEach((r, n) => seen.get(r)!.add(picks[n]));
      return;
    }
    const r = open[i];
    candidates.get(r)!.forEach((cells, n) => {
      chosen.set(r, cells);
      picks[i] = n;
      if (feasible(r)) walk(i + 1);
      chosen.delete(r);
    });
  };
  walk(0);
  for (const r of open) {
    const used = seen.get(r)!;
    if (exhausted || used.size > 1) result[r] = { status: 'ambiguous' };
    else if (used.size === 0) result[r] = { status: 'none' };
    else result[r] = { status: 'split', cells: candidates.get(r)![[...used][0]] };
  }
}
