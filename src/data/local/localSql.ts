/**
 * SQL that adds a locally added report to the in-browser tables and takes it out again. Every value is a
 * literal made by sql.ts; an empty text cell becomes NULL, as read_csv loads the published files.
 */
import { CHECK_COLUMNS, FACT_COLUMNS, REPORT_COLUMNS } from '../../extract/csv';
import type { Connector } from '../connector';
import { sqlString } from '../sql';
import type { LocalReport } from './types';

function literal(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (Array.isArray(value)) return literal(value.join(';'));
  return sqlString(String(value));
}

function insert<T>(table: string, columns: readonly (keyof T & string)[], rows: T[]): string[] {
  if (rows.length === 0) return [];
  const names = columns.map((c) => `"${c}"`).join(', ');
  return [`INSERT INTO ${table} (${names}) VALUES ${rows.map((r) => `(${columns.map((c) => literal(r[c])).join(', ')})`).join(', ')}`];
}

export function insertLocalSql(entry: LocalReport): string[] {
  const { report, facts, checks } = entry;
  return [
    ...insert('reports', REPORT_COLUMNS, [report]),
    ...insert('facts', FACT_COLUMNS, facts),
    ...insert('checks', CHECK_COLUMNS, checks),
    `INSERT INTO local_reports VALUES (${[report.report_id, entry.file_name, entry.added_at, entry.edited.join(';')].map(literal).join(', ')})`,
  ];
}

export function removeLocalSql(reportId: string): string[] {
  const id = sqlString(reportId);
  return ['reports', 'facts', 'checks', 'local_reports'].map((table) => `DELETE FROM ${table} WHERE report_id = ${id}`);
}

/** Runs the statements as one transaction: a report joins whole or not at all. */
export async function runAll(db: Connector, statements: string[]): Promise<void> {
  await db.query('BEGIN TRANSACTION');
  try {
    for (const sql of statements) await db.query(sql);
    await db.query('COMMIT');
  } catch (e) {
    await db.query('ROLLBACK');
    throw e;
  }
}
