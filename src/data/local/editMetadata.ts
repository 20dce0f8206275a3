/**
 * Metadata a user corrects before keeping a report (the text may not name its agency or year). The
 * agency id, every fact's copy of the name and year, and the checks follow the edit; what was edited is
 * recorded, so the kept report says which fields a person supplied.
 */
import type { ReportFlag } from '../../vocabulary';
import { agencyIdOf, finishChecks } from '../../extract/finishReport';
import type { Report } from '../../extract/types';
import type { LocalEntry } from './types';

export const EDITABLE = ['agency', 'agency_type', 'province', 'city', 'county', 'division_code', 'admin_level', 'scope', 'report_year', 'published_date'] as const;
export type EditableField = (typeof EDITABLE)[number];
export type MetadataPatch = Partial<Record<EditableField, string>>;

/**
 * What a person's edit settles: the metadata flags and `field: reason` notes (metadata_missing) the
 * extraction wrote about that field no longer describe the report.
 */
const SETTLED: { fields: EditableField[]; note: string; flags: ReportFlag[] }[] = [
  { fields: ['agency'], note: 'agency', flags: ['agency_missing', 'agency_expanded'] },
  { fields: ['province', 'city', 'county', 'division_code'], note: 'place', flags: ['place_missing', 'place_inferred', 'place_lookalike'] },
  { fields: ['report_year'], note: 'year', flags: ['year_missing', 'year_inferred', 'year_conflict'] },
];

function settle(report: Report, edited: EditableField[]): void {
  const settled = SETTLED.filter((s) => s.fields.some((f) => edited.includes(f)));
  const flags = new Set(settled.flatMap((s) => s.flags));
  const notes = new Set(settled.map((s) => s.note));
  report.metadata_flags = report.metadata_flags.filter((f) => !flags.has(f));
  report.metadata_missing = report.metadata_missing
    .split('; ')
    .filter((n) => n && !notes.has(n.slice(0, n.indexOf(':'))))
    .join('; ');
}

export function editMetadata(entry: LocalEntry, patch: MetadataPatch): { entry: LocalEntry; edited: EditableField[] } {
  const before = entry.report;
  const report: Report = { ...before };
  const edited: EditableField[] = [];
  for (const field of EDITABLE) {
    const value = patch[field];
    if (value === undefined) continue;
    const next = field === 'report_year' ? (value.trim() === '' ? null : Number(value)) : value.trim();
    if (next === before[field]) continue;
    (report as unknown as Record<string, unknown>)[field] = next;
    edited.push(field);
  }
  if (edited.length === 0) return { entry, edited };
  if (edited.includes('report_year')) report.year_inferred = false;
  settle(report, edited);
  report.agency_id = agencyIdOf(report);
  // Numbers that describe the report's own year move with it; earlier years of a multi-year table stay.
  // A year the user gave is no longer inferred.
  const facts = entry.facts.map((f) => ({
    ...f,
    flags: edited.includes('report_year') ? f.flags.filter((x) => x !== 'year_inferred') : [...f.flags],
    agency: report.agency,
    report_year: report.report_year,
    year: f.year === before.report_year ? report.report_year : f.year,
  }));
  const checks = edited.includes('report_year') ? finishChecks(report, facts) : entry.checks;
  return { entry: { report, facts, checks }, edited };
}
