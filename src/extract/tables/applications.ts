/**
 * Table 三 (收到和处理政府信息公开申请情况): 26 rows × 7 applicant columns. Rows are found by label and,
 * where a label is garbled, by the fixed row order of the official form.
 */
import { APPLICANT_MEASURES, applicationOrder, type Flag, OTHER_SPLIT_ITEMS, outcomeItems } from '../../vocabulary';
import { APPLICATION_MATCH_ORDER, APPLICATION_MATCHERS } from '../rowMatchers';
import type { Row } from '../types';
import { type FactDraft, rowFacts, unreadableFact } from './factDraft';
import { equation, placeGluedRows } from './gluedRows';
import { type RowParts, hasValues, placeRow, rowPartsAt } from './rowParts';
import type { Equation } from './splitRuns';

export function matchApplicationRow(label: string): string | null {
  for (const item of APPLICATION_MATCH_ORDER) if (APPLICATION_MATCHERS[item].test(label)) return item;
  return null;
}

const keysOf = (item: string) => APPLICANT_MEASURES.map((measure) => ({ section: 'applications', item, measure }));

const TOTAL = APPLICANT_MEASURES.indexOf('total');
const COLUMNS = APPLICANT_MEASURES.map((_, c) => c);

/**
 * The form's arithmetic over table 三 (rows in the form's order): the six applicant columns add to 总计; per column,
 * the outcome rows add to （七）总计, and 本年新收 + 上年结转 = （七）总计 + 结转下年度.
 */
function buildEquations(split: boolean): Equation[] {
  const order = applicationOrder(split);
  const at = (item: string) => order.indexOf(item);
  const applicants = order.map((_, r) => equation(COLUMNS.map((c): [number, number, number] => [r, c, c === TOTAL ? -1 : 1])));
  const outcomes = COLUMNS.map((c) => equation([[at('total_handled'), c, -1], ...outcomeItems(split).map((item): [number, number, number] => [at(item), c, 1])]));
  const balance = COLUMNS.map((c) => equation([
    [at('new_received'), c, 1], [at('carried_over'), c, 1], [at('total_handled'), c, -1], [at('carried_forward'), c, -1],
  ]));
  return [...applicants, ...outcomes, ...balance];
}
/** The equations depend only on the form variant: built once each (they were a hot spot of bench:extract). */
const EQUATIONS = new Map([false, true].map((split) => [split, buildEquations(split)]));

/** Index of the first row of table 三, or -1. */
export function findApplicationsStart(rows: Row[]): number {
  return rows.findIndex((row, i) => row.cells.length > 1 && /本年新收/.test(rowPartsAt(rows, i).label));
}

export function parseApplications(rows: Row[], ocrText: boolean): { facts: FactDraft[]; end: number } {
  const start = findApplicationsStart(rows);
  if (start < 0) return { facts: [], end: -1 };

  // Collect the table's rows up to and including 结转下年度 (the first copy of a table printed twice).
  const region: { parts: RowParts; item: string | null }[] = [];
  let end = rows.length;
  for (let i = start; i < rows.length; i++) {
    const parts = rowPartsAt(rows, i);
    const item = matchApplicationRow(parts.label);
    if (!item && rows[i].cells.length === 1 && /行政复议|^[四五六七]、/.test(parts.label)) {
      end = i;
      break;
    }
    region.push({ parts, item });
    if (item === 'carried_forward') {
      end = i + 1;
      break;
    }
  }

  // First match of each row wins, but a header-like duplicate without values yields to one with values.
  const found = new Map<string, RowParts>();
  for (const { parts, item } of region) {
    if (!item) continue;
    const seen = found.get(item);
    if (!seen || (!hasValues(seen) && hasValues(parts))) found.set(item, parts);
  }
  const split = OTHER_SPLIT_ITEMS.some((item) => found.has(item));
  // A lone "(六) 其他处理" heading above the three 2021 sub-rows is a group label, not a row.
  if (split && found.has('other_handling') && !hasValues(found.get('other_handling')!)) found.delete('other_handling');
  const order = applicationOrder(split);

  const garbled = placeGarbledRows(region, order, found);
  // Rows whose cells were run together are split all at once, by the table's own sums.
  const glued = placeGluedRows(
    order.map((item) => found.get(item) ?? garbled.placed.get(item) ?? null),
    order.map(keysOf),
    EQUATIONS.get(split)!,
  );
  const facts: FactDraft[] = [];
  const emitted = new Set<string>();
  const emit = (item: string, parts: RowParts, flags: Flag[]) => {
    emitted.add(item);
    const placement = glued[order.indexOf(item)] ?? placeRow(parts, APPLICANT_MEASURES.length);
    facts.push(...rowFacts(keysOf(item), placement, parts.row, flags, ocrText));
  };
  for (const item of order) {
    const parts = found.get(item);
    if (parts) emit(item, parts, []);
    else if (garbled.placed.has(item)) emit(item, garbled.placed.get(item)!, ['label_garbled']);
    else if (garbled.unplaceable.has(item)) {
      const { raw, row } = garbled.unplaceable.get(item)!;
      facts.push(...keysOf(item).map((key) => unreadableFact(key, raw, ['label_garbled'], row)));
    } else facts.push(...keysOf(item).map((key) => unreadableFact(key, '', ['row_missing'], null)));
  }
  // A 2021 report that keeps the single (六) row beside its split rows: the single row is a real cell too.
  if (split && found.has('other_handling') && !emitted.has('other_handling')) emit('other_handling', found.get('other_handling')!, []);
  return { facts, end };
}

/**
 * An unmatched row with values that sits where exactly one expected row is missing is that row
 * (002's `(二) 百 计这一` is 部分公开). Where several rows are missing around it, or a second unmatched row
 * sits in the same one-row gap, their cells exist but cannot be placed: they are recorded as unreadable with
 * the text of every unmatched row there.
 */
function placeGarbledRows(
  region: { parts: RowParts; item: string | null }[],
  order: string[],
  found: Map<string, RowParts>,
) {
  const placed = new Map<string, RowParts>();
  const unplaceable = new Map<string, { raw: string; row: Row }>();
  const markUnplaceable = (key: string, parts: RowParts) => {
    const raw = parts.values.map((c) => c.text.trim()).filter(Boolean).join(' ');
    const seen = unplaceable.get(key);
    unplaceable.set(key, seen ? { raw: [seen.raw, raw].filter(Boolean).join(' '), row: seen.row } : { raw, row: parts.row });
  };
  region.forEach(({ parts, item }, i) => {
    if (item || !hasValues(parts)) return;
    const before = region.slice(0, i).reverse().find((r) => r.item && order.includes(r.item))?.item;
    const after = region.slice(i + 1).find((r) => r.item && order.includes(r.item))?.item;
    const from = before ? order.indexOf(before) + 1 : 0;
    const to = after ? order.indexOf(after) : order.length;
    const gap = order.slice(from, to).filter((key) => !found.has(key));
    if (gap.length === 1 && !placed.has(gap[0]) && !unplaceable.has(gap[0])) {
      placed.set(gap[0], parts);
      return;
    }
    for (const key of gap) {
      // Another unmatched row was taken for this row: with two candidates, neither can be told to be it.
      const rival = placed.get(key);
      if (rival) {
        placed.delete(key);
        markUnplaceable(key, rival);
      }
      markUnplaceable(key, parts);
    }
  });
  return { placed, unplaceable };
}
