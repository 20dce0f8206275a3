import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTRACT_COLUMNS, headerProblem } from './datasetCheck';
import { DATASET_FILES, type DatasetTable, createTablesSql } from './schema';

const bytes = (text: string) => new TextEncoder().encode(text);
const TABLES = Object.keys(DATASET_FILES) as DatasetTable[];

describe('dataset header check', () => {
  it('accepts the real files, with or without a byte-order mark and CRLF', () => {
    for (const table of TABLES) expect(headerProblem(table, readFileSync(`data/${DATASET_FILES[table]}`))).toBeNull();
    expect(headerProblem('checks', bytes('\ufeffreport_id,check,status,expected,actual,detail\r\nx,y,pass,1,1,\r\n'))).toBeNull();
    expect(headerProblem('checks', bytes('report_id,check,status,expected,actual,detail'))).toBeNull();
  });

  it('refuses reordered, missing or extra columns, another file, binary bytes and an empty file, naming the file', () => {
    expect(headerProblem('checks', bytes('report_id,status,check,expected,actual,detail\n'))).toMatch(/^data\/checks.csv: its header is not the dataset's .*found report_id,status,check/);
    expect(headerProblem('checks', bytes('report_id,check,status,expected,actual\n'))).toMatch(/header is not/);
    expect(headerProblem('checks', bytes('report_id,check,status,expected,actual,detail,extra\n'))).toMatch(/header is not/);
    expect(headerProblem('facts', readFileSync('data/reports.csv'))).toMatch(/^data\/facts.csv: .*found report_id,source_file,sha256/);
    expect(headerProblem('facts', bytes('<!doctype html><title>404</title>\n'))).toMatch(/header is not/);
    expect(headerProblem('facts', new Uint8Array([0xff, 0xfe, 0x00, 0x80, 0x0a]))).toBe('data/facts.csv: not UTF-8 text');
    expect(headerProblem('reports', new Uint8Array())).toMatch(/found nothing\)$/);
  });

  it('checks the columns the browser tables are built with', () => {
    // The CREATE statements list each table's columns in order; they must be the contract's.
    createTablesSql().forEach((sql, i) => {
      const names = [...sql.matchAll(/'(\w+)': '/g)].map((m) => m[1]);
      expect(names, TABLES[i]).toEqual([...CONTRACT_COLUMNS[TABLES[i]]]);
    });
  });
});
