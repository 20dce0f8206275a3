import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DATASET_ROWS } from '../src/data/upload/limits';
import { overRowLimit } from './csvFileRows';

describe('a CSV over the page’s row limit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rows-'));
  const file = (name: string, rows: number, row: string) => {
    const path = join(dir, name);
    writeFileSync(path, `header\n${row.repeat(rows)}`);
    return path;
  };
  it('is found by counting its rows', () => {
    expect(overRowLimit(file('over.csv', MAX_DATASET_ROWS + 1, 'a-row-of-twenty-b\n'))).toBe(MAX_DATASET_ROWS + 1);
    expect(overRowLimit(file('at.csv', MAX_DATASET_ROWS, 'a-row-of-twenty-b\n'))).toBeNull();
  });
  it('is not read when it is too small to hold that many rows', () => {
    expect(overRowLimit(file('small.csv', 10, 'x\n'))).toBeNull();
  });
});
