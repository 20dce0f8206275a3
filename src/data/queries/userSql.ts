/** The SQL view: a user's read-only statement, its errors placed in their own text, and the schema it offers. */
import type { Connector } from '../connector';
import { sqlList } from '../sql';

export const SQL_ROW_LIMIT = 10_000;
const READ_ONLY = /^(select|with|from|describe|show|summarize|values|table|pivot|unpivot)\b/i;

/**
 * A user's statement on the dataset, read-only and one statement at a time. The engine has already
 * turned external access off and locked its configuration; this check gives a clear message first.
 * Every statement runs as a subquery, where DuckDB accepts nothing that writes (a top-level
 * `WITH … DELETE` would); EXPLAIN ANALYZE runs what it explains, so it too explains only a subquery.
 */
export async function runUserSql(db: Connector, sql: string): Promise<{ rows: SqlRowOut[]; truncated: boolean }> {
  const statement = sql.trim().replace(/;\s*$/, '');
  const withoutStrings = statement.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"/g, "''");
  const [, explain = '', body] = /^(explain\s+(?:analyze\s+)?)?([\s\S]*)$/i.exec(statement)!;
  if (!READ_ONLY.test(body)) throw new Error('Only read-only queries (SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN) can run here.');
  if (withoutStrings.includes(';')) throw new Error('Run one statement at a time.');
  // The line break keeps a trailing -- comment from swallowing the parenthesis.
  const query = `SELECT * FROM (${body}\n)`;
  const wrapped = explain ? `${explain}${query}` : `${query} LIMIT ${SQL_ROW_LIMIT + 1}`;
  let rows: SqlRowOut[];
  try {
    rows = await db.query<SqlRowOut>(wrapped);
  } catch (e) {
    throw userSqlError((e as Error).message, wrapped, statement);
  }
  return { rows: rows.slice(0, SQL_ROW_LIMIT), truncated: rows.length > SQL_ROW_LIMIT };
}

/** A failed statement: DuckDB's message without the excerpt of the query it ran, and where in the user's own statement it points. */
export class UserSqlError extends Error {
  constructor(readonly duckdb: string, readonly line?: number, readonly column?: number) {
    super(duckdb);
  }
}

/**
 * DuckDB ends a message with `LINE n: <the query it ran>` and a caret: that query is the wrapper around the
 * user's statement, which the page must not show as theirs. The excerpt is dropped and its caret placed in
 * the user's statement (the wrapper inserts `SELECT * FROM (` into its first line, after any EXPLAIN).
 */
export function userSqlError(message: string, wrapped: string, statement: string): UserSqlError {
  const at = /\n+LINE (\d+): (.*)\n( *)\^\s*$/.exec(message);
  if (!at) return new UserSqlError(message.trim());
  const duckdb = message.slice(0, at.index).trim();
  const line = Number(at[1]);
  const quoted = at[2];
  const caret = at[3].length - `LINE ${at[1]}: `.length;
  const wrapperLine = wrapped.split('\n')[line - 1] ?? '';
  // A long line is quoted as a window starting with `...`.
  const start = quoted.startsWith('...') ? wrapperLine.indexOf(quoted.slice(3)) - 3 : 0;
  const column = start + caret - (line === 1 ? 'SELECT * FROM ('.length : 0);
  const userLines = statement.split('\n');
  if (line > userLines.length || column < 0 || column > (userLines[line - 1]?.length ?? 0)) return new UserSqlError(duckdb);
  return new UserSqlError(duckdb, line, column + 1);
}
type SqlRowOut = Record<string, string | number | boolean | null>;

export interface SchemaColumn {
  table_name: string;
  column_name: string;
  data_type: string;
}

/** The columns of the tables and views the SQL view offers, in their order (those of this database, not the packed file's). */
export async function schemaColumns(db: Connector, tables: readonly string[]): Promise<SchemaColumn[]> {
  if (tables.length === 0) return [];
  return db.query<SchemaColumn & Record<string, string>>(`
    SELECT table_name, column_name, data_type FROM information_schema.columns
    WHERE table_catalog = current_database() AND table_schema = 'main' AND table_name IN ${sqlList(tables)}
    ORDER BY table_name, ordinal_position`);
}
