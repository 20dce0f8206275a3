/**
 * What OCR may keep. A misread digit must not become a number of the dataset: a cell is kept as `reported`
 * only when every character of it was read with high confidence and, where the form has sums or balances
 * covering it (the applications and review tables), at least one of them holds and none fails. Everything
 * else becomes `unreadable` with the recognised text in `raw` and a flag saying why.
 */
import { reportChecks } from '../checks';
import type { Fact, SourceDocument } from '../types';
import { OCR_MIN_CONFIDENCE, demote } from './confidence';

/** Flags every fact `ocr`, gates narrative numbers by their line's confidence, then applies the checks. */
export function applyOcrTruth(reportId: string, year: number | null, facts: Fact[], doc: SourceDocument) {
  const lineConfidence = new Map(doc.lines.map((l) => [`${l.page}:${l.line}`, l.confidence]));
  for (const f of facts) {
    // A table number that did not pass the cell gate (a reader that rebuilt its cells) has no known confidence.
    const gated = f.flags.includes('ocr');
    if (!gated) f.flags.unshift('ocr');
    if (f.status !== 'reported') continue;
    if (f.origin === 'narrative') {
      const confidence = lineConfidence.get(`${f.page}:${f.line}`);
      if (confidence === undefined || confidence < OCR_MIN_CONFIDENCE) demote(f, 'ocr_low_confidence');
    } else if (!gated) demote(f, 'ocr_low_confidence');
  }
  const members = new Map<string, string[]>();
  // Checks need a year; a scan whose year was not read is still checked, under a stand-in year.
  const checks = year === null
    ? reportChecks(reportId, -1, facts.map((f) => (f.year === null ? { ...f, year: -1 } : f)), members)
    : reportChecks(reportId, year, facts, members);
  const failed = new Set<string>();
  const passed = new Set<string>();
  const covered = new Set<string>();
  for (const c of checks) {
    for (const key of members.get(c.check) ?? []) {
      covered.add(key);
      if (c.status === 'fail') failed.add(key);
      if (c.status === 'pass') passed.add(key);
    }
  }
  for (const f of facts) {
    if (f.year !== year || f.status !== 'reported') continue;
    const key = `${f.section}.${f.item}.${f.measure}`;
    if (failed.has(key)) demote(f, 'ocr_check_failed');
    else if (f.origin === 'table' && covered.has(key) && !passed.has(key)) demote(f, 'ocr_unchecked');
  }
}
