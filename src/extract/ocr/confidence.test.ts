import { describe, expect, it } from 'vitest';
import { cellFact } from '../tables/factDraft';
import type { Fact } from '../types';
import { demote } from './confidence';

const row = { cells: [], line: 3, page: 1 };
const key = { section: 'active', item: 'rules', measure: 'in_force' };
/** A table cell read by OCR with the engine's confidence in its text. */
const ocrCell = (text: string, confidence: number) => cellFact(key, { text, line: 3, page: 1, confidence }, row, []);
const outcome = (f: Pick<Fact, 'status' | 'value' | 'flags'>) => [f.status, f.value, f.flags.join(';')];

describe('the cell confidence gate', () => {
  it.each([
    ['a number read surely', '7', 96, ['reported', 7, 'ocr']],
    ['a number at the threshold', '7', 85, ['reported', 7, 'ocr']],
    ['a doubtful number', '7', 84, ['unreadable', null, 'ocr;ocr_low_confidence']],
    ['text, doubtful or not, keeps its own reason only', '七', 40, ['unreadable', null, 'ocr;not_a_number']],
    ['an empty cell stays blank', '', 0, ['blank', null, 'ocr']],
  ])('%s', (_, text, confidence, expected) => {
    expect(outcome(ocrCell(text, confidence))).toEqual(expected);
  });
});

describe('demote', () => {
  it('takes back a kept number, its raw text kept, and flags why once', () => {
    const f = ocrCell('21', 96);
    demote(f, 'ocr_check_failed');
    demote(f, 'ocr_check_failed');
    expect([...outcome(f), f.raw]).toEqual(['unreadable', null, 'ocr;ocr_check_failed', '21']);
  });

  it('leaves a blank cell blank: only a kept number is taken back', () => {
    const f = ocrCell('', 0);
    demote(f, 'ocr_unchecked');
    expect(outcome(f)).toEqual(['blank', null, 'ocr;ocr_unchecked']);
  });
});
