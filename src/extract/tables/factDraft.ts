/** A fact as the table and narrative parsers produce it, before report-level fields are attached. */
import { canonicalUnit, type Flag, valueKind } from '../../vocabulary';
import { readCell } from '../text/numbers';
import type { Cell, Fact, Row } from '../types';
import type { Placement } from './rowParts';
import { gateCellConfidence } from '../ocr/confidence';

/** Report-level fields (id, file, agency, report year) are attached later, by extractReport. */
export type FactDraft = Omit<Fact, 'report_id' | 'source_file' | 'agency' | 'report_year' | 'year'> & {
  /** The year the number describes; null means the report year. */
  year: number | null;
};

export interface FactKey {
  section: string;
  item: string;
  measure: string;
  year?: number | null;
}

/**
 * A fact from one placed cell (null: the column exists in the row but is empty). The key fields are
 * written out here and in unreadableFact rather than spread from a helper: the spread made extraction
 * 2.5× slower under tsx (measured with npm run bench:extract).
 */
export function cellFact(key: FactKey, cell: Cell | null, row: Row, rowFlags: Flag[], defaultMoneyUnit = '', ocrText = false): FactDraft {
  const raw = cell ? cell.text.trim() : '';
  const reading = readCell(raw, valueKind(key.measure), defaultMoneyUnit, ocrText);
  const parsed = reading.kind === 'value' ? reading.parsed : null;
  const flags = reading.kind === 'value' ? reading.parsed.flags : reading.flags;
  const fact: FactDraft = {
    section: key.section,
    item: key.item,
    measure: key.measure,
    year: key.year ?? null,
    origin: 'table',
    line: cell?.line ?? row.line,
    page: cell?.page ?? row.page,
    value: parsed ? parsed.value : null,
    unit: parsed ? parsed.unit : canonicalUnit(key.measure),
    status: parsed ? 'reported' : reading.kind === 'blank' ? 'blank' : 'unreadable',
    raw,
    // Its own array, never the row's: the OCR rules flag and demote one fact in place (ocr/truth.ts).
    flags: [...rowFlags, ...flags],
  };
  return cell?.confidence === undefined ? fact : gateCellConfidence(fact, cell.confidence);
}

/** Cells that exist on the form but cannot be read or placed. */
export function unreadableFact(key: FactKey, raw: string, flags: Flag[], row: Row | null): FactDraft {
  return {
    section: key.section,
    item: key.item,
    measure: key.measure,
    year: key.year ?? null,
    origin: 'table',
    value: null,
    unit: canonicalUnit(key.measure),
    status: 'unreadable',
    raw,
    line: row?.line ?? null,
    page: row?.page ?? null,
    flags,
  };
}

/**
 * Facts for one table row whose columns are `keys`, from a placement of its value cells. `ocrText`: the
 * document's layout may carry OCR damage (text/numbers.ts mayBeOcrText).
 */
export function rowFacts(keys: FactKey[], placement: Placement, row: Row, rowFlags: Flag[], ocrText: boolean, defaultMoneyUnit = ''): FactDraft[] {
  if (!placement.ok) return keys.map((key) => unreadableFact(key, placement.raw, [...rowFlags, placement.flag], row));
  const flags = [...rowFlags, ...placement.flags];
  return keys.map((key, i) => {
    const cell = placement.cells[i];
    // The label's number may belong to any empty cell: none of them is known to be blank.
    if (!cell && placement.labelNumber) return unreadableFact(key, placement.labelNumber, [...flags, 'number_in_label'], row);
    return cellFact(key, cell, row, flags, defaultMoneyUnit, ocrText);
  });
}
