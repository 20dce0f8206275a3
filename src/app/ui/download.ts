/** Downloads made in the page: CSV with a UTF-8 byte-order mark (so Excel shows Chinese), PNG of a chart. */
import Papa from 'papaparse';

/**
 * Text that Excel would run as a formula (an agency name or a raw cell is document text anyone can
 * write): `=…`, `+…`, `@…`, a tab or carriage return, or `-…` unless it is a plain number or a lone dash.
 * Papa prefixes such text with `'`; numbers are never touched.
 */
const FORMULA = /^(?:[=+@\t\r]|-(?!\d+(?:\.\d+)?$|$))/;

/** CSV for people (opened in Excel): BOM, CRLF, formulas neutralised. The dataset files use extract/csv.ts. */
export function toCsv(rows: Record<string, unknown>[], columns?: string[]): string {
  const fields = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  return '\ufeff' + Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\r\n', escapeFormulae: FORMULA });
}

export function downloadUrl(name: string, url: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

export function download(name: string, content: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([content], { type }));
  downloadUrl(name, url);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
