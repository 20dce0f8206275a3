/** docs/dataset.md's DuckDB example runs on the published Parquet files and gives the real figures. */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeConnector } from './nodeConnector';

describe('docs/dataset.md', () => {
  it('runs its DuckDB example on the Parquet files the site publishes', async () => {
    const db = await nodeConnector('data');
    const dir = mkdtempSync(join(tmpdir(), 'dataset-docs-'));
    // As the build writes them (scripts/build/dataset.ts parquetFiles).
    for (const table of ['reports', 'facts']) await db.query(`COPY ${table} TO '${join(dir, `${table}.parquet`)}' (FORMAT parquet)`);
    // The example as a reader runs it: a fresh DuckDB, its file names pointing at those files.
    const example = /```sql\n([\s\S]*?)```/.exec(readFileSync('docs/dataset.md', 'utf8'))![1].replace(/'(\w+)\.parquet'/g, (_, t) => `'${join(dir, `${t}.parquet`)}'`);
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const rows = (await connection.runAndReadAll(example)).getRowObjectsJS().map((r) => ({ agency: r.agency, origin: r.origin, year: Number(r.year), value: Number(r.value) }));
    const at = (agency: string, year: number) => rows.find((r) => r.agency === agency && r.year === year);
    // 淮安市人民政府 2024 table 三 本年新收 3119; 平潭综合实验区 2021 `640020470` = … | 70 (table, split by the form's sums).
    expect(at('淮安市人民政府', 2024)).toMatchObject({ value: 3119, origin: 'table' });
    expect(at('平潭综合实验区', 2021)).toMatchObject({ value: 70, origin: 'table' });
    expect(rows.length).toBeGreaterThan(8);
  });
});
