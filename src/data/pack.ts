/**
 * The packed layout for large datasets, written at build time with DuckDB for Node: one DuckDB database
 * file in a storage version the pinned DuckDB-WASM (DuckDB 1.4) reads, ATTACHed by the browser over HTTP
 * with range requests (src/data/load). Tables and row order: src/data/packedTables.ts.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKED_TABLES } from './packedTables';
import { DATASET_FILES, VIEWS_SQL, createTablesSql } from './schema';

/** DuckDB-WASM 1.32.0 is DuckDB 1.4.3: it reads storage written for v1.4.0, not newer. */
export const PACK_STORAGE_VERSION = 'v1.4.0';

export async function packDataset(datasetDir: string, outFile: string, opts: { threads?: number } = {}): Promise<void> {
  const out = resolve(outFile);
  const tmp = `${out}.tmp`;
  rmSync(tmp, { force: true });
  rmSync(`${tmp}.wal`, { force: true });
  const instance = await DuckDBInstance.create(':memory:', { threads: String(opts.threads ?? 2) });
  const connection = await instance.connect();
  const run = (sql: string) => connection.run(sql);
  const paths = Object.fromEntries(Object.entries(DATASET_FILES).map(([t, f]) => [t, join(resolve(datasetDir), f)])) as typeof DATASET_FILES;
  for (const sql of [...createTablesSql(paths), ...VIEWS_SQL]) await run(sql);
  await run(`ATTACH '${tmp.replaceAll("'", "''")}' AS packed (STORAGE_VERSION '${PACK_STORAGE_VERSION}')`);
  for (const [table, order] of Object.entries(PACKED_TABLES)) {
    await run(`CREATE TABLE packed.${table} AS SELECT * FROM ${table} ORDER BY ${order}`);
  }
  await run('CHECKPOINT packed');
  await run('DETACH packed');
  connection.closeSync();
  instance.closeSync();
  if (existsSync(out)) rmSync(out);
  renameSync(tmp, out);
}
