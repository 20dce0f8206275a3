/** docs/dataset.md's DuckDB example runs on the published Parquet files and gives the real figures. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeConnector } from './nodeConnector';

describe('docs/dataset.md', () => {
  it('runs its DuckDB example on the Parquet files the site publishes', async () => {
    const db = await nodeConnector('data');
    const dir = mkdtempSync(join(tmpdir(), 'dataset-docs-'));
    // As the build writes them (vite.config.ts parquetFiles).
    for (const table of ['reports', 'facts']) await db.query(`COPY ${table} TO '${join(dir, `${table}.parquet`)}' (FORMAT parquet)`);
    const example = /```sql\n([\s\S]*?)```/.exec(readFileSync('docs/dataset.md', 'utf8'))![1].replace(/'(\w+)\.parquet'/g, (_, t) => `'${join(dir, `${t}.parquet`)}'`);
    const statements = example.split(';').map((s) => s.trim()).filter((s) => s && !/^--[^\n]*$/.test(s));
    let rows: Record<string, unknown>[] = [];
    for (const sql of statements) rows = await db.query(sql.replace(/^CREATE TABLE (\w+)/, 'CREATE OR REPLACE TABLE doc_$1').replace(/\b(facts|reports)\b(?=\s|$|\))/g, 'doc_$1').replace(/'doc_/g, "'"));
    const at = (agency: string, year: number) => rows.find((r) => r.agency === agency && Number(r.year) === year);
    // 淮安市人民政府 2024 table 三 本年新收 3119; 平潭综合实验区 2021 `640020470` = … | 70 (table, split by the form's sums).
    expect(at('淮安市人民政府', 2024)).toMatchObject({ value: 3119, origin: 'table' });
    expect(at('平潭综合实验区', 2021)).toMatchObject({ value: 70, origin: 'table' });
    expect(rows.length).toBeGreaterThan(8);
  });
});
