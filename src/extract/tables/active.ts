/** Table 二 (主动公开政府信息情况): one row per item under the 第二十条 headings; columns depend on the form. */
import type { FormVersion } from '../../vocabulary';
import { ACTIVE_ROWS } from '../rowMatchers';
import type { Row } from '../types';
import { type FactDraft, rowFacts, unreadableFact } from './factDraft';
import { placeGluedRows } from './gluedRows';
import { placeRow, rowPartsAt } from './rowParts';

/**
 * Where table 二 starts: its first 第二十条 heading. Only a cell holding 条 itself is normalised (no other
 * code point becomes 条 under NFKC), since normalising every prose line was a hot spot of bench:extract.
 */
function findStart(rows: Row[]): number {
  return rows.findIndex((row) => row.cells.some((c) => c.text.includes('条') && /第二十条第/.test(c.text.normalize('NFKC').replace(/\s/g, ''))));
}

/** The money unit stated by the header row above a row, e.g. 本年收费金额（单位：万元）. */
function headerMoneyUnit(rows: Row[], index: number): string {
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const header = rows[i].cells.map((c) => c.text).join('').normalize('NFKC');
    const m = /(金额|收费)[^元]*?\(?(?:单位[:：])?(万元|元)\)?/.exec(header);
    if (m) return m[2];
  }
  return '';
}

export function parseActive(rows: Row[], form: FormVersion, end: number, ocrText: boolean): FactDraft[] {
  if (form === 'pre2019') return [];
  const start = findStart(rows);
  if (start < 0 || (end >= 0 && start > end)) return [];
  const stop = end >= 0 ? end : rows.length;
  const found = new Map<string, { index: number }>();
  for (let i = start; i < stop; i++) {
    if (rows[i].cells.length === 1 && rows[i].cells[0].text.length > 40) continue; // prose, not a table row
    const { label } = rowPartsAt(rows, i);
    if (/信息内容/.test(label)) continue;
    const def = ACTIVE_ROWS.find((r) => r.match.test(label));
    if (def && !found.has(def.item)) found.set(def.item, { index: i });
  }
  const facts: FactDraft[] = [];
  for (const def of ACTIVE_ROWS) {
    const measures = def.measures[form];
    // Stryker disable next-line ConditionalExpression: an item without measures has no keys and gives no facts either way
    if (measures.length === 0) continue;
    const keys = measures.map((measure) => ({ section: 'active', item: def.item, measure }));
    const hit = found.get(def.item);
    if (!hit) {
      // 其他主动公开文件 is a local variant row (e.g. Hubei); its absence is not a missing row.
      if (def.item !== 'other_documents') facts.push(...keys.map((key) => unreadableFact(key, '', ['row_missing'], null)));
      continue;
    }
    const row = rows[hit.index];
    // Stryker disable next-line LogicalOperator,ConditionalExpression: the default unit is read only by money measures: 2021 fees and 2019 procurement
    const defaultUnit = form === '2021' && def.item === 'fees' ? '万元' : headerMoneyUnit(rows, hit.index);
    // Table 二 has no sums: a glued run is split only where its cell rules leave one way.
    const parts = rowPartsAt(rows, hit.index);
    const [glued] = placeGluedRows([parts], [keys], []);
    facts.push(...rowFacts(keys, glued ?? placeRow(parts, keys.length), row, [], ocrText, defaultUnit));
  }
  return facts;
}
