/**
 * What Trends can draw: a named metric, or any key of the form written `section.item.measure`
 * (e.g. `applications.new_received.natural_person`). Links carry either; anything else is refused.
 */
export interface MetricKey {
  section: string;
  item: string;
  measure: string;
}

export const NAMED_METRICS = {
  active_volume: { section: 'active_volume', item: 'total', measure: 'count' },
  requests_new: { section: 'applications', item: 'new_received', measure: 'total' },
  disclosed: { section: 'applications', item: 'disclosed', measure: 'total' },
  total_handled: { section: 'applications', item: 'total_handled', measure: 'total' },
  admin_review: { section: 'review_litigation', item: 'admin_review', measure: 'total' },
  procurement: { section: 'active', item: 'procurement', measure: 'amount_10k_yuan' },
  penalty_decisions: { section: 'active', item: 'penalty', measure: 'decisions' },
} as const satisfies Record<string, MetricKey>;
export type NamedMetric = keyof typeof NAMED_METRICS;

const KEY = /^([a-z0-9_]{1,40})\.([a-z0-9_]{1,40})\.([a-z0-9_]{1,40})$/;

/** The key a metric stands for, or null when it is neither a named metric nor a well-formed key. */
export function metricKey(metric: string): MetricKey | null {
  if (Object.hasOwn(NAMED_METRICS, metric)) return NAMED_METRICS[metric as NamedMetric];
  const m = KEY.exec(metric);
  return m ? { section: m[1], item: m[2], measure: m[3] } : null;
}

export const keyName = (k: MetricKey) => `${k.section}.${k.item}.${k.measure}`;
