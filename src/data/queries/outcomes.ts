/** The refusal rate on Outcomes: its two counts per report, and why a report has none. */
import type { Connector } from '../connector';
import { type Filters, reportCondition } from '../filters';
import { sqlList } from '../sql';
import { agencyName } from './names';

export interface RefusalRate {
  report_id: string;
  agency_id: string;
  agency: string;
  report_year: number | null;
  scope: string;
  /** The sum of the report's 不予公开 rows (withheld_*), null unless every one of them is reported. */
  refused: number | null;
  /** 办理结果总计 (total_handled), null unless reported. */
  handled: number | null;
  /** Why there is no rate: 'gaps' (a row blank or unreadable), 'none_handled' (0 handled), or null. */
  missing: 'gaps' | 'none_handled' | null;
}

/**
 * The refusal rate's two counts per report with table 三 (docs/views.md defines it): refused = the sum of
 * the 不予公开 rows at 总计, handled = 办理结果总计. A blank or unreadable row is not 0: such a report has
 * no rate, and says why. Money without a unit does not occur here (counts only).
 */
export async function refusalRates(db: Connector, f: Filters, withheldItems: readonly string[]): Promise<RefusalRate[]> {
  const withheld = `x.item IN ${sqlList(withheldItems)}`;
  const rows = await db.query<Omit<RefusalRate, 'missing'> & { rows: number; reported: number } & Record<string, string | number | null>>(`
    SELECT r.report_id, r.agency_id, ${agencyName('r')} AS agency, r.report_year, r.scope,
           count(*) FILTER (WHERE ${withheld})::INTEGER AS rows,
           count(*) FILTER (WHERE ${withheld} AND x.status = 'reported')::INTEGER AS reported,
           sum(x.value) FILTER (WHERE ${withheld} AND x.status = 'reported')::DOUBLE AS refused,
           max(x.value) FILTER (WHERE x.item = 'total_handled' AND x.status = 'reported')::DOUBLE AS handled
    FROM chart_cells x JOIN reports r USING (report_id)
    WHERE x.section = 'applications' AND x.measure = 'total' AND x.year = x.report_year
      AND (${withheld} OR x.item = 'total_handled') AND ${reportCondition(f, 'x')}
    GROUP BY ALL ORDER BY r.agency_id, r.report_year, r.report_id`);
  return rows.map(({ rows: all, reported, ...r }) => {
    const complete = all > 0 && reported === all && r.handled !== null;
    const missing = !complete ? 'gaps' : r.handled === 0 ? 'none_handled' : null;
    return { ...r, refused: reported === all ? r.refused : null, missing };
  });
}
