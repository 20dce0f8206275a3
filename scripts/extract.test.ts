/** The extract CLI, run as a user runs it. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function extract(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** A PDF with one page and no text, as a scanner without OCR writes it. */
const SCANNED_PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

const temp = () => mkdtempSync(join(tmpdir(), 'extract-'));

describe('npm run extract', () => {
  it('reads data/raw, PDFs included, and writes the committed dataset', () => {
    const out = temp();
    const run = extract('--in', 'data/raw', '--out', out);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(run.out).toMatch(/extract: 8 reports, \d+ facts/);
    for (const file of ['reports.csv', 'facts.csv', 'checks.csv']) {
      // data/*.csv is committed so that every change to extraction shows up in review: it must be current.
      expect(readFileSync(join(out, file), 'utf8'), `data/${file} is stale: run npm run extract`).toBe(readFileSync(join('data', file), 'utf8'));
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
    expect(run.err).toContain('skipped scan.pdf: scanned PDF without a text layer');
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
