/**
 * Curated sidecars kept beside the raw reports: metadata overrides and fact corrections. Both are CSV files
 * written by people, so every row is validated and a row that does not apply is reported, never forced.
 */
import Papa from 'papaparse';
import type { Fact, Report } from './types';

export const OVERRIDES_FILE = 'metadata-overrides.csv';
export const CORRECTIONS_FILE = 'corrections.csv';

export interface MetadataOverride {
  source_file: string;
  field: OverridableField;
  value: string;
  reason: string;
  source: string;
}

export interface Correction {
  source_file: string;
  section: string;
  item: string;
  measure: string;
  year: number | null;
  /** Empty when the extracted cell was blank or unreadable. */
  old_value: number | null;
  new_value: number;
  reason: string;
  source: string;
}

const OVERRIDABLE = ['agency', 'agency_type', 'province', 'city', 'county', 'division_code', 'admin_level', 'scope', 'published_date'] as const;
type OverridableField = (typeof OVERRIDABLE)[number];

function rowsOf(text: string, file: string, columns: string[]): { rows: Record<string, string>[]; errors: string[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  const missing = columns.filter((c) => !parsed.meta.fields?.includes(c));
  if (missing.length) return { rows: [], errors: [`${file}: missing columns ${missing.join(', ')}`] };
  return { rows: parsed.data, errors: parsed.errors.map((e) => `${file} row ${(e.row ?? 0) + 2}: ${e.message}`) };
}

const num = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : Number(s));

export function parseOverrides(text: string): { overrides: MetadataOverride[]; errors: string[] } {
  const { rows, errors } = rowsOf(text, OVERRIDES_FILE, ['source_file', 'field', 'value', 'reason', 'source']);
  const overrides: MetadataOverride[] = [];
  rows.forEach((r, i) => {
    if (!(OVERRIDABLE as readonly string[]).includes(r.field)) errors.push(`${OVERRIDES_FILE} row ${i + 2}: field "${r.field}" cannot be overridden`);
    else if (!r.reason?.trim() || !r.source?.trim()) errors.push(`${OVERRIDES_FILE} row ${i + 2}: reason and source are required`);
    else overrides.push({ ...r, field: r.field as OverridableField } as MetadataOverride);
  });
  return { overrides, errors };
}

export function parseCorrections(text: string): { corrections: Correction[]; errors: string[] } {
  const cols = ['source_file', 'section', 'item', 'measure', 'year', 'old_value', 'new_value', 'reason', 'source'];
  const { rows, errors } = rowsOf(text, CORRECTIONS_FILE, cols);
  const corrections: Correction[] = [];
  rows.forEach((r, i) => {
    const c = { ...r, year: num(r.year), old_value: num(r.old_value), new_value: num(r.new_value) };
    const bad = [c.year, c.old_value, c.new_value].some((v) => v !== null && !Number.isFinite(v));
    if (bad || c.new_value === null) errors.push(`${CORRECTIONS_FILE} row ${i + 2}: year, old_value and new_value must be numbers (new_value required)`);
    else if (!r.reason?.trim() || !r.source?.trim()) errors.push(`${CORRECTIONS_FILE} row ${i + 2}: reason and source are required`);
    else corrections.push(c as Correction);
  });
  return { corrections, errors };
}

export function applyOverrides(report: Report, overrides: MetadataOverride[]): void {
  for (const o of overrides) {
    if (o.source_file !== report.source_file) continue;
    (report as unknown as Record<string, string>)[o.field] = o.value;
  }
}

/**
 * Replace an extracted value with a curated one. The fact keeps its raw text and provenance, takes
 * origin `corrected` and the `corrected` flag. A correction whose old value no longer matches what the
 * extractor reads is not applied (the source or the extractor changed: a person must look again).
 * Returns what was not applied, and the ids of the reports whose facts changed.
 */
export function applyCorrections(facts: Fact[], corrections: Correction[]): { messages: string[]; changed: Set<string> } {
  const messages: string[] = [];
  const changed = new Set<string>();
  for (const c of corrections) {
    const fact = facts.find(
      (f) => f.source_file === c.source_file && f.section === c.section && f.item === c.item && f.measure === c.measure &&
        (c.year === null || f.year === c.year) && (f.origin === 'table' || f.origin === 'narrative'),
    );
    const where = `${c.source_file} ${c.section}.${c.item}.${c.measure}`;
    if (!fact) {
      messages.push(`correction not applied: no fact ${where}`);
      continue;
    }
    const current = fact.status === 'reported' ? fact.value : null;
    if (current !== c.old_value) {
      messages.push(`correction not applied: ${where} reads ${current ?? 'no value'}, correction expects ${c.old_value ?? 'no value'}`);
      continue;
    }
    fact.value = c.new_value;
    fact.status = 'reported';
    fact.origin = 'corrected';
    // The extraction flags stay: they say why a person had to look.
    fact.flags = [...fact.flags, 'corrected'];
    changed.add(fact.report_id);
  }
  return { messages, changed };
}
