/** SQL conditions the subject modules share: a chart cell's key, a trend's keys across the form change, money with a unit. */
import { CROSSWALK } from '../../vocabulary';
import { type MetricKey, keyName, metricKey } from '../metrics';
import { sqlString } from '../sql';

/** The condition that a chart cell (alias `x`) has the key: always a metric's, never text from a link. */
export const hasKey = (k: MetricKey) => `x.section = ${sqlString(k.section)} AND x.item = ${sqlString(k.item)} AND x.measure = ${sqlString(k.measure)}`;

/**
 * The keys a trend of `k` draws: `k`, and the pre-2019 keys the crosswalk joins to it (受理依申请公开信息总数
 * before 2019 for 本年新收 after), so one series crosses the form change; each point says which key it is.
 */
export function trendKeys(k: MetricKey): string[] {
  const name = keyName(k);
  return [...new Set([name, ...CROSSWALK.filter((row) => row.to === name).map((row) => row.from)])];
}
// One condition per key on the columns themselves: the packed layout orders cells by key, so DuckDB skips blocks.
export const hasTrendKey = (k: MetricKey) => `(${trendKeys(k).map((name) => hasKey(metricKey(name)!)).join(' OR ')})`;

/** The condition that a cell's flags (a `;` list) do not mark money whose unit the source left out. */
export const NOT_UNITLESS = (flags: string) => `NOT list_contains(string_split(${flags}, ';'), 'unit_missing')`;
