/**
 * The one interface every query goes through. The browser runs DuckDB-WASM behind it (engine.ts);
 * tests run the same SQL on DuckDB for Node (testing/nodeConnector.ts).
 */
export type SqlValue = string | number | boolean | null;
export type SqlRow = Record<string, SqlValue>;

export interface Connector {
  query<T extends SqlRow = SqlRow>(sql: string): Promise<T[]>;
}
