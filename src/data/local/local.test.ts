/** Reports added in the browser: dataset CSVs read back, metadata edits, and the SQL that joins them to the data (DuckDB for Node). */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { EARLIER_REPORT_COLUMNS, REPORT_COLUMNS, checksCsv, factsCsv, reportsCsv } from '../../extract/csv';
import { fixture } from '../../extract/__fixtures__/load';
import type { Connector } from '../connector';
import { NO_FILTERS } from '../filters';
import { nodeConnector } from '../nodeConnector';
import { LOCAL_MARK, compareCells, overviewTotals, publishedSourceFile, searchAgencies, trend } from '../queries';
import { VIEWS_SQL } from '../schema';
import { readDatasetCsvs } from './datasetCsv';
import { editMetadata } from './editMetadata';
import { insertLocalSql, removeLocalSql, runAll } from './localSql';
import type { LocalReport } from './types';
import { upgradeLocal } from './upgrade';

const published = (file: string) => ({ name: file, text: readFileSync(`data/${file}`, 'utf8') });
/** The published reports: data/raw's five, the three PDFs and the twelve 平潭 reports (one reports.csv row each). */
const PUBLISHED_REPORTS = 20;
const xihu = () => fixture('pipe-2021.md');
const asLocal = (e: ReturnType<typeof xihu>): LocalReport => ({ report: e.report, facts: e.facts, checks: e.checks, file_name: 'pasted-1.txt', added_at: '2026-11-23T00:00:00Z', edited: [] });

describe('dataset CSVs a user brings', () => {
  it('reads the published files back into the same reports, facts and checks', () => {
    const { entries, problems } = readDatasetCsvs(['reports.csv', 'facts.csv', 'checks.csv'].map(published), 200_000);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(PUBLISHED_REPORTS);
    expect(entries).toHaveLength(published('reports.csv').text.trim().split('\n').length - 1);
    const wuzhong = entries.find((e) => e.report.agency === '吴忠市民政局')!;
    const procurement = wuzhong.facts.find((f) => f.section === 'active' && f.item === 'procurement' && f.measure === 'amount_10k_yuan')!;
    expect(procurement).toMatchObject({ value: 773.5, status: 'reported', unit: '万元' });
    // Round trip: written again, every file is the published bytes (a swapped column or value fails here).
    expect(reportsCsv(entries.map((e) => e.report))).toBe(published('reports.csv').text.replace(/\r/g, ''));
    expect(factsCsv(entries.flatMap((e) => e.facts))).toBe(published('facts.csv').text.replace(/\r/g, ''));
    expect(checksCsv(entries.flatMap((e) => e.checks))).toBe(published('checks.csv').text.replace(/\r/g, ''));
  });

  it('loads a reports.csv written before agency_as_printed, source_url and the metadata columns, with those empty', () => {
    const earlier = published('reports.csv').text.split('\n').filter(Boolean).map((l) => l.split(',').slice(0, EARLIER_REPORT_COLUMNS.length).join(','));
    // The cut is safe: no earlier column of the published file holds a comma.
    expect(earlier[0]).toBe(EARLIER_REPORT_COLUMNS.join(','));
    const { entries, problems } = readDatasetCsvs([{ name: 'reports.csv', text: earlier.join('\n') + '\n' }, published('facts.csv')], 200_000);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(PUBLISHED_REPORTS);
    const wuchang = entries.find((e) => e.report.agency === '武昌区民政局')!;
    expect(wuchang.report).toMatchObject({ report_year: 2020, year_inferred: true, agency_as_printed: '', source_url: '', metadata_flags: [], metadata_missing: '' });
    // The current file carries them.
    const current = readDatasetCsvs([published('reports.csv')], 200_000).entries.find((e) => e.report.agency === '武昌区民政局')!;
    expect(current.report).toMatchObject({ agency_as_printed: '武昌区民政局', metadata_flags: ['year_inferred'] });
  });

  it('keeps a blank a blank, not a zero', () => {
    const { entries } = readDatasetCsvs(['reports.csv', 'facts.csv'].map(published), 200_000);
    const blank = entries.flatMap((e) => e.facts).find((f) => f.status === 'blank')!;
    expect(blank.value).toBeNull();
  });

  it('names wrong columns, bad numbers, orphan facts and files over the row limit', () => {
    expect(readDatasetCsvs([{ name: 'x.csv', text: 'a,b\n1,2\n' }], 10).problems[0]).toMatch(/^x\.csv: wrong columns/);
    const facts = published('facts.csv').text;
    const { entries, problems } = readDatasetCsvs([{ name: 'facts.csv', text: facts }], 200_000);
    expect(entries).toEqual([]);
    expect(problems.some((p) => /facts or checks without its row in reports\.csv/.test(p))).toBe(true);
    expect(readDatasetCsvs([{ name: 'facts.csv', text: facts }], 100).problems[0]).toMatch(/over the limit of 100 rows/);
    const lines = facts.split('\n');
    // 吴忠's 773.5 turned into a word: the report is left out, and the row is named.
    const broken = lines.map((l) => l.replace(',773.5,', ',seven,')).join('\n');
    const result = readDatasetCsvs([published('reports.csv'), { name: 'facts.csv', text: broken }], 200_000);
    expect(result.entries.map((e) => e.report.agency)).not.toContain('吴忠市民政局');
    expect(result.entries).toHaveLength(PUBLISHED_REPORTS - 1);
    expect(result.problems.join('\n')).toMatch(/facts\.csv row \d+ value: "seven" is not a number/);
  });
});

describe('metadata edited before keeping', () => {
  it('moves the year, the agency id and the checks with the edit, and records it', () => {
    const e = xihu();
    const { entry, edited } = editMetadata(e, { report_year: '2024', agency: '杭州市西湖区另一局', agency_type: '另一局' });
    expect(edited).toEqual(['agency', 'agency_type', 'report_year']);
    expect(entry.report).toMatchObject({ report_year: 2024, agency_id: '330106-另一局', year_inferred: false });
    const newReceived = entry.facts.find((f) => f.item === 'new_received' && f.measure === 'total' && f.origin === 'table')!;
    expect(newReceived).toMatchObject({ year: 2024, report_year: 2024, agency: '杭州市西湖区另一局', value: 21 });
    expect(e.report.report_year).toBe(2023); // the extraction itself is untouched
    expect(editMetadata(e, { agency: e.report.agency }).edited).toEqual([]);
  });
});

describe('metadata the extraction could not find, supplied before keeping', () => {
  it('drops the flags and notes of the fields the person gave, and keeps the others', () => {
    const e = xihu();
    const report = { ...e.report, agency: '', report_year: null, metadata_flags: ['agency_missing', 'year_missing'] as LocalReport['report']['metadata_flags'], metadata_missing: 'agency: none found; year: none found' };
    const { entry } = editMetadata({ ...e, report }, { agency: '杭州市西湖区示例局' });
    expect(entry.report).toMatchObject({ agency: '杭州市西湖区示例局', metadata_flags: ['year_missing'], metadata_missing: 'year: none found' });
    const both = editMetadata(entry, { report_year: '2023' }).entry;
    expect(both.report).toMatchObject({ metadata_flags: [], metadata_missing: '' });
  });
});

describe('a local report in the in-browser tables', () => {
  let db: Connector;
  beforeEach(async () => {
    db = await nodeConnector('data');
  });
  const apply = async (statements: string[]) => {
    await runAll(db, statements);
    for (const sql of VIEWS_SQL) await db.query(sql);
  };

  it('joins the totals, search, compare and trends, marked as local, and leaves again', async () => {
    const local = asLocal(xihu());
    await apply(insertLocalSql(local));
    const { coverage, totals } = await overviewTotals(db, NO_FILTERS);
    // The published 20 reports of 10 agencies in 6 provinces, and 西湖区示例局 (浙江省 is there already).
    expect(coverage).toMatchObject({ reports: PUBLISHED_REPORTS + 1, agencies: 11, provinces: 6 });
    // Bodies: the 5 published ones' 2 new requests (000's) + 西湖区示例局's 21.
    expect(totals.find((t) => t.scope === 'body')).toMatchObject({ reports: 6, requests_new: 23 });
    const [hit] = await searchAgencies(db, '西湖区示例');
    expect(hit.agency).toBe(`杭州市西湖区示例局${LOCAL_MARK}`);
    const cells = await compareCells(db, [hit.agency_id]);
    expect(cells.find((c) => c.item === 'new_received' && c.measure === 'total')).toMatchObject({ value: 21, agency: `杭州市西湖区示例局${LOCAL_MARK}` });
    expect(await trend(db, 'applications.new_received.total', [hit.agency_id], NO_FILTERS)).toMatchObject([{ year: 2023, value: 21 }]);
    // Not the published dataset's: a second copy would be recognised as local, not published.
    expect(await publishedSourceFile(db, local.report.report_id)).toBeUndefined();

    await apply(removeLocalSql(local.report.report_id));
    expect((await overviewTotals(db, NO_FILTERS)).coverage).toMatchObject({ reports: PUBLISHED_REPORTS, agencies: 10 });
    expect(await searchAgencies(db, '西湖区示例')).toEqual([]);
  });

  it('restores a report kept under the earlier contract (no metadata columns) with those columns empty', async () => {
    const earlier: Record<string, unknown> = { ...xihu().report };
    for (const column of REPORT_COLUMNS.slice(EARLIER_REPORT_COLUMNS.length)) delete earlier[column];
    const kept = { ...asLocal(xihu()), report: earlier } as unknown as LocalReport;
    expect(kept.report.metadata_flags).toBeUndefined();
    const local = upgradeLocal(kept);
    expect(local.report).toMatchObject({ agency: '杭州市西湖区示例局', report_year: 2023, agency_as_printed: '', source_url: '', metadata_flags: [], metadata_missing: '' });
    await apply(insertLocalSql(local));
    const [row] = await db.query<{ agency: string; report_year: number; metadata_flags: string | null }>(
      `SELECT agency, report_year, metadata_flags FROM reports WHERE report_id = '${local.report.report_id}'`,
    );
    expect(row).toEqual({ agency: '杭州市西湖区示例局', report_year: 2023, metadata_flags: null });
    expect(await trend(db, 'applications.new_received.total', [local.report.agency_id], NO_FILTERS)).toMatchObject([{ year: 2023, value: 21 }]);
  });

  it('adds all of a report or nothing', async () => {
    const local = asLocal(xihu());
    const statements = insertLocalSql(local);
    await expect(runAll(db, [...statements.slice(0, 2), 'INSERT INTO checks (report_id) VALUES (1, 2)'])).rejects.toThrow();
    expect(await db.query(`SELECT * FROM reports WHERE report_id = '${local.report.report_id}'`)).toEqual([]);
    expect((await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM facts WHERE report_id = '${local.report.report_id}'`))[0].n).toBe(0);
  });
});
