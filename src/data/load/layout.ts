/**
 * How the built site lays out its dataset, decided at build time (scripts/build/dataset.ts):
 * - `csv`: the three CSV files, fetched whole and loaded into memory. The real dataset is small and
 *   this is the simplest, so it stays the default.
 * - `packed`: one DuckDB database file (src/data/pack.ts) ATTACHed over HTTP with range requests; the
 *   report-level tables are copied into memory, facts stay in the file and each query reads only the
 *   blocks it needs. For large datasets, where fetching facts.csv whole is not possible.
 */
export type DataLayout = 'csv' | 'packed';

/** The packed file's name under <base>data/. */
export const PACKED_FILE = 'dataset.duckdb';

/** facts.csv above this size is packed unless DATA_LAYOUT says otherwise (the real dataset is 0.2 MB). */
export const PACK_ABOVE_BYTES = 64 * 1024 * 1024;
