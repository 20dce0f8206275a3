/** The dataset files as CSV (UTF-8, comma-separated, header row). Column order is the public contract. */
import Papa from 'papaparse';
import type { Check, Fact, Report } from './types';

export const REPORT_COLUMNS = [
  'report_id', 'source_file', 'sha256', 'agency', 'agency_id', 'agency_type', 'province', 'city', 'county',
  'division_code', 'admin_level', 'scope', 'report_year', 'year_inferred', 'form_version', 'published_date',
  'checks_passed', 'checks_failed', 'agency_as_printed', 'source_url', 'metadata_flags', 'metadata_missing', 'layout',
] as const satisfies readonly (keyof Report)[];

/** The reports.csv columns before metadata_flags and its siblings were appended: such files still load. */
export const EARLIER_REPORT_COLUMNS = REPORT_COLUMNS.slice(0, REPORT_COLUMNS.indexOf('agency_as_printed'));

export const FACT_COLUMNS = [
  'report_id', 'source_file', 'agency', 'year', 'report_year', 'section', 'item', 'measure', 'value', 'unit',
  'origin', 'status', 'raw', 'line', 'page', 'flags',
] as const satisfies readonly (keyof Fact)[];

export const CHECK_COLUMNS = ['report_id', 'check', 'status', 'expected', 'actual', 'detail'] as const satisfies readonly (keyof Check)[];

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(';');
  return String(value);
}

function toCsv<T>(rows: T[], columns: readonly (keyof T & string)[]): string {
  const data = rows.map((row) => columns.map((c) => cell(row[c])));
  // No formula escaping here: it would prefix negative numbers (`-42`) and change the data.
  return Papa.unparse({ fields: [...columns], data }, { newline: '\n' }) + '\n';
}

export const reportsCsv = (reports: Report[]) => toCsv(reports, REPORT_COLUMNS);
export const factsCsv = (facts: Fact[]) => toCsv(facts, FACT_COLUMNS);
export const checksCsv = (checks: Check[]) => toCsv(checks, CHECK_COLUMNS);
