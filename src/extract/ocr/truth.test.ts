import { describe, expect, it } from 'vitest';
import { REVIEW_MEASURES } from '../../vocabulary';
import type { Fact, SourceDocument } from '../types';
import { applyOcrTruth } from './truth';

const fact = (section: string, item: string, measure: string, value: number, over: Partial<Fact> = {}): Fact => ({
  report_id: 'r', source_file: 's.pdf', agency: 'a', year: 2023, report_year: 2023, section, item, measure, value, unit: '件',
  origin: 'table', status: 'reported', raw: String(value), line: 1, page: 1, flags: ['ocr'], ...over,
});
const doc: SourceDocument = { layout: 'ocr', rows: [], lines: [{ text: '共受理申请21件', line: 5, page: 1, confidence: 70 }] };
/** The review table's admin_review row: upheld, corrected, other, pending, total. */
const reviewRow = (values: number[], group = 'admin_review') => REVIEW_MEASURES.map((m, i) => fact('review_litigation', group, m, values[i]));
const statusOf = (facts: Fact[]) => facts.map((f) => [f.status, f.value, f.flags.join(';')]);

describe('applyOcrTruth', () => {
  it('keeps OCR numbers whose sum holds', () => {
    const facts = reviewRow([1, 2, 0, 0, 3]);
    applyOcrTruth('r', 2023, facts, doc);
    expect(facts.every((f) => f.status === 'reported' && f.flags.join() === 'ocr')).toBe(true);
  });

  it('leaves every number of a failed sum unreadable, raw kept: one of them is misread', () => {
    const facts = reviewRow([1, 2, 0, 0, 8]);
    applyOcrTruth('r', 2023, facts, doc);
    expect(statusOf(facts)).toEqual(facts.map(() => ['unreadable', null, 'ocr;ocr_check_failed']));
    expect(facts.map((f) => f.raw)).toEqual(['1', '2', '0', '0', '8']);
  });

  it('does not keep numbers whose only sum cannot be assessed (another cell unreadable)', () => {
    const facts = reviewRow([1, 2, 0, 0, 3]);
    Object.assign(facts[2], { status: 'unreadable', value: null, raw: '0', flags: ['ocr', 'ocr_low_confidence'] });
    applyOcrTruth('r', 2023, facts, doc);
    expect(statusOf(facts)[0]).toEqual(['unreadable', null, 'ocr;ocr_unchecked']);
    expect(statusOf(facts)[2]).toEqual(['unreadable', null, 'ocr;ocr_low_confidence']);
  });

  it('leaves a table number that skipped the cell confidence gate unreadable, and flags every fact ocr', () => {
    const facts = [fact('active', 'rules', 'in_force', 7, { flags: [] })];
    applyOcrTruth('r', 2023, facts, doc);
    expect(statusOf(facts)).toEqual([['unreadable', null, 'ocr;ocr_low_confidence']]);
  });

  it('gates a narrative number by its line’s confidence', () => {
    const facts = [fact('applications', 'new_received', 'total', 21, { origin: 'narrative', line: 5, flags: [] })];
    applyOcrTruth('r', 2023, facts, doc);
    expect(statusOf(facts)).toEqual([['unreadable', null, 'ocr;ocr_low_confidence']]);
  });

  it('checks a scan whose year was not read', () => {
    const facts = reviewRow([1, 2, 0, 0, 8]).map((f) => ({ ...f, year: null, report_year: null }));
    applyOcrTruth('r', null, facts, doc);
    expect(facts.every((f) => f.status === 'unreadable' && f.flags.includes('ocr_check_failed'))).toBe(true);
  });
});
