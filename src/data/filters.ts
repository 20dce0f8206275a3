/** Filters shared by every view, and the SQL condition they make on `reports`. */
import { sqlInt, sqlList } from './sql';

export interface Filters {
  years: number[];
  provinces: string[];
  levels: string[];
  agencyTypes: string[];
  forms: string[];
}

export const NO_FILTERS: Filters = { years: [], provinces: [], levels: [], agencyTypes: [], forms: [] };

/** A condition on the reports table (alias `r`); empty filters select everything. */
export function reportCondition(f: Filters, alias = 'r'): string {
  const parts = ['TRUE'];
  if (f.years.length) parts.push(`${alias}.report_year IN (${f.years.map(sqlInt).join(', ')})`);
  if (f.provinces.length) parts.push(`${alias}.province IN ${sqlList(f.provinces)}`);
  if (f.levels.length) parts.push(`${alias}.admin_level IN ${sqlList(f.levels)}`);
  if (f.agencyTypes.length) parts.push(`${alias}.agency_type IN ${sqlList(f.agencyTypes)}`);
  if (f.forms.length) parts.push(`${alias}.form_version IN ${sqlList(f.forms)}`);
  return parts.join(' AND ');
}

export const isUnfiltered = (f: Filters) => Object.values(f).every((v) => v.length === 0);
