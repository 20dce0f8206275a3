/**
 * npm run corpus [-- <dir>…]
 * Extracts every report under ../shared/reports (or the folders given) and prints one row per report:
 * agency, province and year with their flags, form, the form's table cells reported / the cells it has,
 * unreadable cells, checks passed / failed, ambiguous splits; then totals. What the extractor reaches on
 * reports it was not built on, measured rather than assumed (docs/corpus.md records the figures).
 */
import { existsSync } from 'node:fs';
import { formTableCells } from '../src/extract/coverage';
import type { ExtractResult } from '../src/extract/extractReport';
import { SHARED_REPORTS, listInputs, readReport } from './readReports';

type Extracted = Extract<ExtractResult, { ok: true }>;

const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [SHARED_REPORTS];
const missing = dirs.filter((d) => !existsSync(d));
if (missing.length > 0) {
  console.error(`corpus: ${missing.join(', ')} is not here (the corpus lives beside the project, in ../shared/reports)`);
  process.exit(1);
}

const rows: string[][] = [['file', 'agency', 'province', 'year', 'form', 'cells', 'unreadable', 'checks', 'ambiguous', 'flags']];
const totals = { reports: 0, skipped: 0, named: 0, placed: 0, dated: 0, cells: 0, reported: 0, unreadable: 0, pass: 0, fail: 0, ambiguous: 0 };
const formTotals = new Map<string, { cells: number; reported: number }>();

for (const dir of dirs) {
  for (const file of listInputs(dir)) {
    const result = await readReport(file, dir);
    if (!result.ok) {
      totals.skipped++;
      rows.push([result.sourceFile, `(skipped: ${result.error})`, '', '', '', '', '', '', '', '']);
      continue;
    }
    const { report, facts } = result as Extracted;
    const cells = formTableCells(report.form_version, facts, report.report_year);
    const ambiguous = facts.filter((f) => (f.flags as string[]).includes('ambiguous_split')).length;
    const metaFlags = [report.metadata_flags.join(';'), report.metadata_missing].filter(Boolean).join(' ');
    totals.reports++;
    totals.named += report.agency ? 1 : 0;
    totals.placed += report.province ? 1 : 0;
    totals.dated += report.report_year !== null ? 1 : 0;
    totals.cells += cells.total;
    totals.reported += cells.reported;
    totals.unreadable += cells.unreadable;
    totals.pass += report.checks_passed;
    totals.fail += report.checks_failed;
    totals.ambiguous += ambiguous;
    const form = formTotals.get(report.form_version) ?? { cells: 0, reported: 0 };
    form.cells += cells.total;
    form.reported += cells.reported;
    formTotals.set(report.form_version, form);
    rows.push([
      report.source_file, report.agency || '—', report.province || '—', String(report.report_year ?? '—'), report.form_version,
      `${cells.reported}/${cells.total}`, String(cells.unreadable), `${report.checks_passed}/${report.checks_failed}`, String(ambiguous),
      metaFlags,
    ]);
  }
}

/** Columns line up in a terminal: CJK characters take two cells there. */
const cellsOf = (text: string) => [...text].reduce((n, ch) => n + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0);
const width = (i: number) => Math.max(...rows.map((r) => cellsOf(r[i] ?? '')));
for (const r of rows) console.log(r.map((c, i) => c + ' '.repeat(width(i) - cellsOf(c))).join('  ').trimEnd());
const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
console.log('');
console.log(`reports read: ${totals.reports} (skipped ${totals.skipped})`);
console.log(`agency found: ${totals.named}/${totals.reports}; province: ${totals.placed}/${totals.reports}; year: ${totals.dated}/${totals.reports}`);
console.log(`form table cells reported: ${totals.reported}/${totals.cells} (${pct(totals.reported, totals.cells)}); unreadable: ${totals.unreadable}`);
for (const [form, t] of [...formTotals].sort()) console.log(`  ${form}: ${t.reported}/${t.cells} (${pct(t.reported, t.cells)})`);
console.log(`checks passed / failed: ${totals.pass} / ${totals.fail}; cells left unreadable by an ambiguous split: ${totals.ambiguous}`);
