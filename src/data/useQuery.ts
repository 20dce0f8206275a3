/** A typed query as React state: runs on the shared engine whenever its dependencies change. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Connector } from './connector';
import { getEngine } from './engine';
import { storedCount } from './local/store';
import { dataRevision, subscribeRevision } from './revision';
import { type OverviewSnapshot, loadSnapshot } from './snapshot';

export interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

let pending = 0;
let settled = 0;
/**
 * Marks the page busy while any query runs, and counts the times it settled, so tests and benchmarks can
 * wait for charts to update (a cached answer settles within the same task, too fast to see busy).
 */
function busy(delta: number) {
  pending += delta;
  document.body.dataset.busy = pending > 0 ? 'true' : 'false';
  if (pending === 0) document.body.dataset.settled = String(++settled);
}

/** The data's revision as React state: it moves when a report is added or removed in this browser. */
export const useDataRevision = () => useSyncExternalStore(subscribeRevision, dataRevision);

/** A typed query run once, outside React state: e.g. a download's rows, fetched when asked for. */
export const runQuery = <T>(run: (db: Connector) => Promise<T>): Promise<T> => getEngine().then((engine) => run(engine.connector));

/**
 * `enabled: false` leaves the query idle (its data comes from elsewhere, e.g. the build's snapshot).
 * Queries run again when the data changes.
 */
export function useQuery<T>(run: (db: Connector) => Promise<T>, deps: unknown[], enabled = true): QueryState<T> {
  const revision = useDataRevision();
  const [state, setState] = useState<QueryState<T>>({ data: undefined, error: undefined, loading: enabled });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    busy(1);
    setState((s) => ({ ...s, loading: true }));
    const started = performance.now();
    runQuery(run)
      .finally(() => performance.measure('query', { start: started }))
      .then(
        (data) => live && setState({ data, error: undefined, loading: false }),
        (error: Error) => live && setState({ data: undefined, error, loading: false }),
      )
      .finally(() => busy(-1));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, enabled, revision]);
  return state;
}

/** A query's state, or the snapshot's answer to it when there is one (then the query is not run). */
export function snapshotOr<T>(query: QueryState<T>, snapshot: T | undefined): QueryState<T> {
  return snapshot !== undefined ? { data: snapshot, error: undefined, loading: false } : query;
}

/**
 * The build-time snapshot: undefined while it loads, null when the site has none or when reports added
 * in this browser make it out of date.
 */
export function useSnapshot(): OverviewSnapshot | null | undefined {
  const revision = useDataRevision();
  const [snapshot, setSnapshot] = useState<OverviewSnapshot | null | undefined>(undefined);
  useEffect(() => {
    const added = storedCount().catch(() => 0);
    Promise.all([loadSnapshot(), added]).then(([s, count]) => setSnapshot(count > 0 ? null : s));
  }, [revision]);
  return snapshot;
}
