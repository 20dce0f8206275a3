/**
 * The packed layout for large datasets, written at build time with DuckDB for Node: one DuckDB database
 * file in a storage version the pinned DuckDB-WASM (DuckDB 1.4) reads, ATTACHed by the browser over HTTP
 * with range requests (src/data/load). Tables and row order: src/data/packedTables.ts.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PACKED_TABLES } from './packedTables';
import { datasetPaths } from './nodeConnector';
import { SHOWN_RANK, VIEWS_SQL, createTablesSql } from './schema';
import { sqlString } from './sql';

/** DuckDB-WASM 1.32.0 is DuckDB 1.4.3: it reads storage written for v1.4.0, not newer. */
export const PACK_STORAGE_VERSION = 'v1.4.0';

/**
 * Rows per row group: DuckDB skips a row group whose min/max cannot match a filter, and reads the rest
 * whole. At the default 122,880 a key's cells at 150,000 reports fill one or two groups, so a province
 * filter skipped nothing; at 16,384 a (key, province) slice is about one group, and one report's facts
 * about a fortieth of what they were.
 */
export const PACK_ROW_GROUP_SIZE = 16_384;

/** What each packed table holds, from the tables of the CSV layout (schema.ts) loaded in DuckDB for Node. */
const content = (reportColumns: string[]): Record<keyof typeof PACKED_TABLES, string> => ({
  reports: 'SELECT * FROM reports',
  report_figures: `SELECT * EXCLUDE (${reportColumns.filter((c) => c !== 'report_id').map((c) => `"${c}"`).join(', ')}) FROM report_wide`,
  jurisdiction_nesting: 'SELECT * FROM jurisdiction_nesting',
  // facts_shown's rows, marked: the cell a view shows for its key, by status and origin precedence (schema.ts).
  facts: `SELECT * EXCLUDE (rank), rank = 1 AS shown FROM (SELECT *, ${SHOWN_RANK} AS rank FROM facts)`,
  checks: 'SELECT * FROM checks',
  report_numbers: 'SELECT (row_number() OVER (ORDER BY province, report_year, report_id))::INTEGER AS report_no, report_id FROM reports',
  chart_cells: 'SELECT n.report_no, c.* EXCLUDE (report_id) FROM chart_cells c JOIN packed.report_numbers n USING (report_id)',
  key_coverage: 'SELECT * FROM key_coverage',
  flag_coverage: 'SELECT * FROM flag_coverage',
});

export async function packDataset(datasetDir: string, outFile: string, opts: { threads?: number; memoryLimit?: string } = {}): Promise<void> {
  const out = resolve(outFile);
  const tmp = `${out}.tmp`;
  rmSync(tmp, { force: true });
  rmSync(`${tmp}.wal`, { force: true });
  // Bounded: unbounded, 150,000 reports took 21 GB of a shared machine. Beyond the limit DuckDB spills to disk.
  const instance = await DuckDBInstance.create(':memory:', {
    threads: String(opts.threads ?? 2), memory_limit: opts.memoryLimit ?? '4GB', temp_directory: join(tmpdir(), 'gov-info-pack-spill'), preserve_insertion_order: 'false',
  });
  const connection = await instance.connect();
  const run = (sql: string) => connection.run(sql);
  for (const sql of [...createTablesSql(datasetPaths(datasetDir)), ...VIEWS_SQL]) await run(sql);
  await run(`ATTACH ${sqlString(tmp)} AS packed (STORAGE_VERSION '${PACK_STORAGE_VERSION}', ROW_GROUP_SIZE ${PACK_ROW_GROUP_SIZE})`);
  const reportColumns = (await connection.runAndReadAll("SELECT name FROM pragma_table_info('reports')")).getRows().map((r) => String(r[0]));
  const tables = content(reportColumns);
  for (const [table, order] of Object.entries(PACKED_TABLES)) {
    await run(`CREATE TABLE packed.${table} AS ${tables[table as keyof typeof PACKED_TABLES]} ORDER BY ${order}`);
  }
  await run('CHECKPOINT packed');
  await run('DETACH packed');
  connection.closeSync();
  instance.closeSync();
  if (existsSync(out)) rmSync(out);
  renameSync(tmp, out);
}
