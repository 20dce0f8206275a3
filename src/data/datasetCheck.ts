/**
 * Before a dataset file is loaded: its header must name the contract's columns in the contract's order,
 * because read_csv maps columns by position. A file that is not the dataset (an error page, another
 * export, binary bytes) is refused with a message naming the file, rather than loaded as wrong numbers;
 * so is a file with more rows than the page can hold.
 */
import Papa from 'papaparse';
import { CHECK_COLUMNS, FACT_COLUMNS, REPORT_COLUMNS } from '../extract/csv';
import { DATASET_FILES, type DatasetTable } from './schema';
import { csvRowCount, rowsProblem } from './upload/limits';

export const CONTRACT_COLUMNS: Record<DatasetTable, readonly string[]> = { reports: REPORT_COLUMNS, facts: FACT_COLUMNS, checks: CHECK_COLUMNS };

/** Whether a header names these columns, in this order. */
export const hasColumns = (header: readonly string[], columns: readonly string[]) => header.length === columns.length && header.every((c, i) => c === columns[i]);

/** What is wrong with a dataset file's header or size in rows, or null. (The engine calls this before loading.) */
export function headerProblem(table: DatasetTable, bytes: Uint8Array): string | null {
  const file = `data/${DATASET_FILES[table]}`;
  const end = bytes.indexOf(0x0a);
  let head: string;
  try {
    // `stream`: a header cut at 4 KB may end inside a character.
    head = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end >= 0 ? end : 4096), { stream: true });
  } catch {
    return `${file}: not UTF-8 text`;
  }
  const found = Papa.parse<string[]>(head.replace(/^\ufeff/, '').replace(/\r$/, '')).data[0] ?? [];
  const expected = CONTRACT_COLUMNS[table];
  if (hasColumns(found, expected)) return rowsProblem(file, csvRowCount(bytes));
  const shown = found.join(',').slice(0, 120);
  return `${file}: its header is not the dataset's (expected ${expected.join(',')}; found ${shown || 'nothing'})`;
}
