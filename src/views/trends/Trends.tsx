import { lineOption } from '../../charts/options';
import { TREND_METRICS, type TrendMetric, trend, trendAgencies } from '../../data/queries';
import { useQuery } from '../../data/useQuery';
import { formatNumber, useT } from '../../app/i18n';
import { ORIGIN_LABELS, label } from '../../app/labels';
import { Panel } from '../../app/ui/Panel';
import { QueryStatus } from '../shared/Loading';
import type { ViewProps } from '../shared/types';

const METRIC_LABELS: Record<TrendMetric, [string, string]> = {
  active_volume: ['主动公开信息总数', 'Items proactively disclosed'],
  requests_new: ['本年新收申请', 'New requests'],
  disclosed: ['予以公开', 'Disclosed'],
  total_handled: ['办理结果总计', 'Requests handled'],
  admin_review: ['行政复议', 'Administrative reviews'],
  procurement: ['采购金额（万元）', 'Procurement (10k yuan)'],
  penalty_decisions: ['行政处罚决定', 'Penalty decisions'],
};

export function Trends({ state, navigate }: ViewProps) {
  const { lang } = useT();
  const defaults = useQuery((db) => trendAgencies(db, state.metric), [state.metric]);
  const chosen = state.agencies.length ? state.agencies : (defaults.data ?? []).map((a) => a.agency_id);
  const points = useQuery((db) => trend(db, state.metric, chosen), [state.metric, chosen.join()]);
  const data = points.data ?? [];
  // Every year of the span, so years without data show as gaps rather than vanish.
  const span = data.map((p) => p.year);
  const years = span.length ? Array.from({ length: Math.max(...span) - Math.min(...span) + 1 }, (_, i) => Math.min(...span) + i) : [];
  const agencies = [...new Map(data.map((p) => [p.agency_id, p.agency])).entries()];
  const series = agencies.map(([id, name]) => {
    const at = years.map((y) => data.find((p) => p.agency_id === id && p.year === y));
    return { name, values: at.map((p) => p?.value ?? null), notes: at.map((p) => (p && p.origin !== 'table' ? label(ORIGIN_LABELS, p.origin, lang) : null)) };
  });
  return (
    <>
      <label className="inline">
        {lang === 'zh' ? '指标' : 'Metric'}{' '}
        <select value={state.metric} onChange={(e) => navigate({ metric: e.target.value as TrendMetric })}>
          {(Object.keys(TREND_METRICS) as TrendMetric[]).map((m) => <option key={m} value={m}>{METRIC_LABELS[m][lang === 'zh' ? 0 : 1]}</option>)}
        </select>
      </label>
      <p className="note">
        {state.agencies.length
          ? <button type="button" onClick={() => navigate({ agencies: [] })}>{lang === 'zh' ? '恢复默认机构' : 'Back to the default agencies'}</button>
          : lang === 'zh' ? '默认显示有两年以上数据的机构；用搜索框加入其他机构。' : 'Showing agencies with two or more years; add others with the search box.'}
      </p>
      <QueryStatus query={points} />
      <Panel
        id="trends"
        title={METRIC_LABELS[state.metric][lang === 'zh' ? 0 : 1]}
        csvRows={data.map((p) => ({ agency: p.agency, agency_id: p.agency_id, year: p.year, value: p.value, origin: p.origin, report_id: p.report_id }))}
        option={points.data ? lineOption({ years, series, format: (v) => formatNumber(v, lang) }) : undefined}
      >
        <p className="note">{lang === 'zh' ? '数值按其所描述的年份排列；同一年有多个来源时，取当年报告、表格优先。◆ 表示数值不是取自表格（见提示框）。' : 'Values are placed at the year they describe; where sources overlap, that year’s report and table values win. ◆ marks a value not taken from a table (see its tooltip).'}</p>
      </Panel>
    </>
  );
}
