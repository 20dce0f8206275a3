/**
 * Builds the HTML fixtures of src/extract/__fixtures__ as a word processor writes a report out as a web page:
 * LibreOffice saves a Word file as HTML (cells as `<p>`s of `<font>`/`<span>` runs, numbers in runs of their
 * own between CJK runs, whitespace and indentation inside cells).
 * - 003 (下城区民政局 2020): the committed DOCX fixture, saved as HTML.
 * - 001 (吴忠市民政局 2020, markdown with tab-separated tables): turned into HTML (a tab-separated line is a table
 *   row, `#` lines headings, `**` bold), written as DOCX by LibreOffice, and that DOCX saved as HTML.
 * Run once: `npx tsx scripts/htmlFixtures.ts` (needs `soffice` on the PATH).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const OUT = 'src/extract/__fixtures__';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const inline = (s: string) => escape(s).replace(/\*\*(.+?)\*\*/g, '<b>$1</b>');

/** Markdown prose and tab-separated tables; blank lines inside a run of tab-separated lines do not end the table. */
function tabTextToHtml(text: string): string {
  const out: string[] = [];
  let table: string[][] = [];
  const endTable = () => {
    if (table.length) out.push(`<table border="1">${table.map((r) => `<tr>${r.map((c) => `<td>${inline(c.trim())}</td>`).join('')}</tr>`).join('')}</table>`);
    table = [];
  };
  for (const line of text.split('\n')) {
    if (line.includes('\t')) table.push(line.split('\t'));
    else if (line.trim() === '') continue;
    else {
      endTable();
      const heading = /^(#{1,6})\s+(.*)$/.exec(line.trim());
      out.push(heading ? `<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>` : `<p>${inline(line.trim())}</p>`);
    }
  }
  endTable();
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${out.join('\n')}</body></html>`;
}

const soffice = (dir: string, filter: string, file: string) =>
  execFileSync('soffice', ['--headless', '--writer', '--convert-to', filter, '--outdir', dir, file], { stdio: 'inherit' });

const dir = mkdtempSync(join(tmpdir(), 'html-fixtures-'));

copyFileSync(join(OUT, 'xiacheng-2020.docx'), join(dir, 'xiacheng-2020.docx'));
soffice(dir, 'html', join(dir, 'xiacheng-2020.docx'));
copyFileSync(join(dir, 'xiacheng-2020.html'), join(OUT, 'xiacheng-2020.html'));

writeFileSync(join(dir, 'wuzhong-2020-source.html'), tabTextToHtml(readFileSync('data/raw/001_7016eb35578ea529.txt', 'utf8')));
soffice(dir, 'docx:MS Word 2007 XML', join(dir, 'wuzhong-2020-source.html'));
copyFileSync(join(dir, 'wuzhong-2020-source.docx'), join(dir, 'wuzhong-2020.docx'));
soffice(dir, 'html', join(dir, 'wuzhong-2020.docx'));
copyFileSync(join(dir, 'wuzhong-2020.html'), join(OUT, 'wuzhong-2020.html'));
