/**
 * Build time: each chart view's first chart with no filter, computed with the queries the page runs, so a
 * cold visit to any view draws its first chart before DuckDB-WASM is ready (src/data/snapshot.ts holds
 * the type; scripts/build/dataset.ts writes the result into the snapshot file).
 *
 * Each entry repeats what the view's first SectionPanel asks (its source and cuts): a chart finds its
 * answer by that question (chartSnapshotKey), so an entry that no longer matches its view is never used
 * for another chart, and tests/e2e/speed.spec.ts fails until it is brought in line.
 */
import type { Connector } from '../../src/data/connector';
import { NO_FILTERS } from '../../src/data/filters';
import { type ChartCut, type FigureSource, chartFigures, failedChecks, metricKeys, trend, trendAgencies, trendUnitless } from '../../src/data/queries';
import { OUTCOME_GROUPS } from '../../src/data/schema';
import { type ChartSnapshot, type TrendsSnapshot, chartSnapshotKey } from '../../src/data/snapshot';
import { APPLICANT_MEASURES, REVIEW_GROUPS, REVIEW_MEASURES } from '../../src/vocabulary';
import { MAX_BARS } from '../../src/views/shared/chartLimits';

interface FirstChart {
  view: string;
  panel: string;
  source: FigureSource;
  cuts: ChartCut[];
  mine: number;
}

/** A SectionPanel reading one section's cells, as it builds its question from its props. */
function sectionChart(view: string, panel: string, section: string, cut: ChartCut): FirstChart {
  return { view, panel, source: { section, items: [...new Set(cut.items)] }, cuts: [cut], mine: 0 };
}

const OUTCOME_ITEMS = Object.keys(OUTCOME_GROUPS);
const ACTIONS = ['licensing', 'penalty', 'coercion'];

export const FIRST_CHARTS: FirstChart[] = [
  sectionChart('requests', 'requests-new_received', 'applications', { items: ['new_received'], seriesBy: { item: 'new_received' }, keys: APPLICANT_MEASURES.filter((m) => m !== 'total') }),
  { view: 'outcomes', panel: 'outcomes-all', source: 'outcome_groups', cuts: [{ items: OUTCOME_ITEMS, seriesBy: { measure: 'total' }, keys: OUTCOME_ITEMS }], mine: 0 },
  sectionChart('procurement', 'procurement-items', 'active', { items: ['procurement'], seriesBy: { item: 'procurement' }, keys: ['items'] }),
  sectionChart('actions', 'actions-decisions', 'active', { items: ACTIONS, seriesBy: { measure: 'decisions' }, keys: ACTIONS }),
  sectionChart('appeals', `appeals-${REVIEW_GROUPS[0]}`, 'review_litigation', { items: [REVIEW_GROUPS[0]], seriesBy: { item: REVIEW_GROUPS[0] }, keys: REVIEW_MEASURES.filter((m) => m !== 'total') }),
];

export async function chartSnapshots(db: Connector): Promise<Record<string, ChartSnapshot>> {
  const out: Record<string, ChartSnapshot> = {};
  for (const c of FIRST_CHARTS) {
    const figures = (await chartFigures(db, NO_FILTERS, c.source, c.cuts, MAX_BARS))[c.mine];
    const failed = await failedChecks(db, [...new Set(figures.rows.map((r) => r.report_id))]);
    out[chartSnapshotKey(c.source, c.cuts, c.mine)] = { figures, failed };
  }
  return out;
}

/** Trends as it opens with `metric` and no filter: the agencies it picks, their points, and what marks them. */
export async function trendsSnapshot(db: Connector, metric: string): Promise<TrendsSnapshot> {
  const defaults = await trendAgencies(db, metric, NO_FILTERS);
  const ids = defaults.map((a) => a.agency_id);
  const points = await trend(db, metric, ids, NO_FILTERS);
  return {
    metric, keys: await metricKeys(db, NO_FILTERS), defaults, points,
    unitless: await trendUnitless(db, metric, ids, NO_FILTERS),
    failed: await failedChecks(db, [...new Set(points.map((p) => p.report_id))]),
  };
}
