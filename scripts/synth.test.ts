import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { factProblems } from '../src/extract/contract';
import type { Fact } from '../src/extract/types';

const synth = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/synth.ts', ...args], { encoding: 'utf8' });
const read = (dir: string, file: string) => Papa.parse<Record<string, string>>(readFileSync(join(dir, file), 'utf8'), { header: true, skipEmptyLines: true }).data;

describe('npm run synth', () => {
  it('writes marked, contract-valid, consistent synthetic reports', () => {
    const out = mkdtempSync(join(tmpdir(), 'synth-'));
    const run = synth('--reports', '50', '--out', out, '--seed', '7');
    expect(run.status).toBe(0);
    const reports = read(out, 'reports.csv');
    const facts = read(out, 'facts.csv');
    expect(reports).toHaveLength(50);
    expect(reports.every((r) => r.agency.startsWith('合成·') && r.agency_id.startsWith('syn-') && r.source_file.startsWith('synthetic-'))).toBe(true);
    expect(facts.every((f) => f.flags === 'synthetic')).toBe(true);
    for (const f of facts.slice(0, 2000)) {
      const fact = { ...f, year: Number(f.year), report_year: Number(f.report_year), value: f.value === '' ? null : Number(f.value), line: Number(f.line), page: null, flags: f.flags.split(';') } as unknown as Fact;
      expect(factProblems(fact)).toEqual([]);
    }
    expect(read(out, 'checks.csv').every((c) => c.status === 'pass')).toBe(true);
    // Deterministic for a seed.
    const again = mkdtempSync(join(tmpdir(), 'synth-'));
    synth('--reports', '50', '--out', again, '--seed', '7');
    expect(readFileSync(join(again, 'facts.csv'), 'utf8')).toBe(readFileSync(join(out, 'facts.csv'), 'utf8'));
  });

  it('refuses to write into the real dataset folder', () => {
    const run = synth('--reports', '5', '--out', 'data');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('synthetic data never goes into data/');
  });
});
