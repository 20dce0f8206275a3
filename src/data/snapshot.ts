/**
 * The first view, computed at build time with the same queries, so the first chart does not wait for
 * DuckDB-WASM (a 34 MB wasm to compile). DuckDB loads in the background and takes over on interaction.
 */
import type { Connector } from './connector';
import { NO_FILTERS } from './filters';
import type { MetricKey } from './metrics';
import { type ChartCut, type CheckRow, type Coverage, type CountedCheck, type FigureSource, type FilterOptions, type MissingYear, type ReportFigure, type ScopeTotals, type TrendAgency, type TrendPoint, countedFailedChecks, filterOptions, missingYears, overviewTotals } from './queries';

/** One chart's answer with no filter: its figures (as chartFigures gives them) and the failed checks of the reports drawn. */
export interface ChartSnapshot {
  figures: { rows: ReportFigure[]; reports: number };
  failed: CheckRow[];
}

/** How a chart finds its answer in the snapshot: what it asks (source, every cut of its query, which one is its own). */
export const chartSnapshotKey = (source: FigureSource, cuts: readonly ChartCut[], mine: number) => JSON.stringify([source, cuts, mine]);

/** Trends as it opens (no filter, its default metric and the agencies it picks): each of its queries answered. */
export interface TrendsSnapshot {
  metric: string;
  keys: MetricKey[];
  defaults: TrendAgency[];
  points: TrendPoint[];
  unitless: { agency: string; report_year: number | null }[];
  failed: CheckRow[];
}

export interface OverviewSnapshot {
  options: FilterOptions;
  coverage: Coverage;
  totals: ScopeTotals[];
  /** Null when there are more than MISSING_IN_SNAPSHOT: then the view asks DuckDB (150,000 reports made it 3 MB). */
  missing: MissingYear[] | null;
  /** The failed checks of the summed reports, which the totals mark. */
  failed: CountedCheck[];
  /** Each chart view's first chart, by chartSnapshotKey (written by build/chartSnapshots.ts). */
  charts?: Record<string, ChartSnapshot>;
  /** Trends' first chart (written by build/chartSnapshots.ts). */
  trends?: TrendsSnapshot;
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
