import { CROSSWALK, TABLE_FORMS, ITEM_LABELS, label, MEASURE_LABELS, ORIGIN_LABELS, SECTION_LABELS } from '../../vocabulary';
import { lineOption } from '../../charts/options';
import { type MetricKey, NAMED_METRICS, type NamedMetric, keyName, metricKey } from '../../data/metrics';
import { type TrendPoint, failedChecks, metricKeys, trend, trendAgencies, trendUnitless } from '../../data/queries';
import { failedChecksOn } from '../../data/figureMarks';
import { WARN, checksText } from '../../app/figureText';
import { CheckMarks } from '../shared/CheckMarks';
import { snapshotOr, useQuery, useSnapshot } from '../../data/useQuery';
import { isUnfiltered } from '../../data/filters';
import { formatNumber, useT } from '../../app/i18n';
import { Panel } from '../../app/ui/Panel';
import { QueryStatus } from '../shared/Loading';
import type { ViewProps } from '../shared/types';
import { Legend } from '../shared/Legend';
import { unitOf } from '../../app/units';
import { useAgencyPick } from '../../app/agencyPick';
import { withAgency } from '../../app/route';

const METRIC_LABELS: Record<NamedMetric, [string, string]> = {
  active_volume: ['主动公开信息总数', 'Items proactively disclosed'],
  requests_new: ['本年新收申请', 'New requests'],
  disclosed: ['予以公开', 'Disclosed'],
  total_handled: ['办理结果总计', 'Requests handled'],
  admin_review: ['行政复议', 'Administrative reviews'],
  procurement: ['采购金额（万元）', 'Procurement (10k yuan)'],
  penalty_decisions: ['行政处罚决定', 'Penalty decisions'],
};

const keyLabel = (k: MetricKey, lang: 'zh' | 'en') => `${label(ITEM_LABELS, k.item, lang)} · ${label(MEASURE_LABELS, k.measure, lang)}`;

function metricLabel(metric: string, lang: 'zh' | 'en'): string {
  if (Object.hasOwn(METRIC_LABELS, metric)) return METRIC_LABELS[metric as NamedMetric][lang === 'zh' ? 0 : 1];
  const k = metricKey(metric);
  return k ? `${label(SECTION_LABELS, k.section, lang)}${lang === 'zh' ? '：' : ': '}${keyLabel(k, lang)}` : metric;
}

export function Trends({ state, navigate }: ViewProps) {
  const { lang } = useT();
  const f = state.filters;
  // The build answered the view as it opens (no filter, its default metric and agencies): a cold visit
  // draws from that before DuckDB is ready; anything else asks DuckDB (once the snapshot is known).
  const snapshot = useSnapshot();
  const snap = snapshot?.trends;
  const snapped = snap && isUnfiltered(f) && state.metric === snap.metric && state.agencies.length === 0 ? snap : undefined;
  const ask = snapshot !== undefined && !snapped;
  const keys = snapshotOr(useQuery((db) => metricKeys(db, f), [f], ask), snapped?.keys);
  const defaults = snapshotOr(useQuery((db) => trendAgencies(db, state.metric, f), [state.metric, f], ask), snapped?.defaults);
  const chosen = state.agencies.length ? [...new Set(state.agencies)] : (defaults.data ?? []).map((a) => a.agency_id);
  // A searched agency joins the lines shown, the defaults included.
  useAgencyPick((agencyId) => navigate({ agencies: withAgency(chosen, agencyId), at: [] }));
  const points = snapshotOr(useQuery((db) => trend(db, state.metric, chosen, f), [state.metric, chosen.join(), f], ask), snapped?.points);
  const unitless = snapshotOr(useQuery((db) => trendUnitless(db, state.metric, chosen, f), [state.metric, chosen.join(), f], ask), snapped?.unitless);
  const sections = [...new Set((keys.data ?? []).map((k) => k.section))];
  const data = points.data ?? [];
  // A point whose report fails a check on the metric's figure is the printed number, marked.
  const fails = snapshotOr(useQuery((db) => failedChecks(db, data.map((p) => p.report_id)), [[...new Set(data.map((p) => p.report_id))].join()], ask), snapped?.failed);
  const key = metricKey(state.metric);
  // Checks compare a report's figures of its own year, not the earlier years of a multi-year table.
  const checksAt = (p: TrendPoint | undefined) => (p && key && p.year === p.report_year ? failedChecksOn(fails.data ?? [], p.report_id, [key]) : []);
  // Every year of the span, so years without data show as gaps rather than vanish.
  const span = data.map((p) => p.year);
  const years = span.length ? Array.from({ length: Math.max(...span) - Math.min(...span) + 1 }, (_, i) => Math.min(...span) + i) : [];
  // One line per agency_id: a body that printed its name differently over the years (洪泽区人民政府, then
  // 淮安市洪泽区人民政府) is one line, under its latest name, with the others beside it.
  const namesOf = (id: string) => [...new Set(data.filter((p) => p.agency_id === id).sort((a, b) => b.report_year - a.report_year).map((p) => p.agency))];
  const agencies = [...new Set(data.map((p) => p.agency_id))].map((id): [string, string] => {
    const [latest, ...others] = namesOf(id);
    return [id, others.length ? `${latest}${lang === 'zh' ? `（又名 ${others.join('、')}）` : ` (also ${others.join(', ')})`}` : latest];
  });
  const unit = key ? unitOf(key, lang) : '';
  const series = agencies.map(([id, name]) => {
    const at = years.map((y) => data.find((p) => p.agency_id === id && p.year === y));
    const notes = at.map((p) => [
      p && p.origin !== 'table' ? label(ORIGIN_LABELS, p.origin, lang) : '',
      checksAt(p).length ? `${WARN} ${checksText(checksAt(p), lang)}` : '',
    ].filter(Boolean).join(lang === 'zh' ? '；' : '; ') || null);
    return { name, values: at.map((p) => p?.value ?? null), notes };
  });
  const marks = data.filter((p) => checksAt(p).length).map((p) => ({ name: `${p.agency} ${p.year}`, checks: checksAt(p) }));
  // A series that crosses a new national form is marked where the form changes, and says how the definition changed.
  const breaks = TABLE_FORMS
    .map((form) => ({ form, year: Math.min(...data.filter((p) => p.form_version === form).map((p) => p.year)) }))
    .filter(({ year }) => Number.isFinite(year) && data.some((p) => p.year < year))
    .map(({ form, year }) => ({ year, label: lang === 'zh' ? `${form} 年表式起` : `${form} form from here` }));
  const crossed = key && breaks.length > 0
    ? CROSSWALK.filter((row) => row.to === keyName(key) && data.some((p) => p.key === row.from && p.form_version === 'pre2019'))
    : [];
  const unitlessNames = (unitless.data ?? []).map((r) => `${r.agency} ${r.report_year ?? ''}`.trim()).join('、');
  return (
    <>
      <label className="inline">
        {lang === 'zh' ? '指标' : 'Metric'}{' '}
        <select value={state.metric} onChange={(e) => navigate({ metric: e.target.value })} data-testid="metric">
          {Object.keys(NAMED_METRICS).map((m) => <option key={m} value={m}>{metricLabel(m, lang)}</option>)}
          {sections.map((section) => (
            <optgroup key={section} label={label(SECTION_LABELS, section, lang)}>
              {keys.data!.filter((k) => k.section === section).map((k) => <option key={keyName(k)} value={keyName(k)}>{keyLabel(k, lang)}</option>)}
            </optgroup>
          ))}
        </select>
      </label>
      <p className="note">
        {state.agencies.length
          ? <button type="button" onClick={() => navigate({ agencies: [] })}>{lang === 'zh' ? '恢复默认机构' : 'Back to the default agencies'}</button>
          : lang === 'zh' ? '默认显示有两年以上数据的机构；用搜索框加入其他机构。' : 'Showing agencies with two or more years; add others with the search box.'}
      </p>
      <label className="inline">
        <input type="checkbox" checked={state.indexed} onChange={(e) => navigate({ indexed: e.target.checked })} />{' '}
        {lang === 'zh' ? '以首年为 100' : 'Index: first year = 100'}
      </label>
      <QueryStatus query={points} />
      <Panel
        id="trends"
        title={metricLabel(state.metric, lang)}
        unit={unit}
        csvRows={data.map((p) => ({ agency: p.agency, agency_id: p.agency_id, year: p.year, value: p.value, origin: p.origin, report_id: p.report_id, form_version: p.form_version, key: p.key, failed_checks: checksText(checksAt(p), lang) }))}
        option={points.data ? lineOption({
          years, series, format: (v) => formatNumber(v, lang), breaks, unit,
          indexed: state.indexed ? { axisName: lang === 'zh' ? '首年 = 100' : 'first year = 100', raw: (v) => `${formatNumber(v, lang)}${unit ? ` ${unit}` : ''}` } : undefined,
        }) : undefined}
      >
        <Legend names={series.map((s) => s.name)} />
        {state.indexed && (
          <p className="note" role="note" data-testid="indexed-note">
            {lang === 'zh' ? '每条线以其第一个有数值的年份为 100：比较的是各自的变化，而非数量大小；首年为 0 的机构无法换算，不画出。' : 'Each line is 100 at its first year with a value: it compares change, not size; an agency whose first value is 0 cannot be indexed and is not drawn.'}
          </p>
        )}
        {crossed.length > 0 && (
          <p className="note" role="note" data-testid="form-change">
            {crossed.map((row) => {
              const [from, to] = [metricLabel(row.from, lang), metricLabel(state.metric, lang)];
              return lang === 'zh'
                ? `2019 年以前的数值取自旧统计表（${from}），2019 年起取自新表式（${to}）：两者口径不同，虚线处即表式更换（详见数据字典中的新旧表式对照）。`
                : `Before 2019 the values come from the old statistics table (${from}), from 2019 from the new form (${to}): the definitions differ, and the dashed line marks the change of form (see the crosswalk in the data dictionary).`;
            }).join(' ')}
          </p>
        )}
        {unitlessNames && (
          <p className="note" role="note" data-testid="unitless">
            {lang === 'zh' ? `以下报告的金额未注明单位，未画入图中：${unitlessNames}` : `These amounts have no unit in the source and are not drawn: ${unitlessNames}`}
          </p>
        )}
        <CheckMarks marks={marks} />
        <p className="note">{lang === 'zh' ? '数值按其所描述的年份排列；同一年有多个来源时，取当年报告、表格优先。◆ 表示数值不是取自表格，或其核对不符（见提示框）。' : 'Values are placed at the year they describe; where sources overlap, that year’s report and table values win. ◆ marks a value not taken from a table, or one whose check fails (see its tooltip).'}</p>
      </Panel>
    </>
  );
}
