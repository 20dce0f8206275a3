import type { Flag, Layout, ValueKind } from '../../vocabulary';
/**
 * Reading numbers as reports write them. Every parser returns the value in canonical units plus the flags
 * that explain any repair; it never changes a digit. Anything else is `null` (the caller marks it unreadable).
 */

export interface ParsedValue {
  value: number;
  unit: string;
  flags: Flag[];
}

export type CellReading =
  | { kind: 'blank'; flags: Flag[] }
  | { kind: 'value'; parsed: ParsedValue }
  | { kind: 'unreadable'; flags: Flag[] };

const DASHES = /^[—–\-－/／\\、]+$/;

/**
 * Layouts whose text went through OCR or a PDF's text extraction, which split a decimal (`1756. 58`). In Word
 * and HTML a space after a point is written (two paragraphs `10.` `20`, a list `1. 2`): never a decimal.
 */
const OCR_LAYOUTS: ReadonlySet<Layout> = new Set<Layout>(['pdf', 'text', 'crawler_dump', 'space_aligned', 'ocr']);
export const mayBeOcrText = (layout: Layout): boolean => OCR_LAYOUTS.has(layout);

/** Remove marks that carry no digits (a backtick from a DOCX export) and, in OCR text, rejoin split decimals. */
function repairDigits(text: string, ocrText: boolean): { text: string; repaired: boolean } {
  const unquoted = text.replace(/^[`'‘’"]+|[`'‘’"]+$/g, '');
  // Stryker disable next-line Regex: readCell has already collapsed every run of spaces to one
  const stripped = (ocrText ? unquoted.replace(/(\d)\.\s+(\d)/g, '$1.$2') : unquoted).trim();
  // Thousands separators are ordinary writing, not damage.
  return { text: stripped.replace(/(?<=\d),(?=\d{3}(?!\d))/g, ''), repaired: stripped !== text };
}

/** Move the decimal point of a plain decimal string by `places` (exact: no floating point division). */
export function shiftDecimal(digits: string, places: number): number {
  const negative = digits.startsWith('-');
  // Stryker disable next-line Regex: callers pass a decimal whose only sign, if any, is its first character
  const [intPart, fracPart = ''] = digits.replace(/^[-+]/, '').split('.');
  let all = intPart + fracPart;
  let point = intPart.length + places;
  // Stryker disable next-line EqualityOperator: at 0 the padding is empty
  if (point < 0) {
    all = '0'.repeat(-point) + all;
    point = 0;
  }
  all = all.padEnd(point, '0');
  // Number reads '.5' and '5.' as written: neither side needs a zero of its own.
  const shifted = `${all.slice(0, point)}.${all.slice(point)}`;
  return (negative ? -1 : 1) * Number(shifted);
}

const UNIT_TO_10K: Record<string, number> = { '亿元': 4, '万元': 0, '千元': -1, '元': -4 };

const PLAIN_INTEGER = /^\d{1,15}$/;

/**
 * Read one cell for a measure of the given kind.
 * `defaultMoneyUnit` is the unit stated by the form's column header (the 2021 fee column is in 万元);
 * `ocrText`: the cell comes from a layout that may carry OCR damage (mayBeOcrText).
 */
export function readCell(raw: string, kind: ValueKind, defaultMoneyUnit = '', ocrText = false): CellReading {
  // Fast path: most cells are empty or a bare integer (a bare integer is money only when a unit is known).
  // Stryker disable next-line ConditionalExpression,StringLiteral: a fast path: the general path reads the same cells to the same result
  if (raw === '') return { kind: 'blank', flags: [] };
  // Stryker disable next-line ConditionalExpression,BlockStatement: a fast path: the general path reads the same cells to the same result
  if (PLAIN_INTEGER.test(raw) && (kind === 'count' || kind === 'signed')) {
    return { kind: 'value', parsed: { value: Number(raw), unit: 'count', flags: [] } };
  }
  // Stryker disable next-line Regex: every reader after this line allows any run of spaces where it allows one
  const trimmed = raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (trimmed === '') return { kind: 'blank', flags: [] };
  if (DASHES.test(trimmed)) return { kind: 'blank', flags: ['dash_blank'] };
  const { text, repaired } = repairDigits(trimmed, ocrText);
  const flags: Flag[] = repaired ? ['ocr_repaired'] : [];
  const parsed = parseByKind(text, kind, defaultMoneyUnit);
  if (!parsed) return { kind: 'unreadable', flags: ['not_a_number'] };
  return { kind: 'value', parsed: { ...parsed, flags: [...flags, ...parsed.flags] } };
}

function parseByKind(text: string, kind: ValueKind, defaultMoneyUnit: string): ParsedValue | null {
  switch (kind) {
    case 'count': {
      const m = /^(\d+)\s*(余|多)?\s*(件|条|个|项|次|人次)?$/.exec(text);
      if (!m) return null;
      return { value: Number(m[1]), unit: 'count', flags: m[2] ? ['approximate'] : [] };
    }
    case 'signed':
      return parseSigned(text);
    case 'money_10k':
    case 'money_yuan':
      return parseMoney(text, kind === 'money_10k' ? 0 : 4, defaultMoneyUnit);
  }
}

/** `增 9` → 9, `减 2` → -2, `+13`, `-42`, `0`, `增加3项`. */
export function parseSigned(text: string): ParsedValue | null {
  // Only a fall is captured (group 1): a rise and a bare number read the same.
  const m = /^(?:增加?|新增|\+|(减少?|-|−))?\s*(\d+)\s*(件|个|项)?$/.exec(text);
  if (!m) return null;
  const n = Number(m[2]);
  return { value: m[1] !== undefined && n !== 0 ? -n : n, unit: 'count', flags: [] };
}

/**
 * Money in canonical units. `targetShift` is 0 for 万元 and 4 for 元. A bare number takes the header's unit
 * when the form states one; otherwise it is kept as written with `unit_missing`.
 */
export function parseMoney(text: string, targetShift: number, defaultUnit: string): ParsedValue | null {
  const m = /^(约|近)?\s*(\d+(?:\.\d+)?)\s*(余|多)?\s*(亿元|万元|千元|元)?$/.exec(text);
  if (!m) return null;
  const flags: Flag[] = m[1] || m[3] ? ['approximate'] : [];
  const unit = m[4] ?? defaultUnit;
  const canonical = targetShift === 0 ? '万元' : '元';
  if (!unit) return { value: Number(m[2]), unit: '', flags: [...flags, 'unit_missing'] };
  return { value: shiftDecimal(m[2], UNIT_TO_10K[unit] + targetShift), unit: canonical, flags };
}
