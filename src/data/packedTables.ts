/**
 * Tables of the packed layout (src/data/pack.ts writes them, src/data/load reads them), their row order,
 * and the statements that give them the names every query uses.
 *
 * facts is ordered by report, so one report's facts are a few adjacent blocks: the report page reads
 * only those. facts_shown is not stored twice: a `shown` column marks its rows in facts (stored apart it
 * doubled the file, 1.3 GB at 150,000 reports); facts_preferred is its reported part. report_wide is
 * stored as its figures only and joined to reports in memory, so each report's text columns travel once.
 *
 * chart_cells is what every chart and trend reads, stored a second time apart from facts, narrow (no
 * source text) and ordered by key, then province and year: a chart of one key reads that key's blocks,
 * and a filter on province (and year) only the blocks of its slice, where in report order it read them all.
 * Its cells name their report by a number (report_numbers, copied into memory): a report id in key order
 * is a random string that does not compress (465 MB of the file at 150,000 reports); numbers given in
 * the cells' own order (province, year) do, to a few bits each.
 */
import { LOCAL_TABLE_SQL } from './schema';

export const PACKED_TABLES = {
  reports: 'report_year, province, report_id',
  report_figures: 'report_id',
  jurisdiction_nesting: 'report_id',
  facts: 'report_id, section, item, measure, year',
  checks: 'report_id',
  report_numbers: 'report_no',
  chart_cells: 'section, item, measure, province, report_year, report_no, year',
  key_coverage: 'section, item, measure',
  flag_coverage: 'flag',
} as const;

/** Over the packed file ATTACHed as `packed`: report-level tables copied into memory, the rest left remote. */
export const PACKED_SCHEMA_SQL = [
  'CREATE TABLE reports AS SELECT * FROM packed.reports',
  'CREATE TABLE report_figures AS SELECT * FROM packed.report_figures',
  'CREATE TABLE jurisdiction_nesting AS SELECT * FROM packed.jurisdiction_nesting',
  'CREATE VIEW report_wide AS SELECT r.*, w.* EXCLUDE (report_id) FROM reports r JOIN report_figures w USING (report_id)',
  'CREATE VIEW facts AS SELECT * EXCLUDE (shown) FROM packed.facts',
  'CREATE VIEW facts_shown AS SELECT * EXCLUDE (shown) FROM packed.facts WHERE shown',
  "CREATE VIEW facts_preferred AS SELECT * FROM facts_shown WHERE status = 'reported'",
  'CREATE VIEW checks AS SELECT * FROM packed.checks',
  'CREATE TABLE report_numbers AS SELECT * FROM packed.report_numbers',
  'CREATE VIEW chart_cells AS SELECT n.report_id, c.* EXCLUDE (report_no) FROM packed.chart_cells c JOIN report_numbers n USING (report_no)',
  // Read whole when Trends lists its keys (about 1 MB at 150,000 reports, where chart_cells is 100 times that).
  'CREATE VIEW key_coverage AS SELECT * FROM packed.key_coverage',
  'CREATE VIEW flag_coverage AS SELECT * FROM packed.flag_coverage',
  // Empty: the packed file is read-only, so reports added in the browser cannot join it.
  LOCAL_TABLE_SQL,
];
