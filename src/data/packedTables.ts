/**
 * Tables of the packed layout (src/data/pack.ts writes them, src/data/load reads them) and their row
 * order. facts is ordered by report, so one report's facts are a few adjacent blocks (the report page
 * reads only those); facts_preferred by key, so a chart of one key reads one run of blocks.
 */
export const PACKED_TABLES = {
  reports: 'report_year, province, report_id',
  report_wide: 'report_year, province, report_id',
  jurisdiction_nesting: 'report_id',
  facts: 'report_id, section, item, measure, year',
  facts_preferred: 'section, item, measure, report_id, year',
  checks: 'report_id',
} as const;

/** Tables the browser copies into memory when it loads the packed file; the others stay remote. */
export const PACKED_LOCAL: (keyof typeof PACKED_TABLES)[] = ['reports', 'report_wide', 'jurisdiction_nesting'];
