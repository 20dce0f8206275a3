/** Rows of a dataset CSV on disk, counted as the page counts them before loading it (csvRowCount). */
import { readFileSync, statSync } from 'node:fs';
import { MAX_DATASET_ROWS, csvRowCount } from '../src/data/upload/limits';

/**
 * Whether a CSV holds more rows than the page loads from one file. A row takes more than 16 bytes, so a
 * smaller file is not read at all (the real dataset's facts.csv is 0.2 MB).
 */
export function overRowLimit(path: string): number | null {
  if (statSync(path).size <= MAX_DATASET_ROWS * 16) return null;
  const rows = csvRowCount(readFileSync(path));
  return rows > MAX_DATASET_ROWS ? rows : null;
}
