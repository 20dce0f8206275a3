import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerProblem } from '../datasetCheck';
import { MAX_DATASET_ROWS, csvRowCount, rowsProblem } from './limits';

const bytes = (text: string) => new TextEncoder().encode(text);
const HEADER = 'report_id,check,status,expected,actual,detail\n';

describe('dataset row limit', () => {
  it('counts the rows after the header, with or without a final line break, CRLF alike', () => {
    expect(csvRowCount(bytes(''))).toBe(0);
    expect(csvRowCount(bytes('a,b'))).toBe(0);
    expect(csvRowCount(bytes('a,b\n'))).toBe(0);
    expect(csvRowCount(bytes('a,b\n1,2\n3,4'))).toBe(2);
    expect(csvRowCount(bytes('a,b\r\n1,2\r\n3,4\r\n'))).toBe(2);
    const facts = readFileSync('data/facts.csv');
    expect(csvRowCount(facts)).toBe(readFileSync('data/facts.csv', 'utf8').trim().split('\n').length - 1);
  });

  it('says which file is over the limit and by how much; at the limit is fine', () => {
    expect(rowsProblem('facts.csv', MAX_DATASET_ROWS)).toBeNull();
    expect(rowsProblem('facts.csv', MAX_DATASET_ROWS + 1)).toBe('facts.csv: 1,000,001 rows, over the limit of 1,000,000 rows per file');
  });

  it('refuses a dataset file over the limit before it is loaded, and accepts one at the limit', () => {
    const file = (rows: number) => bytes(HEADER + 'x,y,pass,1,1,\n'.repeat(rows));
    expect(headerProblem('checks', file(MAX_DATASET_ROWS))).toBeNull();
    expect(headerProblem('checks', file(MAX_DATASET_ROWS + 1))).toBe('data/checks.csv: 1,000,001 rows, over the limit of 1,000,000 rows per file');
  });
});
