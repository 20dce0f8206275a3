/**
 * Builds the Word fixtures of src/extract/__fixtures__ from data/raw/003 (a DOCX exported as text, one table
 * cell per tab-led line, a blank line between rows): the export is turned back into HTML tables and
 * LibreOffice writes it as .docx and legacy .doc, so the door is tested on files made by a real word processor.
 * Run once: `npx tsx scripts/wordFixtures.ts` (needs `soffice` on the PATH).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SOURCE = 'data/raw/003_cf5b7850cf226470.txt';
const OUT = 'src/extract/__fixtures__';
const NAME = 'xiacheng-2020';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A tab-led line is a cell; an untabbed line right after one continues it; a blank line ends a row. */
function exportToHtml(text: string): string {
  const out: string[] = [];
  let table: string[][] | null = null;
  let row: string[] | null = null;
  const endRow = () => {
    if (row && table) table.push(row);
    row = null;
  };
  const endTable = () => {
    endRow();
    if (table) out.push(`<table border="1">${table.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('')}</table>`);
    table = null;
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('\t')) {
      table ??= [];
      row ??= [];
      row.push(line.slice(1).trim());
    } else if (line.trim() === '') {
      if (row) endRow();
      else endTable();
    } else if (row) {
      row[row.length - 1] += line.trim();
    } else {
      endTable();
      out.push(`<p>${escape(line.replace('[bookmark: _GoBack]', '').trim())}</p>`);
    }
  }
  endTable();
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${out.join('\n')}</body></html>`;
}

const dir = mkdtempSync(join(tmpdir(), 'word-fixtures-'));
writeFileSync(join(dir, `${NAME}.html`), exportToHtml(readFileSync(SOURCE, 'utf8')));
for (const [ext, filter] of [['docx', 'docx:MS Word 2007 XML'], ['doc', 'doc:MS Word 97']]) {
  execFileSync('soffice', ['--headless', '--writer', '--convert-to', filter, '--outdir', dir, join(dir, `${NAME}.html`)], { stdio: 'inherit' });
  copyFileSync(join(dir, `${NAME}.${ext}`), join(OUT, `${NAME}.${ext}`));
}
