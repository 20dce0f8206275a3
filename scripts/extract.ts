/**
 * npm run extract -- --in <dir> --out <dir>
 * Reads every report under --in (default data/raw) and writes reports.csv, facts.csv and checks.csv to
 * --out (default data). Files it cannot read are named and skipped; it exits non-zero only when it could
 * read nothing, or on a bad argument.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checksCsv, factsCsv, reportsCsv } from '../src/extract/csv';
import { buildDataset } from '../src/extract/dataset';
import type { ExtractResult } from '../src/extract/extractReport';
import { listInputs, readReport, readSidecars } from './readReports';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { in: { type: 'string', default: 'data/raw' }, out: { type: 'string', default: 'data' } } }).values;
  } catch (e) {
    console.error(`extract: ${(e as Error).message}\nusage: npm run extract -- --in <dir> --out <dir>`);
    return 2;
  }
  const inDir = args.in!;
  const outDir = args.out!;
  let files: string[];
  try {
    files = listInputs(inDir);
  } catch (e) {
    console.error(`extract: cannot read folder ${inDir}: ${(e as Error).message}`);
    return 2;
  }

  const ok: Extract<ExtractResult, { ok: true }>[] = [];
  for (const file of files) {
    let result: ExtractResult;
    try {
      result = await readReport(file, inDir);
    } catch (e) {
      result = { ok: false, sourceFile: file, error: `unexpected error: ${(e as Error).message}` };
    }
    if (result.ok) ok.push(result);
    else console.warn(`skipped ${result.sourceFile}: ${result.error}`);
  }
  const sidecars = readSidecars(inDir);
  for (const error of sidecars.errors) console.warn(`sidecar: ${error}`);
  if (ok.length === 0) {
    console.error(`extract: no report could be read in ${inDir}`);
    return 1;
  }
  const dataset = buildDataset(ok, sidecars);
  for (const message of dataset.messages) console.warn(message);

  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'reports.csv'), reportsCsv(dataset.reports));
  writeFileSync(join(outDir, 'facts.csv'), factsCsv(dataset.facts));
  writeFileSync(join(outDir, 'checks.csv'), checksCsv(dataset.checks));
  const failed = dataset.checks.filter((c) => c.status === 'fail').length;
  console.log(
    `extract: ${dataset.reports.length} reports, ${dataset.facts.length} facts, ${dataset.checks.length} checks (${failed} failed) → ${outDir}`,
  );
  return 0;
}

process.exitCode = await main();
