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
  expect(run.stdout).toMatch(/^extract: 2 reports, /);
  const reports = readFileSync(join(out, 'reports.csv'), 'utf8');
  // Both read like the text export of 003: every one of its 41 checks passes (the .doc's wide tables included).
  expect(reports).toMatch(/,xiacheng-2020\.docx,[0-9a-f]{64},下城区民政局,.*,2020,false,2019,,41,0\n/);
  expect(reports).toMatch(/,xiacheng-2020\.doc,[0-9a-f]{64},下城区民政局,.*,2020,false,2019,,41,0\n/);
});
