/**
 * The confidence gate of OCR'd numbers, on its own so that the table readers (factDraft) and the report-wide
 * rules (truth.ts) share it without importing each other.
 */
import type { FactStatus, Flag } from '../../vocabulary';

/** Characters read with less confidence (tesseract's 0–100) leave their number unreadable; measured in docs/ocr.md. */
export const OCR_MIN_CONFIDENCE = 85;

/** What the gate changes of a fact or a fact draft. */
interface Gated {
  status: FactStatus;
  value: number | null;
  flags: Flag[];
}

/** A kept number becomes unreadable, with the flag saying why (its raw text stays). */
export function demote(f: Gated, flag: Flag) {
  if (f.status === 'reported') {
    f.status = 'unreadable';
    f.value = null;
  }
  if (!f.flags.includes(flag)) f.flags.push(flag);
}

/** A table cell's fact (from cellFact) with the cell's OCR confidence applied; flagged `ocr` as it passed the gate. */
export function gateCellConfidence<T extends Gated>(f: T, confidence: number): T {
  f.flags = ['ocr', ...f.flags];
  if (f.status === 'reported' && confidence < OCR_MIN_CONFIDENCE) demote(f, 'ocr_low_confidence');
  return f;
}
