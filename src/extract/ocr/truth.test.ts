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

  describe('narrative numbers: each by the confidence of its own line', () => {
    const lines: SourceDocument['lines'] = [
      { text: '共受理申请21件', line: 5, page: 1, confidence: 70 },
      { text: '办结申请19件', line: 6, page: 1, confidence: 92 },
      { text: '主动公开12条', line: 5, page: 2, confidence: 85 },
    ];
    const prose = (line: number, page: number, value: number) =>
      fact('applications', 'new_received', 'total', value, { origin: 'narrative', line, page, flags: [] });
    const kept = ['reported', 19, 'ocr'];
    const doubtful = ['unreadable', null, 'ocr;ocr_low_confidence'];
    it.each([
      ['a line read surely', 6, 1, kept],
      ['a line at the threshold (85)', 5, 2, kept],
      ['a doubtful line', 5, 1, doubtful],
      ['the same line number on another page', 6, 2, doubtful],
      ['a line of no known confidence', 9, 1, doubtful],
    ])('%s', (_, line, page, expected) => {
      const facts = [prose(line, page, 19)];
      applyOcrTruth('r', 2023, facts, { layout: 'ocr', rows: [], lines });
      expect(statusOf(facts)).toEqual([expected]);
    });

    it('keeps a sure narrative number whose table cell was unreadable (the comparison cannot be made)', () => {
      const table = fact('applications', 'new_received', 'total', 0, { status: 'unreadable', value: null, raw: '2l', flags: ['ocr', 'ocr_low_confidence'] });
      const facts = [table, prose(6, 1, 19)];
      applyOcrTruth('r', 2023, facts, { layout: 'ocr', rows: [], lines });
      expect(statusOf(facts)).toEqual([['unreadable', null, 'ocr;ocr_low_confidence'], ['reported', 19, 'ocr']]);
    });

    it('leaves a sure narrative number unreadable when the table states another value', () => {
      const facts = [fact('applications', 'new_received', 'total', 20), prose(6, 1, 19)];
      applyOcrTruth('r', 2023, facts, { layout: 'ocr', rows: [], lines });
      expect(statusOf(facts)[1]).toEqual(['unreadable', null, 'ocr;ocr_check_failed']);
    });
  });

  it('adds only the ocr flag to a cell already unreadable for its own reason', () => {
    const facts = [fact('active', 'rules', 'in_force', 0, { status: 'unreadable', value: null, raw: '七', flags: ['not_a_number'] })];
    applyOcrTruth('r', 2023, facts, doc);
    expect(statusOf(facts)).toEqual([['unreadable', null, 'ocr;not_a_number']]);
  });

  it('keeps a table number that passed the cell gate and that no sum covers', () => {
    const facts = [fact('active', 'rules', 'in_force', 7), ...reviewRow([1, 2, 0, 0, 3])];
    Object.assign(facts[3], { status: 'unreadable', value: null, raw: '0', flags: ['ocr', 'ocr_low_confidence'] });
    applyOcrTruth('r', 2023, facts, doc);
    expect(statusOf(facts)[0]).toEqual(['reported', 7, 'ocr']);
    expect(statusOf(facts)[1]).toEqual(['unreadable', null, 'ocr;ocr_unchecked']);
  });

  it('judges only the report year’s numbers by the report year’s sums', () => {
    const lastYear = fact('review_litigation', 'admin_review', 'total', 5, { year: 2022 });
    const facts = [...reviewRow([1, 2, 0, 0, 8]), lastYear];
    applyOcrTruth('r', 2023, facts, doc);
    expect(statusOf(facts)[4]).toEqual(['unreadable', null, 'ocr;ocr_check_failed']);
    expect(statusOf([lastYear])).toEqual([['reported', 5, 'ocr']]);
  });

  it('checks a scan whose year was not read by its facts of that unknown year only', () => {
    const facts: Fact[] = reviewRow([1, 2, 0, 0, 3]).map((f) => ({ ...f, year: null, report_year: null }));
    // A number of a known year (the year before, say) must not stand in as the unknown year's total.
    facts.push(fact('review_litigation', 'admin_review', 'total', 8, { year: 2022 }));
    applyOcrTruth('r', null, facts, doc);
    expect(statusOf(facts.slice(0, 5))).toEqual(facts.slice(0, 5).map((f) => ['reported', f.value, 'ocr']));
  });
});
