/**
 * Keeping and removing reports added in this browser: IndexedDB first (so a reload finds them), then the
 * in-browser tables, then the derived tables, then every view's queries run again.
 */
import { getEngine } from '../engine';
import { bumpRevision } from '../revision';
import { VIEWS_SQL } from '../schema';
import { insertLocalSql, removeLocalSql, runAll } from './localSql';
import { storeReport, unstoreReport } from './store';
import type { LocalReport } from './types';

async function change(statements: string[]) {
  const { connector } = await getEngine();
  await runAll(connector, statements);
  for (const sql of VIEWS_SQL) await connector.query(sql);
  bumpRevision();
}

export async function keepReport(entry: LocalReport): Promise<void> {
  await storeReport(entry);
  try {
    await change(insertLocalSql(entry));
  } catch (e) {
    await unstoreReport(entry.report.report_id);
    throw e;
  }
}

export async function removeReport(reportId: string): Promise<void> {
  await unstoreReport(reportId);
  await change(removeLocalSql(reportId));
}
