/** SQL literals. Every value that reaches SQL from the URL, a filter or a document goes through these. */

export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export function sqlInt(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
  return String(value);
}

export function sqlList(values: readonly string[]): string {
  return `(${values.map(sqlString).join(', ')})`;
}
