/** What the page accepts, stated in the page (About, Add) and enforced where the data comes in. */
export { MAX_REPORT_BYTES as MAX_UPLOAD_BYTES } from '../../extract/input';
export const ACCEPTED = '.pdf,.docx,.html,.htm,.txt,.md,.csv,.png,.jpg,.jpeg';
export { MAX_OCR_PAGES } from '../../extract/ocr/scanLimits';

/**
 * Most rows in one dataset CSV, loaded at start or brought on the Add view: DuckDB-WASM holds every
 * table in the tab's memory, and a larger file would exhaust it (a million facts is about 5,700 reports).
 */
export const MAX_DATASET_ROWS = 1_000_000;

/** The message for a dataset file with more rows than the limit, or null. */
export function rowsProblem(file: string, rows: number, max = MAX_DATASET_ROWS): string | null {
  return rows > max ? `${file}: ${rows.toLocaleString('en-US')} rows, over the limit of ${max.toLocaleString('en-US')} rows per file` : null;
}

/**
 * Rows of a CSV before parsing: lines after the header, a final line break not counted. A quoted field
 * that spans lines counts once per line, so this never undercounts; it scans bytes, so it is cheap.
 */
export function csvRowCount(bytes: Uint8Array): number {
  let breaks = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) breaks++;
  const lines = breaks + (bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a ? 1 : 0);
  return Math.max(0, lines - 1);
}
