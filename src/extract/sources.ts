/**
 * data/sources.csv: one row per report in the dataset, saying which file it was read from, where that file
 * lives and where the report was published, so that every number can be traced back to its document.
 */
import Papa from 'papaparse';
import type { Report, SourceDocument } from './types';

export const SOURCE_COLUMNS = [
  'report_id', 'source_file', 'sha256', 'agency', 'report_year', 'form_version', 'layout', 'location', 'source_url',
  'shares_text_with',
] as const;

export type SourceRow = Record<(typeof SOURCE_COLUMNS)[number], string>;

export function sourceRow(report: Report, layout: string, location: string, sharesTextWith: string[]): SourceRow {
  return {
    report_id: report.report_id,
    source_file: report.source_file,
    sha256: report.sha256,
    agency: report.agency,
    report_year: report.report_year === null ? '' : String(report.report_year),
    form_version: report.form_version,
    layout,
    location,
    source_url: report.source_url,
    shares_text_with: sharesTextWith.join(';'),
  };
}

export const sourcesCsv = (rows: SourceRow[]) =>
  Papa.unparse({ fields: [...SOURCE_COLUMNS], data: rows.map((r) => SOURCE_COLUMNS.map((c) => r[c])) }, { newline: '\n' }) + '\n';

export function parseSourcesCsv(text: string): SourceRow[] {
  const parsed = Papa.parse<SourceRow>(text.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  return parsed.data.filter((r) => r.report_id);
}

/** Runs of 8 characters, whitespace removed: near-identical texts share almost all of them. */
function shingles(doc: SourceDocument): Set<string> {
  const text = doc.lines.map((l) => l.text).join('').replace(/\s+/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 8 <= text.length; i++) out.add(text.slice(i, i + 8));
  return out;
}

/**
 * Reports of one year whose texts are nearly the same (two bodies publishing one text under their own
 * titles, as 平潭综合实验区 and 平潭县 did in 2011). Both are kept, each under its own agency; this says so.
 * Reports of other years are never paired: yearly reports of one body reuse much of last year's wording
 * (the 平潭 reports of 2011 and 2013 share 55 % of their text), the same year's twins over 80 %.
 */
export function sharedTexts(reports: { report: Report; document: SourceDocument }[], threshold = 0.75): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const byYear = new Map<number, typeof reports>();
  for (const r of reports) if (r.report.report_year !== null) byYear.set(r.report.report_year, [...(byYear.get(r.report.report_year) ?? []), r]);
  for (const group of byYear.values()) {
    const sets = group.map((r) => shingles(r.document));
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        let common = 0;
        for (const s of sets[i]) if (sets[j].has(s)) common++;
        const jaccard = common / (sets[i].size + sets[j].size - common || 1);
        if (jaccard < threshold) continue;
        const [a, b] = [group[i].report.report_id, group[j].report.report_id];
        out.set(a, [...(out.get(a) ?? []), b]);
        out.set(b, [...(out.get(b) ?? []), a]);
      }
    }
  }
  return out;
}
