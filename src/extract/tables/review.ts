/** Table 四 (行政复议、行政诉讼): one row of 15 cells, three groups of 维持/纠正/其他/尚未审结/总计. */
import { REVIEW_GROUPS, REVIEW_MEASURES } from '../../vocabulary';
import type { Row } from '../types';
import { type FactDraft, rowFacts } from './factDraft';
import { equation, placeGluedRows } from './gluedRows';
import { hasValues, placeRow, rowPartsAt } from './rowParts';

const KEYS = REVIEW_GROUPS.flatMap((item) => REVIEW_MEASURES.map((measure) => ({ section: 'review_litigation', item, measure })));
/** In each group, 维持 + 纠正 + 其他 + 尚未审结 = 总计 (cells of the one value row). */
const GROUP_SUMS = REVIEW_GROUPS.map((_, g) =>
  equation(REVIEW_MEASURES.map((m, i): [number, number, number] => [0, g * REVIEW_MEASURES.length + i, m === 'total' ? -1 : 1])),
);

const isHeader = (row: Row) => row.cells.some((c) => /^行政复议(情况)?$/.test(c.text.replace(/\s/g, '')));
const isSectionEnd = (row: Row) => row.cells.length === 1 && /^[五六七八]、|存在的主要问题|其他需要报告/.test(row.cells[0].text.trim());

export function parseReview(rows: Row[], from: number, ocrText: boolean): FactDraft[] {
  const header = rows.findIndex((row, i) => i >= from && isHeader(row));
  if (header < 0) return [];
  for (let i = header + 1; i < rows.length && !isSectionEnd(rows[i]); i++) {
    const parts = rowPartsAt(rows, i);
    if (parts.label === '' && hasValues(parts)) {
      const [glued] = placeGluedRows([parts], [KEYS], GROUP_SUMS);
      return rowFacts(KEYS, glued ?? placeRow(parts, KEYS.length), rows[i], [], ocrText);
    }
  }
  // The table is printed but its value row is empty: every cell is blank.
  // Stryker disable next-line ArrayDeclaration: an absent cell reads as null: blank, raw '', the row's line and page
  return rowFacts(KEYS, { ok: true, cells: Array(KEYS.length).fill(null), flags: [] }, rows[header], [], ocrText);
}
