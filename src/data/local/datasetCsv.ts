/**
 * Dataset CSVs a user brings (the files the Add view exports, or the published ones): read into typed
 * rows, checked against the data contract, and grouped per report. A row that breaks the contract is
 * named, never loaded as a wrong number.
 */
import Papa from 'papaparse';
import { CHECK_COLUMNS, EARLIER_REPORT_COLUMNS, FACT_COLUMNS, REPORT_COLUMNS } from '../../extract/csv';
import { checkProblems, factProblems, reportProblems } from '../../extract/contract';
import type { Check, Fact, Report } from '../../extract/types';
import { CONTRACT_COLUMNS, hasColumns } from '../datasetCheck';
import type { DatasetTable } from '../schema';
import { MAX_DATASET_ROWS, rowsProblem } from '../upload/limits';
import type { LocalEntry } from './types';

/** A number cell: '' is null (a blank is not a zero); anything else must be a finite number. */
function num(value: string, where: string, problems: string[]): number | null {
  if (value.trim() === '') return null;
  const n = Number(value);
  if (!Number.isFinite(n)) problems.push(`${where}: "${value.slice(0, 40)}" is not a number`);
  return Number.isFinite(n) ? n : null;
}

/** A reports row; one written before agency_as_printed and its siblings (layout the last) existed gets them empty. */
function toReport(r: Record<string, string>, where: string, problems: string[]): Report {
  return {
    ...(r as unknown as Report),
    report_year: num(r.report_year, `${where} report_year`, problems),
    year_inferred: r.year_inferred === 'true',
    checks_passed: num(r.checks_passed, `${where} checks_passed`, problems) ?? 0,
    checks_failed: num(r.checks_failed, `${where} checks_failed`, problems) ?? 0,
    agency_as_printed: r.agency_as_printed ?? '',
    source_url: r.source_url ?? '',
    metadata_flags: (r.metadata_flags ?? '').split(';').filter(Boolean) as Report['metadata_flags'],
    metadata_missing: r.metadata_missing ?? '',
    layout: (r.layout ?? '') as Report['layout'],
  };
}

function toFact(r: Record<string, string>, where: string, problems: string[]): Fact {
  return {
    ...(r as unknown as Fact),
    year: num(r.year, `${where} year`, problems),
    report_year: num(r.report_year, `${where} report_year`, problems),
    value: num(r.value, `${where} value`, problems),
    line: num(r.line, `${where} line`, problems),
    page: num(r.page, `${where} page`, problems),
    flags: (r.flags ?? '').split(';').filter(Boolean) as Fact['flags'],
  };
}

function toCheck(r: Record<string, string>, where: string, problems: string[]): Check {
  return {
    ...(r as unknown as Check),
    expected: num(r.expected, `${where} expected`, problems),
    actual: num(r.actual, `${where} actual`, problems),
  };
}

/** Which dataset file a header belongs to, or null. */
export function datasetKind(header: readonly string[]): DatasetTable | null {
  if (hasColumns(header, EARLIER_REPORT_COLUMNS)) return 'reports';
  const match = Object.entries(CONTRACT_COLUMNS).find(([, columns]) => hasColumns(header, columns));
  return (match?.[0] as DatasetTable | undefined) ?? null;
}

export interface DatasetCsvResult {
  entries: LocalEntry[];
  /** Everything that kept a file or a report out, each naming its file and row. */
  problems: string[];
}

/**
 * Reads reports.csv, facts.csv and checks.csv files (in any order, any number of reports). A report is
 * kept only when its reports row, all its facts and all its checks pass the contract.
 */
export function readDatasetCsvs(files: { name: string; text: string }[], maxRows = MAX_DATASET_ROWS): DatasetCsvResult {
  const problems: string[] = [];
  const reports: Report[] = [];
  const facts: Fact[] = [];
  const checks: Check[] = [];
  const bad = new Set<string>();
  for (const { name, text } of files) {
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
    const kind = datasetKind(parsed.meta.fields ?? []);
    if (!kind) {
      problems.push(`${name}: wrong columns: a dataset CSV starts with ${REPORT_COLUMNS.join(',')} (reports), ${FACT_COLUMNS.join(',')} (facts) or ${CHECK_COLUMNS.join(',')} (checks)`);
      continue;
    }
    const tooMany = rowsProblem(name, parsed.data.length, maxRows);
    if (tooMany) {
      problems.push(tooMany);
      continue;
    }
    if (parsed.errors.length) {
      problems.push(...parsed.errors.slice(0, 5).map((e) => `${name} row ${(e.row ?? 0) + 2}: ${e.message}`));
      continue;
    }
    parsed.data.forEach((row, i) => {
      const where = `${name} row ${i + 2}`;
      const before = problems.length;
      if (kind === 'reports') {
        const report = toReport(row, where, problems);
        problems.push(...reportProblems(report).map((p) => `${where}: ${p}`));
        if (problems.length > before) bad.add(report.report_id);
        else reports.push(report);
      } else if (kind === 'facts') {
        const fact = toFact(row, where, problems);
        problems.push(...factProblems(fact).map((p) => `${where}: ${p}`));
        if (problems.length > before) bad.add(fact.report_id);
        facts.push(fact);
      } else {
        const check = toCheck(row, where, problems);
        problems.push(...checkProblems(check).map((p) => `${where}: ${p}`));
        if (problems.length > before) bad.add(check.report_id);
        checks.push(check);
      }
    });
  }
  const known = new Set(reports.map((r) => r.report_id));
  const orphans = new Set([...facts, ...checks].map((x) => x.report_id).filter((id) => !known.has(id) && !bad.has(id)));
  for (const id of orphans) problems.push(`report ${id}: facts or checks without its row in reports.csv (bring reports.csv too)`);
  for (const id of bad) if (known.has(id)) problems.push(`report ${id}: left out, some of its rows break the data contract`);
  // Grouped once: a filter per report would be quadratic in a file of many reports.
  const entries = new Map(reports.filter((r) => !bad.has(r.report_id)).map((report) => [report.report_id, { report, facts: [] as Fact[], checks: [] as Check[] }]));
  for (const f of facts) entries.get(f.report_id)?.facts.push(f);
  for (const c of checks) entries.get(c.report_id)?.checks.push(c);
  return { entries: [...entries.values()], problems };
}
