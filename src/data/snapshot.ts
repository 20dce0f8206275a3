/**
 * The first view, computed at build time with the same queries, so the first chart does not wait for
 * DuckDB-WASM (a 34 MB wasm to compile). DuckDB loads in the background and takes over on interaction.
 */
import type { Connector } from './connector';
import { NO_FILTERS } from './filters';
import { type Coverage, type CountedCheck, type FilterOptions, type MissingYear, type ScopeTotals, countedFailedChecks, filterOptions, missingYears, overviewTotals } from './queries';

export interface OverviewSnapshot {
  options: FilterOptions;
  coverage: Coverage;
  totals: ScopeTotals[];
  /** Null when there are more than MISSING_IN_SNAPSHOT: then the view asks DuckDB (150,000 reports made it 3 MB). */
  missing: MissingYear[] | null;
  /** The failed checks of the summed reports, which the totals mark. */
  failed: CountedCheck[];
}

export const MISSING_IN_SNAPSHOT = 500;

export const SNAPSHOT_FILE = 'overview.json';

export async function overviewSnapshot(db: Connector): Promise<OverviewSnapshot> {
  const missing = await missingYears(db, NO_FILTERS);
  return { options: await filterOptions(db), ...(await overviewTotals(db, NO_FILTERS)), missing: missing.length <= MISSING_IN_SNAPSHOT ? missing : null, failed: await countedFailedChecks(db, NO_FILTERS) };
}

let snapshot: Promise<OverviewSnapshot | null> | null = null;

/** The build's snapshot, or null when there is none (then the views query DuckDB). */
export function loadSnapshot(): Promise<OverviewSnapshot | null> {
  snapshot ??= fetch(`${import.meta.env.BASE_URL}data/${SNAPSHOT_FILE}`)
    .then((r) => (r.ok ? (r.json() as Promise<OverviewSnapshot>) : null))
    .catch(() => null);
  return snapshot;
}
