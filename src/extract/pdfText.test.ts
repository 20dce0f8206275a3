/**
 * Text converted from the three real PDFs with `pdftotext -layout` (columns apart by spaces, labels wrapped
 * above and below their numbers, group labels beside their rows) reads exactly as the PDF does: every table
 * cell of the PDF reader (src/extract/realPdfs.test.ts checked those against the rendered pages) is read
 * again from the text, with the same status, value and flags. The text is made at test time from
 * ../shared/reports/pdf, never stored.
 */
import { APPLICANT_MEASURES } from '../vocabulary';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from './extractReport';
import { looksSpaceAligned } from './layout/spaceAligned';
import type { Fact } from './types';
import { SHARED_REPORTS, HAVE_SHARED } from './__fixtures__/load';
import { extractPdf } from './__fixtures__/engines';

const hasPdftotext = !spawnSync('pdftotext', ['-v']).error;
const ready = HAVE_SHARED && hasPdftotext;
const skipNote = !HAVE_SHARED ? ' (skipped: ../shared/reports absent)' : !hasPdftotext ? ' (skipped: pdftotext absent; apt-get install poppler-utils)' : '';

const layoutText = (name: string) => execFileSync('pdftotext', ['-layout', join(SHARED_REPORTS, 'pdf', name), '-']).toString('utf8');
const tableFacts = (facts: Fact[]) =>
  facts.filter((f) => f.origin === 'table').map((f) => ({ key: `${f.section}.${f.item}.${f.measure}`, status: f.status, value: f.value, flags: f.flags }));
const applicants = (facts: Fact[], item: string) =>
  APPLICANT_MEASURES.map((m) => facts.find((f) => f.origin === 'table' && f.section === 'applications' && f.item === item && f.measure === m)?.value);

describe.skipIf(!ready)(`pdftotext -layout text of the real PDFs${skipNote}`, () => {
  for (const name of ['hongze_district_2023.pdf', 'hongze_district_2024.pdf', 'huaian_city_2024.pdf']) {
    it(`${name}: every table cell as the PDF reader gives it`, async () => {
      const text = layoutText(name);
      expect(looksSpaceAligned(text)).toBe(true);
      const fromText = extractReport({ sourceFile: name, sha256: '0'.repeat(64), text });
      if (!fromText.ok) throw new Error(fromText.error);
      const fromPdf = await extractPdf(join('..', 'shared', 'reports', 'pdf', name));
      expect(tableFacts(fromText.facts)).toEqual(tableFacts(fromPdf.facts));
      expect(fromText.checks.map((c) => [c.check, c.status])).toEqual(fromPdf.checks.map((c) => [c.check, c.status]));
    });
  }

  it('huaian_city_2024.pdf: labels wrapped around their numbers and group labels beside them', () => {
    const result = extractReport({ sourceFile: 'huaian', sha256: '0'.repeat(64), text: layoutText('huaian_city_2024.pdf') });
    if (!result.ok) throw new Error(result.error);
    // `（二）部分公开（区分处理的，只计这一情` / numbers / `形，不计其他情形）`
    expect(applicants(result.facts, 'partially_disclosed')).toEqual([447, 7, 0, 0, 0, 0, 454]);
    // `法提供       2.没有现成信息需要另行制作  11 …` (（四）无法提供 printed beside the row)
    expect(applicants(result.facts, 'unable_needs_creation')).toEqual([11, 0, 0, 0, 0, 0, 11]);
    // `2、申请人逾期未按收费通知要` / `他处理` / `求缴纳费用、行政机关不再处理  6 …`
    expect(applicants(result.facts, 'other_unpaid_fees')).toEqual([6, 0, 0, 0, 0, 0, 6]);
    expect(applicants(result.facts, 'new_received')).toEqual([3001, 53, 0, 0, 61, 4, 3119]);
  });
});
