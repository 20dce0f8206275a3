/**
 * The national pre-2019 统计表 (指标名称 | 计量单位 | YYYY年度 | 历年累计): 主动公开信息数, 受理依申请公开信息总数,
 * 对申请的答复数 … 行政诉讼数, each with its 其中 rows. Rows are found by their labels (rowMatchers PRE2019_ROWS)
 * in the text of the rows from the header on, whatever the layout: a crawler dump flattens the whole table
 * into one row (`主动公开信息数条4251516其中：1.网站公开条41815092.…`), other layouts give one row per line.
 *
 * A row's numbers are its two columns. Where the table separates them by spaces, each number is a cell and a
 * row with fewer or more numbers is unreadable (cells_missing / cells_misaligned). Where they run together,
 * splitRuns enumerates the cuts and only the table's own order decides: 历年累计 ≥ 本年度, a 其中 row never
 * exceeds its parent (the parts need not add up: other channels exist), and a narrative figure stated for
 * that very cell. More than one cut left: every cell of the run is unreadable, flagged ambiguous_split.
 */
import { type Flag, pre2019Measures } from '../../vocabulary';
import { PRE2019_ROWS, type Pre2019RowDef } from '../rowMatchers';
import type { Cell, Row } from '../types';
import { type CellKind, enumerateSplits } from './splitRuns';
import { type FactDraft, type FactKey, cellFact, unreadableFact } from './factDraft';
import { allMatches } from '../text/matches';

/** `指标名称 计量单位 2011 年度 历年累计`: the year column, and whether a cumulative column follows. */
const HEADER = /指标名称\s*(?:计量\s*单位)?\s*((?:19|20)\d{2})\s*年度?\s*((?:历年)?\s*累\s*计)?/;
const ROW_LABELS = new RegExp(PRE2019_ROWS.map((r) => `(${r.match.source})`).join('|'), 'g');
/** What may stand between a row's numbers and the next label: `其中：`, an item number `2.` / `2、` / `(2)`. */
const NEXT_LABEL_PREFIX = /(?:其中[:：]?)?\s*(?:\d\s*[.、．]|[(（]\d[)）])?\s*$/;
const UNIT_AND_RUN = /^\s*(条|件|个|项|次|万元|元)?\s*(\d[\d\s.]*)?/;
const CJK_GAP = /(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g;

/** Stated values (narrative) that may pin a cut: key `section.item.measure` → value. */
export type StatedValues = ReadonlyMap<string, number>;

interface TableRow {
  def: Pre2019RowDef;
  unit: string;
  run: string;
  row: Row;
}

interface Table {
  year: number;
  cumulative: boolean;
  rows: TableRow[];
}

const rowText = (row: Row) => row.cells.map((c) => c.text).join(' ').normalize('NFKC');

/** A following row continues the table when it starts with a row label (after `其中：` or an item number). */
const ROW_START = new RegExp(`^\\s*(?:其中[:：]?)?\\s*(?:\\d\\s*[.、．]|[(（]\\d[)）])?\\s*(?:${ROW_LABELS.source})`);

/** The table's rows: the header row's text after the header, then following rows that start with a row label. */
function findTable(rows: Row[]): Table | null {
  for (let i = 0; i < rows.length; i++) {
    // Cheap test first: normalising every row of a long report costs more than the rest of this reader.
    // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut: HEADER then finds 指标名称 in the row's text, which only a printed 指标名称 gives
    if (!rows[i].cells.some((c) => c.text.includes('指标名称'))) continue;
    const header = HEADER.exec(rowText(rows[i]));
    if (!header) continue;
    const found = labelledRows(rowText(rows[i]).slice(header.index + header[0].length).replace(CJK_GAP, ''), rows[i]);
    for (let j = i + 1; j < rows.length; j++) {
      const text = rowText(rows[j]).replace(CJK_GAP, '');
      if (!ROW_START.test(text)) break;
      found.push(...labelledRows(text, rows[j]));
    }
    // A row printed twice (a report that repeats its table) counts once: the first.
    const unique = found.filter((r, k) => found.findIndex((o) => o.def === r.def) === k);
    return unique.length ? { year: Number(header[1]), cumulative: Boolean(header[2]), rows: unique } : null;
  }
  return null;
}

/** Each label with the unit and numbers between it and the next label. */
function labelledRows(text: string, row: Row): TableRow[] {
  const hits = allMatches(text, ROW_LABELS);
  return hits.map((hit, k) => {
    const def = PRE2019_ROWS[hit.slice(1).findIndex((g) => g !== undefined)];
    const end = k + 1 < hits.length ? hits[k + 1].index : text.length;
    // Stryker disable next-line StringLiteral: the replaced suffix is where the unit and run reading stops anyway
    const between = text.slice(hit.index + hit[0].length, end).replace(NEXT_LABEL_PREFIX, '');
    const m = UNIT_AND_RUN.exec(between)!;
    return { def, unit: m[1] ?? '', run: (m[2] ?? '').trim(), row };
  });
}

const keyOf = (def: Pre2019RowDef, measure: string) => `${def.section}.${def.item}.${measure}`;

type Candidates = string[][];

/**
 * Cuts of every run-together row that the table's order allows. Rows settle one another: a settled parent
 * bounds its parts, settled parts bound their parent, until nothing changes.
 */
function settleRuns(rows: TableRow[], kinds: (r: TableRow) => CellKind[], stated: StatedValues): (Candidates | null)[] {
  // Runs hold digits only (the unit stands in its own column), so a cell's text is its number.
  const value = Number;
  const options = rows.map((r) => {
    const cuts = enumerateSplits(r.run, kinds(r), (cells) => cells.length < 2 || value(cells[1]) >= value(cells[0]), { left: 20_000 });
    // Stryker disable next-line ConditionalExpression: pinning a list of 0 or 1 cuts leaves that list
    if (!cuts || cuts.length < 2) return cuts;
    const said = stated.get(keyOf(r.def, pre2019Measures(r.def)[0]));
    // Without a stated value nothing is pinned (no number equals undefined).
    const pinned = cuts.filter((cells) => value(cells[0]) === said);
    return pinned.length === 1 ? pinned : cuts;
  });
  const settled = (i: number) => (options[i]?.length === 1 ? options[i]![0].map(value) : null);
  for (let changed = true; changed; ) {
    changed = false;
    rows.forEach((r, i) => {
      const cuts = options[i];
      if (!cuts || cuts.length < 2) return;
      // Stryker disable next-line LogicalOperator: item names are unique across the sections, so the section test never decides
      const parent = rows.findIndex((p) => p.def.section === r.def.section && p.def.item === r.def.parent);
      const partsOf = (p: number) =>
        // Stryker disable next-line LogicalOperator: item names are unique across the sections, so the section test never decides
        rows.flatMap((c, k) => (k !== i && c.def.section === rows[p].def.section && c.def.parent === rows[p].def.item ? [k] : []));
      const fits = (cells: string[]) => cells.every((cell, c) => {
        const v = value(cell);
        // As a part: itself plus its settled siblings stay within the parent.
        // Stryker disable next-line ConditionalExpression: settled(-1) is null
        if (parent >= 0 && settled(parent)) {
          const siblings = partsOf(parent).map(settled).filter((s) => s !== null).reduce((s, x) => s + x![c], 0);
          if (v + siblings > settled(parent)![c]) return false;
        }
        // As a parent: at least the sum of its settled parts.
        const parts = partsOf(i).map(settled).filter((s) => s !== null);
        return parts.reduce((s, x) => s + x![c], 0) <= v;
      });
      const kept = cuts.filter(fits);
      if (kept.length !== cuts.length) {
        options[i] = kept;
        changed = true;
      }
    });
  }
  return options;
}

export function parsePre2019Table(rows: Row[], stated: StatedValues = new Map()): FactDraft[] {
  const table = findTable(rows);
  if (!table) return [];
  const n = table.cumulative ? 2 : 1;
  // Stryker disable next-line Regex: the empty strings between spaces are filtered out
  const tokens = (run: string) => run.split(/\s+/).filter(Boolean);
  // A table whose cells are separated somewhere is separated everywhere: its numbers are never cut.
  const spaced = n === 1 || table.rows.some((r) => tokens(r.run).length > 1);
  const kinds = (r: TableRow): CellKind[] => Array(n).fill(r.def.money ? 'money' : 'count');
  const options = spaced ? [] : settleRuns(table.rows, kinds, stated);

  return table.rows.flatMap((r, i) => {
    const keys: FactKey[] = pre2019Measures(r.def).slice(0, n).map((measure) => ({ section: r.def.section, item: r.def.item, measure, year: table.year }));
    // Money takes the row's 计量单位; printed without one it is kept as written and flagged unit_missing.
    const moneyUnit = r.def.money && (r.unit === '元' || r.unit === '万元') ? r.unit : '';
    const cellsOf = (texts: string[], flags: Flag[]) =>
      keys.map((key, c) => cellFact(key, { text: texts[c], line: r.row.line, page: r.row.page } satisfies Cell, r.row, flags, moneyUnit));
    const unreadable = (flag: Flag) => keys.map((key) => unreadableFact(key, r.run, [flag], r.row));
    const found = tokens(r.run);
    if (spaced) {
      if (found.length === n) return cellsOf(found, []);
      // Stryker disable next-line EqualityOperator: found.length === n returned on the line before
      return unreadable(found.length < n ? 'cells_missing' : 'cells_misaligned');
    }
    const cuts = options[i];
    if (!cuts || cuts.length > 1) return unreadable('ambiguous_split');
    if (cuts.length === 0) return unreadable(r.run.replace(/\D/g, '').length < n ? 'cells_missing' : 'split_no_solution');
    return cellsOf(cuts[0], ['split_run']);
  });
}
