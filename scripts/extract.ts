/**
 * npm run extract -- [--in <dir>]… [--out <dir>]
 * Reads every report under each --in folder (default: data/raw and, when it is there, ../shared/reports,
 * whose files come from public repositories and are never committed) and writes reports.csv, facts.csv,
 * checks.csv, sources.csv, lines.csv (the source lines of facts whose file the site does not serve), datapackage.json (their description) and dictionary/crosswalk.csv (the pre-2019
 * crosswalk of src/vocabulary, published for researchers) to --out (default data).
 * The dataset only shrinks on purpose: a report that sources.csv in --out lists but whose file is not here
 * (a clone without ../shared) keeps its rows as they are, and the message names it. Files it cannot read
 * are named and skipped; it exits non-zero only when it could read nothing, or on a bad argument.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checksCsv, factsCsv, reportsCsv } from '../src/extract/csv';
import { buildDataset, sortReports } from '../src/extract/dataset';
import type { ExtractResult } from '../src/extract/extractReport';
import type { Fact } from '../src/extract/types';
import { dataPackage } from '../src/extract/datapackage';
import { factLines, linesCsv, parseLinesCsv, type FactLine } from '../src/extract/factLines';
import { parseSourcesCsv, sharedTexts, sourceRow, sourcesCsv, type SourceRow } from '../src/extract/sources';
import { readDatasetCsvs } from '../src/data/local/datasetCsv';
import { crosswalkCsv } from '../src/vocabulary';
import type { LocalEntry } from '../src/data/local/types';
import { datasetVersion } from './datasetVersion';
import { closeOcr } from './ocrEngine';
import { SHARED_REPORTS, fileOfLocation, listInputs, locationOf, readReport, readSidecars } from './readReports';

type Extracted = Extract<ExtractResult, { ok: true }>;

const USAGE = 'usage: npm run extract -- [--in <dir>]… [--out <dir>]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { in: { type: 'string', multiple: true }, out: { type: 'string', default: 'data' } } }).values;
  } catch (e) {
    console.error(`extract: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const outDir = args.out!;
  let inDirs = args.in ?? ['data/raw', SHARED_REPORTS];
  if (!args.in && !existsSync(SHARED_REPORTS)) {
    console.warn(`extract: ${SHARED_REPORTS} is not here: its reports are not read again (their committed rows are kept, see below)`);
    inDirs = ['data/raw'];
  }

  const ok: { result: Extracted; location: string }[] = [];
  const seen = new Map<string, string>();
  for (const inDir of inDirs) {
    let files: string[];
    try {
      files = listInputs(inDir);
    } catch (e) {
      console.error(`extract: cannot read folder ${inDir}: ${(e as Error).message}`);
      return 2;
    }
    for (const file of files) {
      let result: ExtractResult;
      try {
        result = await readReport(file, inDir);
      } catch (e) {
        result = { ok: false, sourceFile: file, error: `unexpected error: ${(e as Error).message}` };
      }
      if (!result.ok) {
        console.warn(`skipped ${result.sourceFile}: ${result.error}`);
        continue;
      }
      // The five original reports are in data/raw and in ../shared/reports alike: one file, read from the
      // first folder. Copies under other names go on to buildDataset, which names them.
      const location = locationOf(file);
      const first = seen.get(result.report.sha256);
      if (first !== undefined && basename(first) === basename(location)) continue;
      seen.set(result.report.sha256, first ?? location);
      ok.push({ result, location });
    }
  }
  const sidecars = inDirs.map(readSidecars);
  for (const error of sidecars.flatMap((s) => s.errors)) console.warn(`sidecar: ${error}`);

  const dataset = buildDataset(ok.map((o) => o.result), {
    overrides: sidecars.flatMap((s) => s.overrides),
    corrections: sidecars.flatMap((s) => s.corrections),
  });
  for (const message of dataset.messages) console.warn(message);

  const extracted = new Map(ok.map((o) => [o.result.report.report_id, o]));
  const shared = sharedTexts(dataset.reports.map((report) => ({ report, document: extracted.get(report.report_id)!.result.document })));
  const sources: SourceRow[] = dataset.reports.map((report) => {
    const { result, location } = extracted.get(report.report_id)!;
    return sourceRow(report, result.document.layout, location, shared.get(report.report_id) ?? []);
  });

  const kept = keptFromBefore(outDir, new Set(dataset.reports.map((r) => r.report_id)), inDirs);
  if (kept === null) return 1;
  // The site serves data/raw only: the lines of every other file's facts go into lines.csv.
  const factsById = new Map<string, Fact[]>();
  for (const f of dataset.facts) factsById.set(f.report_id, [...(factsById.get(f.report_id) ?? []), f]);
  const lines: FactLine[] = sources.filter((s) => !s.location.startsWith('data/raw/')).flatMap((s) =>
    factLines(s.report_id, factsById.get(s.report_id) ?? [], extracted.get(s.report_id)!.result.document.sourceLines ?? []));
  const keptIds = new Set(kept.entries.map((e) => e.report.report_id));
  const linesBefore = existsSync(join(outDir, 'lines.csv')) ? parseLinesCsv(readFileSync(join(outDir, 'lines.csv'), 'utf8')) : [];
  const reports = sortReports([...dataset.reports.map((report) => ({ report })), ...kept.entries]).map((e) => e.report);
  const order = new Map(reports.map((r, i) => [r.report_id, i]));
  const byOrder = <T extends { report_id: string }>(rows: T[]) => rows.map((r, i) => ({ r, i })).sort((a, b) => order.get(a.r.report_id)! - order.get(b.r.report_id)! || a.i - b.i).map((x) => x.r);
  const facts = byOrder([...dataset.facts, ...kept.entries.flatMap((e) => e.facts)]);
  const checks = byOrder([...dataset.checks, ...kept.entries.flatMap((e) => e.checks)]);
  const sourceRows = byOrder([...sources, ...kept.sources]);
  const lineRows = byOrder([...lines, ...linesBefore.filter((l) => keptIds.has(l.report_id))]);

  if (reports.length === 0) {
    console.error(`extract: no report could be read in ${inDirs.join(', ')}`);
    return 1;
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'reports.csv'), reportsCsv(reports));
  writeFileSync(join(outDir, 'facts.csv'), factsCsv(facts));
  writeFileSync(join(outDir, 'checks.csv'), checksCsv(checks));
  writeFileSync(join(outDir, 'sources.csv'), sourcesCsv(sourceRows));
  writeFileSync(join(outDir, 'lines.csv'), linesCsv(lineRows));
  const description = dataPackage(readFileSync('docs/data-dictionary.md', 'utf8'), datasetVersion(join(outDir, 'facts.csv')));
  writeFileSync(join(outDir, 'datapackage.json'), JSON.stringify(description, null, 2) + '\n');
  mkdirSync(join(outDir, 'dictionary'), { recursive: true });
  writeFileSync(join(outDir, 'dictionary', 'crosswalk.csv'), crosswalkCsv());
  const failed = checks.filter((c) => c.status === 'fail').length;
  console.log(
    `extract: ${reports.length} reports (${kept.entries.length} kept from before), ${facts.length} facts, ${checks.length} checks (${failed} failed) → ${outDir}`,
  );
  return 0;
}

/**
 * The rows of reports that --out's sources.csv lists and this run did not read, because their file is not
 * here or lies outside the folders read: kept as they are, each named. A listed file inside a folder read
 * that no longer gives that report (unreadable now, or changed) is dropped, named.
 */
function keptFromBefore(outDir: string, read: Set<string>, inDirs: string[]): { entries: LocalEntry[]; sources: SourceRow[] } | null {
  const file = (name: string) => join(outDir, name);
  if (!existsSync(file('sources.csv'))) return { entries: [], sources: [] };
  const listed = parseSourcesCsv(readFileSync(file('sources.csv'), 'utf8')).filter((s) => !read.has(s.report_id));
  const folders = inDirs.map((d) => `${locationOf(d)}/`);
  const reread = (s: SourceRow) => existsSync(fileOfLocation(s.location)) && folders.some((f) => s.location.startsWith(f));
  const absent = listed.filter((s) => !reread(s));
  for (const s of listed.filter(reread)) console.warn(`dropped ${s.location}: listed in sources.csv, but this run did not read that report from it (see the messages above)`);
  if (absent.length === 0) return { entries: [], sources: [] };
  const before = readDatasetCsvs(['reports.csv', 'facts.csv', 'checks.csv'].map((name) => ({ name, text: readFileSync(file(name), 'utf8') })), Infinity);
  if (before.problems.length > 0) {
    console.error(`extract: the dataset in ${outDir} does not read back, so the rows of absent sources cannot be kept:\n  ${before.problems.slice(0, 5).join('\n  ')}`);
    return null;
  }
  const ids = new Set(absent.map((s) => s.report_id));
  const entries = before.entries.filter((e) => ids.has(e.report.report_id));
  console.warn(`kept from before, not read this time: ${absent.map((s) => s.location).join(', ')}`);
  return { entries, sources: absent.filter((s) => entries.some((e) => e.report.report_id === s.report_id)) };
}

process.exitCode = await main();
await closeOcr();
