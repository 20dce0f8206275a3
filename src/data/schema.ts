/**
 * Tables and views of the in-browser database. Column types are stated, never sniffed: sniffing reads
 * division_code 420106 as a number and an all-digit report_id as an integer.
 */

const REPORT_TYPES = {
  report_id: 'VARCHAR', source_file: 'VARCHAR', sha256: 'VARCHAR', agency: 'VARCHAR', agency_id: 'VARCHAR',
  agency_type: 'VARCHAR', province: 'VARCHAR', city: 'VARCHAR', county: 'VARCHAR', division_code: 'VARCHAR',
  admin_level: 'VARCHAR', scope: 'VARCHAR', report_year: 'INTEGER', year_inferred: 'BOOLEAN', form_version: 'VARCHAR',
  published_date: 'VARCHAR', checks_passed: 'INTEGER', checks_failed: 'INTEGER', agency_as_printed: 'VARCHAR',
  source_url: 'VARCHAR', metadata_flags: 'VARCHAR', metadata_missing: 'VARCHAR', layout: 'VARCHAR',
};
const FACT_TYPES = {
  report_id: 'VARCHAR', source_file: 'VARCHAR', agency: 'VARCHAR', year: 'INTEGER', report_year: 'INTEGER',
  section: 'VARCHAR', item: 'VARCHAR', measure: 'VARCHAR', value: 'DOUBLE', unit: 'VARCHAR', origin: 'VARCHAR',
  status: 'VARCHAR', raw: 'VARCHAR', line: 'INTEGER', page: 'INTEGER', flags: 'VARCHAR',
};
const CHECK_TYPES = { report_id: 'VARCHAR', check: 'VARCHAR', status: 'VARCHAR', expected: 'DOUBLE', actual: 'DOUBLE', detail: 'VARCHAR' };

export const DATASET_FILES = { reports: 'reports.csv', facts: 'facts.csv', checks: 'checks.csv' } as const;
export type DatasetTable = keyof typeof DATASET_FILES;

const columns = (types: Record<string, string>) =>
  `{${Object.entries(types).map(([name, type]) => `'${name}': '${type}'`).join(', ')}}`;

const TYPES: Record<DatasetTable, Record<string, string>> = { reports: REPORT_TYPES, facts: FACT_TYPES, checks: CHECK_TYPES };

/** CREATE statements reading the dataset CSVs from `paths` (file names registered with the engine). */
export function createTablesSql(paths: Record<DatasetTable, string> = DATASET_FILES): string[] {
  return (Object.keys(TYPES) as DatasetTable[]).map(
    (table) =>
      `CREATE OR REPLACE TABLE ${table} AS SELECT * FROM read_csv('${paths[table]}', header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, columns = ${columns(TYPES[table])})`,
  );
}

/** Precedence of origins when a key has several: table > corrected > narrative > derived. */
export const ORIGIN_RANK = `CASE origin WHEN 'table' THEN 1 WHEN 'corrected' THEN 2 WHEN 'narrative' THEN 3 ELSE 4 END`;

const sumOf = (items: string[], measure = 'total') =>
  `SUM(CASE WHEN section = 'applications' AND measure = '${measure}' AND item IN (${items.map((i) => `'${i}'`).join(', ')}) THEN value END)`;
const one = (section: string, item: string, measure: string) =>
  `MAX(CASE WHEN section = '${section}' AND item = '${item}' AND measure = '${measure}' THEN value END)`;

const WITHHELD = ['withheld_state_secret', 'withheld_prohibited_by_law', 'withheld_security_stability', 'withheld_third_party', 'withheld_internal_affairs', 'withheld_process_info', 'withheld_enforcement_files', 'withheld_query_matter'];
const UNABLE = ['unable_not_held', 'unable_needs_creation', 'unable_unclear'];
const NOT_PROCESSED = ['not_processed_complaint', 'not_processed_duplicate', 'not_processed_publication', 'not_processed_excessive', 'not_processed_confirmation'];
/** The three rows the 2021 form usually splits （六）其他处理 into; where the row itself is reported, it wins. */
const OTHER_PARTS = ['other_no_correction', 'other_unpaid_fees', 'other_other'];

/** The outcome groups of table 三 and the rows that make each one up. */
export const OUTCOME_GROUPS: Record<string, string[]> = {
  outcome_disclosed: ['disclosed'],
  outcome_partially_disclosed: ['partially_disclosed'],
  outcome_withheld: WITHHELD,
  outcome_unable: UNABLE,
  outcome_not_processed: NOT_PROCESSED,
  outcome_other: ['other_handling', ...OTHER_PARTS],
};

/**
 * The report fields every filter reads (filters.ts), carried on each chart cell so that a filter is a
 * condition on the cell itself: in the packed layout the cells are ordered by key, province and year, and
 * a condition on them lets DuckDB skip the blocks it does not need.
 */
export const FILTER_FIELDS = ['report_year', 'province', 'admin_level', 'agency_type', 'form_version'] as const;

/** facts_shown's cells, narrowed to what charts read, with their report's filter fields (alias `r`). */
export const CHART_CELLS_SELECT = `SELECT x.report_id, ${FILTER_FIELDS.map((c) => `r.${c}`).join(', ')},
  x.year, x.section, x.item, x.measure, x.value, x.unit, x.status, x.origin, coalesce(x.flags, '') AS flags
  FROM facts_shown x JOIN reports r USING (report_id)`;

/** The distinct (key, filter fields) of chart_cells with a reported value. */
export const KEY_COVERAGE_SELECT = `SELECT DISTINCT section, item, measure, ${FILTER_FIELDS.join(', ')} FROM chart_cells WHERE status = 'reported'`;

/**
 * Facts and reports per flag and filter fields: Quality's flag counts without reading every fact's flags.
 * A report has one set of filter fields, so its count adds up across them.
 */
const FLAG_COVERAGE_SELECT = `SELECT x.flag, ${FILTER_FIELDS.map((c) => `r.${c}`).join(', ')}, count(*)::INTEGER AS facts, count(DISTINCT x.report_id)::INTEGER AS reports
  FROM (SELECT report_id, unnest(string_split(flags, ';')) AS flag FROM facts WHERE coalesce(flags, '') <> '') x JOIN reports r USING (report_id)
  GROUP BY ALL`;

/** Ranks the cells of one key: a reported value first, then by origin precedence (rank 1 is the one a view shows). */
export const SHOWN_RANK = `row_number() OVER (PARTITION BY report_id, year, section, item, measure ORDER BY status = 'reported' DESC, ${ORIGIN_RANK})`;

/** Which reports were added in this browser (empty elsewhere): views mark them, the snapshot steps aside for them. */
export const LOCAL_TABLE_SQL = 'CREATE TABLE IF NOT EXISTS local_reports (report_id VARCHAR PRIMARY KEY, file_name VARCHAR, added_at VARCHAR, edited VARCHAR)';

/**
 * facts_shown: one cell per report, year and key, as a view shows it: a reported value by origin
 * precedence, else the blank or unreadable cell, so gaps show as gaps. facts_preferred: its reported
 * values only. chart_cells: facts_shown with its report's filter fields; key_coverage and flag_coverage:
 * which keys have values, and how many facts carry each flag, under which filter fields.
 * jurisdiction_nesting: which whole-area report lies inside which. report_wide: one row per report with
 * its main figures, for charts and SQL users. A group total is the sum of its reported rows; money
 * flagged unit_missing is left out. Tables are materialised once after loading and after each local
 * change (the data does not change under them), so filter changes do not recompute them.
 */
export const VIEWS_SQL = [
  LOCAL_TABLE_SQL,
  `CREATE OR REPLACE TABLE facts_shown AS
   SELECT * EXCLUDE (rank) FROM (
     SELECT *, ${SHOWN_RANK} AS rank FROM facts) WHERE rank = 1`,
  `CREATE OR REPLACE VIEW facts_preferred AS SELECT * FROM facts_shown WHERE status = 'reported'`,
  // What charts and trends read (src/data/queries/), materialised like facts_shown (as a view, its join ran in
  // every chart query); ordered by key in the packed file.
  `CREATE OR REPLACE TABLE chart_cells AS ${CHART_CELLS_SELECT}`,
  // Which keys have a reported value for which filter fields: the keys Trends offers, without reading every cell.
  `CREATE OR REPLACE TABLE key_coverage AS ${KEY_COVERAGE_SELECT}`,
  `CREATE OR REPLACE TABLE flag_coverage AS ${FLAG_COVERAGE_SELECT}`,
  // Whole-area reports inside another of the same year (a province holds its cities and counties, a
  // city its counties): sums leave the inner one out when both are counted.
  `CREATE OR REPLACE TABLE jurisdiction_nesting AS
   SELECT s.report_id, o.report_id AS container_id
   FROM reports s JOIN reports o ON s.scope = 'jurisdiction' AND o.scope = 'jurisdiction' AND o.report_year = s.report_year
     AND o.division_code <> s.division_code
     AND ((o.division_code LIKE '__0000' AND left(s.division_code, 2) = left(o.division_code, 2))
       OR (o.division_code LIKE '____00' AND left(s.division_code, 4) = left(o.division_code, 4)))`,
  // inside_of: the whole-area reports (their filterable fields) whose area holds this one's, so a sum can
  // leave it out when one of them is counted too, without a join on every filter change.
  `CREATE OR REPLACE TABLE report_wide AS
   SELECT w.*, (SELECT list(struct_pack(report_id := o.report_id, report_year := o.report_year, province := o.province,
       admin_level := o.admin_level, agency_type := o.agency_type, form_version := o.form_version))
     FROM jurisdiction_nesting n JOIN reports o ON o.report_id = n.container_id WHERE n.report_id = w.report_id) AS inside_of
   FROM (SELECT r.*,
     ${one('applications', 'new_received', 'total')} AS requests_new,
     ${one('applications', 'carried_over', 'total')} AS requests_carried_over,
     ${one('applications', 'disclosed', 'total')} AS outcome_disclosed,
     ${one('applications', 'partially_disclosed', 'total')} AS outcome_partially_disclosed,
     ${sumOf(WITHHELD)} AS outcome_withheld,
     ${sumOf(UNABLE)} AS outcome_unable,
     ${sumOf(NOT_PROCESSED)} AS outcome_not_processed,
     coalesce(${one('applications', 'other_handling', 'total')}, ${sumOf(OTHER_PARTS)}) AS outcome_other,
     ${one('applications', 'total_handled', 'total')} AS outcome_total,
     ${one('applications', 'carried_forward', 'total')} AS requests_carried_forward,
     ${one('active', 'procurement', 'items')} AS procurement_items,
     MAX(CASE WHEN section = 'active' AND item = 'procurement' AND measure = 'amount_10k_yuan' AND NOT contains(coalesce(flags, ''), 'unit_missing') THEN value END) AS procurement_10k_yuan,
     ${one('review_litigation', 'admin_review', 'total')} AS admin_review_total,
     (${one('review_litigation', 'litigation_direct', 'total')} + ${one('review_litigation', 'litigation_after_review', 'total')}) AS litigation_total,
     ${one('active_volume', 'total', 'count')} AS active_volume_total
   FROM reports r LEFT JOIN facts_preferred f ON f.report_id = r.report_id AND f.year = r.report_year
   GROUP BY ALL) w`,
];
