/** Downloads made in the page: CSV with a UTF-8 byte-order mark (so Excel shows Chinese), PNG of a chart. */
import Papa from 'papaparse';

export function toCsv(rows: Record<string, unknown>[], columns?: string[]): string {
  const fields = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  return '\ufeff' + Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\r\n' });
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
