import { describe, expect, it } from 'vitest';
import { cachedConnector } from './cachedConnector';
import type { Connector } from './connector';

/** A connector that counts the statements that reach it. */
function counting(fail = new Set<string>()) {
  const seen: string[] = [];
  const db: Connector = {
    async query<T>(sql: string) {
      seen.push(sql);
      if (fail.has(sql)) throw new Error('boom');
      return [{ sql, n: seen.length }] as T[];
    },
  };
  return { db, seen };
}

describe('cachedConnector', () => {
  it('answers a repeated read from memory, with rows the caller may change', async () => {
    const { db, seen } = counting();
    const c = cachedConnector(db);
    const first = await c.query('SELECT 1');
    first[0].n = 99;
    expect(await c.query('SELECT 1')).toEqual([{ sql: 'SELECT 1', n: 1 }]);
    await c.query('WITH x AS (SELECT 2) FROM x');
    expect(seen).toEqual(['SELECT 1', 'WITH x AS (SELECT 2) FROM x']);
  });

  it('forgets everything when a statement changes data', async () => {
    const { db, seen } = counting();
    const c = cachedConnector(db);
    await c.query('SELECT count(*) FROM reports');
    await c.query("INSERT INTO reports VALUES ('x')");
    expect(await c.query('SELECT count(*) FROM reports')).toEqual([{ sql: 'SELECT count(*) FROM reports', n: 3 }]);
    expect(seen).toHaveLength(3);
  });

  it('does not keep failures, and drops the least recently used beyond its size', async () => {
    const { db, seen } = counting(new Set(['SELECT bad']));
    const c = cachedConnector(db, 2);
    await expect(c.query('SELECT bad')).rejects.toThrow('boom');
    await expect(c.query('SELECT bad')).rejects.toThrow('boom');
    await c.query('SELECT a');
    await c.query('SELECT b');
    await c.query('SELECT a'); // a is now the most recent
    await c.query('SELECT c'); // evicts b
    await c.query('SELECT a');
    await c.query('SELECT b');
    expect(seen).toEqual(['SELECT bad', 'SELECT bad', 'SELECT a', 'SELECT b', 'SELECT c', 'SELECT b']);
  });
});
