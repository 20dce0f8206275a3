/**
 * Multi-year tables of proactive disclosure (004's 2013–2017 table): a 年份 header row of years, then rows
 * of 与公众密切相关的信息 / 其他类信息 / 总计 with one count per year.
 */
import type { Row } from '../types';
import { type FactDraft, rowFacts } from './factDraft';
import { hasValues, placeRow, rowPartsAt } from './rowParts';

const ITEMS: [RegExp, string][] = [
  [/密切相关/, 'public_interest'],
  [/其他类/, 'other'],
  [/总计|合计|总数/, 'total'],
];

function yearHeader(rows: Row[], i: number): number[] | null {
  if (rows[i].cells.length < 3) return null;
  const parts = rowPartsAt(rows, i);
  if (!/年份|年度/.test(parts.label)) return null;
  const years = parts.values.map((c) => c.text.trim()).filter(Boolean).map((t) => /^(19|20)\d{2}年?$/.test(t) ? Number(t.slice(0, 4)) : NaN);
  return years.length >= 2 && years.every((y) => Number.isFinite(y)) ? years : null;
}

export function parseYearTables(rows: Row[], ocrText: boolean): FactDraft[] {
  const facts: FactDraft[] = [];
  for (let i = 0; i < rows.length; i++) {
    const years = yearHeader(rows, i);
    if (!years) continue;
    const seen = new Set<string>();
    for (let j = i + 1; j < rows.length; j++) {
      const parts = rowPartsAt(rows, j);
      const item = ITEMS.find(([re]) => re.test(parts.label))?.[1];
      if (!item || !hasValues(parts)) break;
      if (seen.has(item)) continue;
      seen.add(item);
      const keys = years.map((year) => ({ section: 'active_volume', item, measure: 'count', year }));
      facts.push(...rowFacts(keys, placeRow(parts, years.length), rows[j], [], ocrText));
    }
  }
  return facts;
}
