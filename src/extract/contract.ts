/**
 * The data contract as code: validators for facts, reports and checks over the keys and value lists of
 * src/vocabulary.
 * The dashboard uses it for CSVs users bring; tests use it on every extraction.
 */
import {
  ADMIN_LEVELS, CHECK_STATUSES, DATASET_KEYS, FACT_STATUSES, FLAGS, FORM_VERSIONS, LAYOUTS, ORIGINS, REPORT_FLAGS, SCOPES,
  canonicalUnit,
} from '../vocabulary';
import type { Check, Fact, Report } from './types';

const STATUS = new Set<string>(FACT_STATUSES);
const ORIGIN = new Set<string>(ORIGINS);

/** What is wrong with a fact, if anything. */
export function factProblems(f: Fact): string[] {
  const problems: string[] = [];
  const key = `${f.section}.${f.item}.${f.measure}`;
  if (!DATASET_KEYS.has(key)) problems.push(`unknown key ${key}`);
  if (!STATUS.has(f.status)) problems.push(`bad status ${f.status}`);
  if (!ORIGIN.has(f.origin)) problems.push(`bad origin ${f.origin}`);
  if (f.status === 'reported' && (f.value === null || !Number.isFinite(f.value))) problems.push('reported without a finite value');
  if (f.status !== 'reported' && f.value !== null) problems.push(`${f.status} with a value`);
  const unitOk = f.unit === canonicalUnit(f.measure) || (f.unit === '' && f.flags.includes('unit_missing'));
  if (DATASET_KEYS.has(key) && !unitOk) problems.push(`unit "${f.unit}" for ${f.measure}`);
  for (const flag of f.flags) if (!(flag in FLAGS)) problems.push(`undocumented flag ${flag}`);
  if (f.year !== null && !(Number.isInteger(f.year) && f.year >= 1990 && f.year <= 2100)) problems.push(`bad year ${f.year}`);
  if (f.line !== null && !(Number.isInteger(f.line) && f.line > 0)) problems.push(`bad line ${f.line}`);
  if (!/^[0-9a-f]{12}$/.test(f.report_id)) problems.push(`bad report_id ${f.report_id}`);
  return problems;
}

/** What is wrong with a check result, if anything. */
export function checkProblems(c: Check): string[] {
  return (CHECK_STATUSES as readonly string[]).includes(c.status) ? [] : [`bad status ${c.status}`];
}

export function reportProblems(r: Report): string[] {
  const problems: string[] = [];
  if (!/^[0-9a-f]{12}$/.test(r.report_id) || !r.sha256.startsWith(r.report_id)) problems.push('report_id is not the start of sha256');
  if (!(FORM_VERSIONS as readonly string[]).includes(r.form_version)) problems.push(`bad form_version ${r.form_version}`);
  if (r.layout && !(LAYOUTS as readonly string[]).includes(r.layout)) problems.push(`bad layout ${r.layout}`);
  if (!(SCOPES as readonly string[]).includes(r.scope)) problems.push(`bad scope ${r.scope}`);
  if (!(ADMIN_LEVELS as readonly string[]).includes(r.admin_level)) problems.push(`bad admin_level ${r.admin_level}`);
  if (r.division_code && !/^\d{6}$/.test(r.division_code)) problems.push(`bad division_code ${r.division_code}`);
  if (r.published_date && !/^\d{4}-\d{2}-\d{2}$/.test(r.published_date)) problems.push(`bad published_date ${r.published_date}`);
  if (r.report_year !== null && !(r.report_year >= 1990 && r.report_year <= 2100)) problems.push(`bad report_year ${r.report_year}`);
  if (/[\\/]/.test(r.source_file)) problems.push('source_file has folders');
  for (const flag of r.metadata_flags) if (!(flag in REPORT_FLAGS)) problems.push(`undocumented metadata flag ${flag}`);
  if (r.source_url && !/^https?:\/\/\S+$/.test(r.source_url)) problems.push(`bad source_url ${r.source_url.slice(0, 60)}`);
  return problems;
}
