/** The extract CLI, run as a user runs it. */
import { LAYOUTS } from '../src/vocabulary';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { HAVE_SHARED, IF_SHARED } from '../src/extract/__fixtures__/load';
import { parseSourcesCsv } from '../src/extract/sources';
import { SHARED_REPORTS, listInputs, readReport } from './readReports';

function extract(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** A PDF with one page and no text, as a scanner without OCR writes it. */
const SCANNED_PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

const temp = () => mkdtempSync(join(tmpdir(), 'extract-'));

const DATASET = ['reports.csv', 'facts.csv', 'checks.csv', 'sources.csv', 'lines.csv', 'datapackage.json'];

/** A folder holding a copy of the committed dataset, as --out holds it on a second run. */
function committedCopy(): string {
  const out = temp();
  for (const file of DATASET) copyFileSync(join('data', file), join(out, file));
  return out;
}

const sources = () => parseSourcesCsv(readFileSync('data/sources.csv', 'utf8'));

describe('npm run extract', () => {
  it(`reads data/raw and ../shared/reports and writes the committed dataset${HAVE_SHARED ? '' : ' (../shared/reports absent: its rows kept from before)'}`, () => {
    const out = committedCopy();
    const run = extract('--out', out);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/extract: \d+ reports \(\d+ kept from before\), \d+ facts/);
    for (const file of DATASET) {
      // data/*.csv is committed so that every change to extraction shows up in review: it must be current.
      expect(readFileSync(join(out, file), 'utf8'), `data/${file} is stale: run npm run extract`).toBe(readFileSync(join('data', file), 'utf8'));
    }
    expect(readFileSync(join(out, 'dictionary/crosswalk.csv'), 'utf8')).toBe(readFileSync('data/dictionary/crosswalk.csv', 'utf8'));
  });

  it('keeps the committed rows of a source whose file is not here, and names it', () => {
    const out = committedCopy();
    const run = extract('--in', 'data/raw', '--out', out);
    expect(run.code).toBe(0);
    const shared = sources().filter((s) => s.location.startsWith('shared/'));
    expect(shared.length).toBeGreaterThan(0);
    expect(run.err).toContain(`kept from before, not read this time: ${shared.map((s) => s.location).join(', ')}`);
    expect(run.out).toContain(`(${shared.length} kept from before)`);
    for (const file of DATASET) expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join('data', file), 'utf8'));
  });

  it('lists every report of the dataset in sources.csv, once, with where its file is', () => {
    const reports = Papa.parse<Record<string, string>>(readFileSync('data/reports.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
    const rows = sources();
    expect(rows.map((s) => s.report_id).sort()).toEqual(reports.map((r) => r.report_id).sort());
    for (const s of rows) {
      expect(s.location, s.source_file).toMatch(/^(data\/raw|shared\/reports)\//);
      expect(s.location.endsWith(s.source_file), s.location).toBe(true);
      expect(LAYOUTS, s.location).toContain(s.layout);
    }
    // Committed reports are the five original ones; every other source stays in ../shared.
    expect(rows.filter((s) => s.location.startsWith('data/raw/')).map((s) => s.source_file).sort()).toEqual(
      readdirSync('data/raw').filter((f) => f.endsWith('.txt')).sort(),
    );
  });

  it.skipIf(!HAVE_SHARED)(`holds every report under data/raw and ../shared/reports that the extractor reads${IF_SHARED}`, async () => {
    const listed = new Set(sources().map((s) => s.sha256));
    const files = [...listInputs('data/raw'), ...listInputs(SHARED_REPORTS)];
    for (const file of files) {
      const result = await readReport(file, '.');
      if (result.ok) expect(listed.has(result.report.sha256), `${file} is read but not in the dataset: run npm run extract`).toBe(true);
    }
    expect(files.length).toBeGreaterThan(15);
  });

  it.skipIf(!HAVE_SHARED)(`commits none of the files that come from public repositories${IF_SHARED}`, () => {
    const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
    const committed = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter((f) => f && existsSync(f));
    const committedHashes = new Set(committed.map(hash));
    const originals = new Set(readdirSync('data/raw').filter((f) => f.endsWith('.txt')));
    const fetched = listInputs(SHARED_REPORTS).filter((f) => !originals.has(basename(f)));
    expect(fetched.length).toBeGreaterThan(0);
    for (const file of fetched) {
      expect(committedHashes.has(hash(file)), `${file} is committed`).toBe(false);
      expect(committed.some((f) => basename(f) === basename(file)), `${basename(file)} is committed`).toBe(false);
    }
  });

  it('skips what is not a report with a clear message and keeps the rest', () => {
    const dir = temp();
    copyFileSync('data/raw/001_7016eb35578ea529.txt', join(dir, '001.txt'));
    copyFileSync('data/raw/001_7016eb35578ea529.txt', join(dir, '001-copy.txt'));
    writeFileSync(join(dir, 'notes.txt'), '会议纪要：食堂菜单调整。');
    writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 21 * 1024 * 1024);
    writeFileSync(join(dir, 'corrections.csv'), 'nonsense\n');
    writeFileSync(join(dir, 'fake.pdf'), 'just text');
    writeFileSync(join(dir, 'scan.pdf'), SCANNED_PDF);
    const out = temp();
    const run = extract('--in', dir, '--out', out);
    expect(run.code).toBe(0);
    expect(run.err).toContain('skipped notes.txt: not an annual report');
    expect(run.err).toContain('skipped image.png: not a text file');
    expect(run.err).toContain('skipped huge.txt: file is 21.0 MB, over the 20 MB limit');
    expect(run.err).toContain('001.txt: same file as 001-copy.txt, counted once');
    expect(run.err).toContain('sidecar: corrections.csv: missing columns');
    expect(run.err).toContain('skipped fake.pdf: named .pdf but is not a PDF file');
    expect(run.err).toContain('skipped scan.pdf: no text recognised in the scan: not a page of print, or too blurred to read');
    expect(readFileSync(join(out, 'reports.csv'), 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('exits 1 when it could read nothing, 2 on a bad argument or folder', () => {
    expect(extract('--in', temp(), '--out', temp()).code).toBe(1);
    const bad = extract('--nope');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('usage: npm run extract');
    expect(extract('--in', '/no/such/folder').code).toBe(2);
  });
});
