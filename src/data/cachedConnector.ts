/**
 * Results of read-only statements kept by their SQL, as Mosaic's coordinator does: going back to a
 * filter already seen costs no round trip to the wasm worker. Any other statement (a report added or
 * removed here) empties the cache first, so a result never outlives the data it was computed from.
 */
import type { Connector, SqlRow } from './connector';

const READ = /^\s*(select|with|from)\b/i;

export function cachedConnector(inner: Connector, maxEntries = 500): Connector {
  const cache = new Map<string, Promise<SqlRow[]>>();
  return {
    query<T extends SqlRow>(sql: string): Promise<T[]> {
      if (!READ.test(sql)) {
        cache.clear();
        return inner.query<T>(sql);
      }
      let hit = cache.get(sql);
      if (hit) {
        // Most recently used last: the oldest entry is the first to go.
        cache.delete(sql);
      } else {
        hit = inner.query(sql);
        hit.catch(() => cache.get(sql) === hit && cache.delete(sql));
        if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, hit);
      // Callers get their own copy of the rows: a view that changes one must not change the cache.
      return hit.then((rows) => rows.map((r) => ({ ...r })) as T[]);
    },
  };
}
