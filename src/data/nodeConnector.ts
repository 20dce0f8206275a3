/** DuckDB for Node behind the same Connector, loaded with a dataset folder: tests swap the engine, and the build precomputes the first view with it. */
import { DuckDBInstance } from '@duckdb/node-api';
import { join, resolve } from 'node:path';
import type { Connector, SqlRow } from './connector';
import { PACKED_SCHEMA_SQL } from './packedTables';
import { DATASET_FILES, VIEWS_SQL, createTablesSql } from './schema';
import { sqlString } from './sql';

async function connect(path: string, options?: Record<string, string>): Promise<Connector> {
  const instance = await DuckDBInstance.create(path, options);
  const connection = await instance.connect();
  const db: Connector = {
    async query<T extends SqlRow>(sql: string) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS().map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])),
      ) as T[];
    },
  };
  return db;
}

/** The dataset CSVs of a folder, by table. */
export const datasetPaths = (datasetDir: string) =>
  Object.fromEntries(Object.entries(DATASET_FILES).map(([t, f]) => [t, join(resolve(datasetDir), f)])) as typeof DATASET_FILES;

/** The packed layout's file (src/data/pack.ts), ATTACHed read-only and named as the browser names it. */
export async function packedConnector(file: string): Promise<Connector> {
  const db = await connect(':memory:');
  await db.query(`ATTACH ${sqlString(file)} AS packed (READ_ONLY)`);
  for (const sql of PACKED_SCHEMA_SQL) await db.query(sql);
  return db;
}

export async function nodeConnector(datasetDir = 'data'): Promise<Connector> {
  const db = await connect(':memory:');
  for (const sql of [...createTablesSql(datasetPaths(datasetDir)), ...VIEWS_SQL]) await db.query(sql);
  return db;
}
