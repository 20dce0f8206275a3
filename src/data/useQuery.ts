/** A typed query as React state: runs on the shared engine whenever its dependencies change. */
import { useEffect, useState } from 'react';
import type { Connector } from './connector';
import { getEngine } from './engine';

export interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

let pending = 0;
/** Marks the page busy while any query runs, so tests and benchmarks can wait for charts to update. */
function busy(delta: number) {
  pending += delta;
  document.body.dataset.busy = pending > 0 ? 'true' : 'false';
}

export function useQuery<T>(run: (db: Connector) => Promise<T>, deps: unknown[]): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ data: undefined, error: undefined, loading: true });
  useEffect(() => {
    let live = true;
    busy(1);
    setState((s) => ({ ...s, loading: true }));
    getEngine()
      .then((engine) => run(engine.connector))
      .then(
        (data) => live && setState({ data, error: undefined, loading: false }),
        (error: Error) => live && setState({ data: undefined, error, loading: false }),
      )
      .finally(() => busy(-1));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
