/**
 * Text converted from the three real PDFs with plain `pdftotext` (no -layout): every table cell on a line of
 * its own, labels and numbers apart, so no line shows where a number sits in its row. Whatever the reader
 * makes of it, a cell the PDF reports must never come out `blank` or as another number: a cell it cannot
 * see is `unreadable`. The text is made at test time from ../shared/reports/pdf, never stored.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractInputSync } from './extractInput';
import { SHARED_REPORTS, HAVE_SHARED } from './__fixtures__/load';
import { extractPdf } from './__fixtures__/engines';
import type { Fact } from './types';

const hasPdftotext = !spawnSync('pdftotext', ['-v']).error;
const ready = HAVE_SHARED && hasPdftotext;
const skipNote = !HAVE_SHARED ? ' (skipped: ../shared/reports absent)' : !hasPdftotext ? ' (skipped: pdftotext absent; apt-get install poppler-utils)' : '';

/** Plain pdftotext output, read through the door as a .txt file would be. */
function readPlainText(name: string) {
  const bytes = new Uint8Array(execFileSync('pdftotext', [join(SHARED_REPORTS, 'pdf', name), '-']));
  const result = extractInputSync({ name: name.replace(/\.pdf$/, '.txt'), bytes }, '0'.repeat(64));
  if (!result.ok) throw new Error(result.error);
  return result;
}

const keyOf = (f: Fact) => `${f.section}.${f.item}.${f.measure}`;
const tableFacts = (facts: Fact[]) => new Map(facts.filter((f) => f.origin === 'table').map((f) => [keyOf(f), f]));

/** Table 二's cells as this text prints them, in form order (read in the pdftotext output: label, then its numbers below). */
const ACTIVE_AS_PRINTED: Record<string, [string, number][]> = {
  'hongze_district_2023.pdf': [['rules.issued', 0], ['rules.repealed', 0], ['rules.in_force', 0], ['normative_documents.issued', 0],
    ['normative_documents.repealed', 5], ['normative_documents.in_force', 5], ['licensing.decisions', 550], ['penalty.decisions', 4119],
    ['coercion.decisions', 195], ['fees.amount_10k_yuan', 7730.28]],
  'huaian_city_2024.pdf': [['rules.issued', 1], ['rules.repealed', 0], ['rules.in_force', 11], ['normative_documents.issued', 8],
    ['normative_documents.repealed', 26], ['normative_documents.in_force', 66], ['licensing.decisions', 447228],
    ['penalty.decisions', 3985758], ['coercion.decisions', 88283], ['fees.amount_10k_yuan', 96171.6]],
};

describe.skipIf(!ready)(`plain pdftotext text of the real PDFs: no false blanks${skipNote}`, () => {
  for (const name of ['hongze_district_2023.pdf', 'hongze_district_2024.pdf', 'huaian_city_2024.pdf']) {
    it(`${name}: no cell the PDF reports is blank or another number`, async () => {
      const fromText = tableFacts(readPlainText(name).facts);
      const fromPdf = (await extractPdf(join(SHARED_REPORTS, 'pdf', name))).facts.filter((f) => f.origin === 'table' && f.status === 'reported');
      const wrong = fromPdf.flatMap((f) => {
        const t = fromText.get(keyOf(f));
        if (!t || t.status === 'unreadable' || (t.status === 'reported' && t.value === f.value)) return [];
        return [`${keyOf(f)}: PDF ${f.value}, text ${t.status} ${t.value}`];
      });
      expect(wrong).toEqual([]);
      // The text does reach table 二 (its rows are found): this is not passing by reading nothing.
      expect([...fromText.values()].filter((f) => f.section === 'active').length).toBeGreaterThanOrEqual(10);
    });
  }

  for (const [name, cells] of Object.entries(ACTIVE_AS_PRINTED)) {
    it(`${name}: table 二's rows stand alone with their numbers on other lines, so their cells are unreadable (cells_missing)`, async () => {
      const fromText = tableFacts(readPlainText(name).facts);
      const fromPdf = tableFacts((await extractPdf(join(SHARED_REPORTS, 'pdf', name))).facts);
      for (const [cell, printed] of cells) {
        expect(fromPdf.get(`active.${cell}`)?.value, `PDF ${cell}`).toBe(printed);
        expect(fromText.get(`active.${cell}`), cell).toMatchObject({ status: 'unreadable', value: null, flags: ['cells_missing'] });
      }
    });
  }
});
