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

/**
 * The number a token stands for, in the unit it is written in (equations never mix units). Most tokens are
 * bare digits: the search calls this for every cell of every partial split, so they skip the replace.
 */
// Stryker disable next-line Regex: TOKEN lets 元 only end a token, and the replace is the identity on a token without it
const tokenValue = (token: string) => Number(token.includes('元') ? token.replace(/万元|元$/, '') : token);

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
  // Stryker disable next-line MethodExpression,Regex: empty pieces are filtered out, and a run always holds a digit
  const segments = run.trim().split(/\s+/).filter(Boolean);
  const k = kinds.length;
  // Characters left from the start of each segment: no cell may take the characters later cells need.
  const after = segments.map((_, s) => segments.slice(s + 1).reduce((n, t) => n + t.length, 0));
  const out: string[][] = [];
  const cells: string[] = [];
  let overflow = false;
  const walk = (seg: number, pos: number): void => {
    // Stryker disable next-line ConditionalExpression: the loop returns right after the child that set overflow
    if (overflow) return;
    if (--budget.left < 0) {
      overflow = true;
      return;
    }
    const j = cells.length;
    if (seg === segments.length) {
      // Stryker disable next-line ConditionalExpression: the longest bound leaves every later cell a character, so only the k-th cell takes the last one
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
      // Stryker disable next-line ConditionalExpression: the next call returns at its own overflow check
      if (overflow) return;
    }
  };
  walk(0, 0);
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
      const want = knownAt.size ? knownAt.get(`${r}|${j}`) : undefined;
      if (want !== undefined && tokenValue(cells[j]) !== want) return false;
      return own.every((eq) => {
        if (eq.some((t) => t.row === r && t.cell > j)) return true;
        return eq.reduce((s, t) => s + t.coef * (t.row === r ? tokenValue(cells[t.cell]) : (fixed(t.row, t.cell) as number)), 0) === 0;
      });
    };
    // Each run has its own budget: one long run must not leave the others undecided.
    const splits = enumerateSplits(row.run, row.kinds, accept, { left: nodeBudget });
    if (splits === null) result[r] = { status: 'ambiguous' };
    else if (splits.length > 1) candidates.set(r, splits);
    else if (splits.length === 1) result[r] = { status: 'split', cells: splits[0] };
    else {
      // A run its sums reject is still read as printed when its cell rules allow one cut only: the sums'
      // failure is then the report's, and the checks report it.
      const structural = enumerateSplits(row.run, row.kinds, () => true, { left: 2_000 });
      result[r] = structural?.length === 1 ? { status: 'split', cells: structural[0] } : { status: 'none' };
    }
  });

  // Stryker disable next-line ConditionalExpression,EqualityOperator: decideTogether over no candidate does nothing
  if (candidates.size > 0) decideTogether(rows, equations, result, candidates, nodeBudget);
  return result;
}

/**
 * Joint search over the runs still undecided, one group of runs joined by usable equations at a time (each
 * with its own budget), with interval pruning on every equation. A run no equation joins stays ambiguous.
 */
function decideTogether(rows: SplitRow[], equations: Equation[], result: RowSplit[], candidates: Map<number, string[][]>, nodeBudget: number) {
  const valueOf = (r: number, c: number): number | null => {
    const row = rows[r];
    if ('values' in row) return row.values[c];
    const s = result[r];
    return s.status === 'split' ? tokenValue(s.cells[c]) : null;
  };
  const usable = equations.filter(
    (eq) => eq.some((t) => candidates.has(t.row)) && eq.every((t) => candidates.has(t.row) || valueOf(t.row, t.cell) !== null),
  );
  // Groups of runs that share an equation (union-find over run indices).
  const parent = new Map([...candidates.keys()].map((r) => [r, r]));
  const root = (r: number): number => (parent.get(r) === r ? r : root(parent.get(r)!));
  for (const eq of usable) {
    const runs = eq.filter((t) => candidates.has(t.row)).map((t) => root(t.row));
    for (const r of runs) parent.set(r, runs[0]);
  }
  const groups = new Map<number, number[]>();
  for (const r of candidates.keys()) groups.set(root(r), [...(groups.get(root(r)) ?? []), r]);

  for (const group of groups.values()) {
    const members = new Set(group);
    const own = usable.filter((eq) => eq.some((t) => members.has(t.row)));
    // Stryker disable next-line ConditionalExpression: a group with no equation keeps every candidate in searchGroup: ambiguous as before
    const decided = own.length === 0 ? null : searchGroup(group, own, candidates, valueOf, { left: nodeBudget });
    for (const r of group) {
      const used = decided?.get(r);
      if (!used || used.size > 1) result[r] = { status: 'ambiguous' };
      else if (used.size === 0) result[r] = { status: 'none' };
      else result[r] = { status: 'split', cells: candidates.get(r)![[...used][0]] };
    }
  }
}

/**
 * Which candidates of each run appear in some assignment of the whole group that meets every equation;
 * null when the budget ran out before the search could tell.
 */
function searchGroup(
  group: number[],
  usable: Equation[],
  candidates: Map<number, string[][]>,
  valueOf: (r: number, c: number) => number | null,
  budget: Budget,
): Map<number, Set<number>> | null {
  // Stryker disable next-line MethodExpression,ArithmeticOperator: search order: changes the work done, not the result
  const open = [...group].sort((a, b) => candidates.get(a)!.length - candidates.get(b)!.length);
  // Per run and cell, the range of values its candidates allow: bounds for pruning partial assignments.
  const ranges = new Map<string, number[]>();
  for (const eq of usable) {
    for (const t of eq) {
      if (!candidates.has(t.row)) continue;
      const vs = candidates.get(t.row)!.map((cells) => tokenValue(cells[t.cell]));
      ranges.set(`${t.row}|${t.cell}`, [Math.min(...vs), Math.max(...vs)]);
    }
  }
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
          // Stryker disable next-line EqualityOperator: at coef 0 both branches add 0
          lo += t.coef > 0 ? t.coef * min : t.coef * max;
          // Stryker disable next-line EqualityOperator: at coef 0 both branches add 0
          hi += t.coef > 0 ? t.coef * max : t.coef * min;
        } else {
          lo += t.coef * valueOf(t.row, t.cell)!;
          hi += t.coef * valueOf(t.row, t.cell)!;
        }
      }
      return lo <= 0 && hi >= 0;
    });
  // Once every run has shown two fitting candidates, nothing more can be decided.
  // Stryker disable next-line ArrowFunction,ConditionalExpression: an early stop: searching on once all are ambiguous can only find them ambiguous again
  const allAmbiguous = () => open.every((r) => seen.get(r)!.size > 1);
  const walk = (i: number): void => {
    // Stryker disable next-line ConditionalExpression: budget.left stays negative, so the next check returns as well
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
      // Stryker disable next-line ConditionalExpression,LogicalOperator: after exhaustion walk returns at its first line; once all are ambiguous searching on changes nothing
      if (exhausted || allAmbiguous()) return;
      chosen.set(r, cells);
      picks[i] = n;
      if (feasible(r)) walk(i + 1);
      chosen.delete(r);
    });
  };
  walk(0);
  return exhausted ? null : seen;
}
