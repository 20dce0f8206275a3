/** The extract CLI on Word files: DOCX and legacy .doc read, damaged or foreign archives named with the reason. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { expect, it } from 'vitest';

const FIXTURES = 'src/extract/__fixtures__';

it('npm run extract reads .docx and .doc, and says why a zip, a truncated DOCX or random bytes named .doc are skipped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-word-'));
  const out = mkdtempSync(join(tmpdir(), 'extract-word-out-'));
  copyFileSync(`${FIXTURES}/xiacheng-2020.docx`, join(dir, 'xiacheng-2020.docx'));
  copyFileSync(`${FIXTURES}/xiacheng-2020.doc`, join(dir, 'xiacheng-2020.doc'));
  const docx = readFileSync(`${FIXTURES}/xiacheng-2020.docx`);
  writeFileSync(join(dir, 'cut.docx'), docx.subarray(0, docx.length >> 1));
  writeFileSync(join(dir, 'photos.docx'), zipSync({ 'a.jpg': strToU8('not a report') }));
  writeFileSync(join(dir, 'random.doc'), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 251)));

  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', '--in', dir, '--out', out], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  expect(run.stderr).toMatch(/skipped cut\.docx: damaged or truncated ZIP\/DOCX archive \(/);
  expect(run.stderr).toContain('skipped photos.docx: a ZIP archive but not a Word document (no main part named in _rels/.rels)');
  expect(run.stderr).toContain('skipped random.doc: named .doc but is neither a Word 97–2003 document nor text');
  // A fresh --out holds no sources.csv, so nothing is kept from before; each file gives the 200 facts and 41
  // checks of 003's text export (data/facts.csv, data/checks.csv).
  expect(run.stdout).toBe(`extract: 2 reports (0 kept from before), 400 facts, 82 checks (0 failed) → ${out}\n`);
  // Both read like the text export of 003: every one of its 41 checks passes (the .doc's wide tables included),
  // and every column after report_id, source_file and sha256 is the one data/reports.csv holds for 003, but
  // the layout, which names the front end that read each file.
  const [header, ...rows] = readFileSync(join(out, 'reports.csv'), 'utf8').trim().split('\n').map((line) => line.split(','));
  const text003 = readFileSync('data/reports.csv', 'utf8').split('\n').find((line) => line.includes(',003_cf5b7850cf226470.txt,'))!.split(',');
  for (const file of ['xiacheng-2020.docx', 'xiacheng-2020.doc']) {
    const row = rows.find((r) => r[header.indexOf('source_file')] === file)!;
    const at = (column: string) => row[header.indexOf(column)];
    expect([at('agency'), at('report_year'), at('form_version'), at('checks_passed'), at('checks_failed')], file).toEqual(['下城区民政局', '2020', '2019', '41', '0']);
    const layout = header.indexOf('layout');
    expect(at('layout'), file).toBe(file.endsWith('.docx') ? 'docx' : 'doc');
    expect(text003[layout]).toBe('text');
    expect(row.slice(3).filter((_, i) => i + 3 !== layout), file).toEqual(text003.slice(3).filter((_, i) => i + 3 !== layout));
  }
});
