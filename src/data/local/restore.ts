/**
 * At start-up, once the published tables and their derived tables (local_reports among them) are
 * loaded: the reports kept in this browser join them, and the derived tables are built again. A kept
 * report that the dataset now publishes is left to the published copy; one that cannot be restored is
 * named, and the published data loads regardless.
 */
import type { Connector } from '../connector';
import { sqlList } from '../sql';
import { VIEWS_SQL } from '../schema';
import { insertLocalSql, runAll } from './localSql';
import { storedReports } from './store';

export async function restoreLocalReports(db: Connector): Promise<string[]> {
  let stored;
  try {
    stored = await storedReports();
  } catch (e) {
    return [(e as Error).message];
  }
  if (stored.length === 0) return [];
  const published = new Set(
    (await db.query<{ report_id: string }>(`SELECT report_id FROM reports WHERE report_id IN ${sqlList(stored.map((s) => s.report.report_id))}`)).map((r) => r.report_id),
  );
  const problems: string[] = [];
  let restored = 0;
  for (const entry of stored) {
    if (published.has(entry.report.report_id)) continue;
    try {
      await runAll(db, insertLocalSql(entry));
      restored++;
    } catch (e) {
      problems.push(`${entry.file_name}: could not be restored (${(e as Error).message})`);
    }
  }
  // The derived tables were built from the published data alone.
  if (restored) for (const sql of VIEWS_SQL) await db.query(sql);
  return problems;
}
