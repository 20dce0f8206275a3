import { ITEM_LABELS, label } from '../../vocabulary';
import { barOption } from '../../charts/options';
import { type CountedCheck, countedFailedChecks, missingYears, overviewTotals, type ScopeTotals } from '../../data/queries';
import { REPORT_WIDE_KEYS, failedChecksOn } from '../../data/figureMarks';
import { checksText } from '../../app/figureText';
import { CheckMarks, WarnMark } from '../shared/CheckMarks';
import { reportName } from '../shared/pivot';
import { isUnfiltered } from '../../data/filters';
import { type QueryState, useQuery, useSnapshot } from '../../data/useQuery';
import { type MessageKey, formatNumber, message, useT } from '../../app/i18n';
import { DataTable } from '../../app/ui/DataTable';
import { Panel } from '../../app/ui/Panel';
import { QueryStatus } from '../shared/Loading';
import type { ViewProps } from '../shared/types';

const OUTCOMES = ['outcome_disclosed', 'outcome_partially_disclosed', 'outcome_withheld', 'outcome_unable', 'outcome_not_processed', 'outcome_other'] as const;

function withSnapshot<T>(query: QueryState<T>, snapshot: T | false | undefined): QueryState<T> {
  return snapshot ? { data: snapshot, error: undefined, loading: false } : query;
}

export function Overview({ state }: ViewProps) {
  const { t, lang } = useT();
  const f = state.filters;
  // With no filters the build's snapshot answers at once; DuckDB answers everything else.
  const snapshot = useSnapshot();
  const fromSnapshot = isUnfiltered(f) && !!snapshot;
  const query = snapshot !== undefined && !fromSnapshot;
  const both = withSnapshot(useQuery((db) => overviewTotals(db, f), [f], query), fromSnapshot && snapshot ? { coverage: snapshot.coverage, totals: snapshot.totals } : false);
  const cov = { ...both, data: both.data?.coverage };
  const missingFromSnapshot = fromSnapshot && snapshot?.missing;
  const missing = withSnapshot(useQuery((db) => missingYears(db, f), [f], snapshot !== undefined && !missingFromSnapshot), missingFromSnapshot);
  const failedFromSnapshot = fromSnapshot && snapshot?.failed;
  const failed = withSnapshot(useQuery((db) => countedFailedChecks(db, f), [f], snapshot !== undefined && !failedFromSnapshot), failedFromSnapshot);
  const fmt = (v: number) => formatNumber(v, lang);
  const scopeName = (s: string) => t(`scope_${s}` as MessageKey);
  const rows: ScopeTotals[] = both.data?.totals ?? [];
  const notAdded = rows.reduce((n, r) => n + r.not_added, 0);
  // A sum is marked when a report it adds up fails a check on a figure of that column.
  const fails = failed.data ?? [];
  const failsIn = (scope: string, columns: readonly string[]): CountedCheck[] =>
    fails.filter((c) => c.scope === scope && failedChecksOn([c], c.report_id, columns.flatMap((col) => REPORT_WIDE_KEYS[col])).length > 0);
  /** Each report's failed checks after its name, one report after another. */
  const byReport = (checks: CountedCheck[]) =>
    [...new Set(checks.map((c) => c.report_id))].map((id) => { const mine = checks.filter((c) => c.report_id === id); return { name: reportName(mine[0]), checks: mine }; });
  const markText = (checks: CountedCheck[]) =>
    byReport(checks).map((m) => `${m.name}${lang === 'zh' ? '：' : ': '}${checksText(m.checks, lang)}`).join(lang === 'zh' ? '；' : '; ');
  const summed = (column: 'requests_new' | 'outcome_total' | 'procurement_10k_yuan' | 'admin_review_total' | 'litigation_total') =>
    (r: ScopeTotals) => <>{formatNumber(r[column], lang)}<WarnMark text={markText(failsIn(r.scope, [column]))} /></>;
  const shownColumns = ['requests_new', 'outcome_total', 'procurement_10k_yuan', 'admin_review_total', 'litigation_total', ...OUTCOMES];
  const marked = rows.flatMap((r) => failsIn(r.scope, shownColumns));
  const marks = byReport([...new Map(marked.map((c) => [`${c.report_id} ${c.check}`, c])).values()]);
  return (
    <>
      <QueryStatus query={cov} />
      {cov.data && (
        <dl className="stats">
          <div><dt>{t('reports')}</dt><dd data-stat="reports">{fmt(cov.data.reports)}</dd></div>
          <div><dt>{t('agencies')}</dt><dd data-stat="agencies">{fmt(cov.data.agencies)}</dd></div>
          <div><dt>{t('provinces')}</dt><dd data-stat="provinces">{fmt(cov.data.provinces)}</dd></div>
          <div><dt>{t('years')}</dt><dd data-stat="years">{cov.data.first_year ?? '—'}–{cov.data.last_year ?? '—'}</dd></div>
        </dl>
      )}
      <Panel
        id="overview-totals"
        title={lang === 'zh' ? '按填报范围汇总（全辖区报告不与本机关报告相加）' : 'Totals by scope (jurisdiction-wide reports are never added to agencies)'}
        csvRows={rows.map((r) => ({ ...r, failed_checks: markText(failsIn(r.scope, shownColumns)) }))}
      >
        <DataTable
          rows={rows}
          columns={[
            { key: 'scope', label: lang === 'zh' ? '范围' : 'Scope', render: (r) => scopeName(r.scope) },
            { key: 'reports', label: t('reports'), numeric: true, render: (r) => fmt(r.reports) },
            { key: 'requests_new', label: lang === 'zh' ? '本年新收申请' : 'New requests', numeric: true, render: summed('requests_new') },
            { key: 'outcome_total', label: lang === 'zh' ? '办理总计' : 'Handled', numeric: true, render: summed('outcome_total') },
            { key: 'procurement_10k_yuan', label: lang === 'zh' ? '采购金额（万元）' : 'Procurement (10k yuan)', numeric: true, render: summed('procurement_10k_yuan') },
            { key: 'admin_review_total', label: lang === 'zh' ? '行政复议' : 'Reviews', numeric: true, render: summed('admin_review_total') },
            { key: 'litigation_total', label: lang === 'zh' ? '行政诉讼' : 'Lawsuits', numeric: true, render: summed('litigation_total') },
          ]}
        />
        <CheckMarks marks={marks} />
        <p className="note">{lang === 'zh' ? '采购金额不含未注明单位的数值；份额按合计数计算，不对各机构比率取平均。' : 'Procurement leaves out amounts without a unit; shares are computed from summed counts, never by averaging agencies’ ratios.'}</p>
        {notAdded > 0 && (
          <p className="note" role="note" data-testid="not-added">
            {lang === 'zh'
              ? `有 ${notAdded} 份全辖区报告的地区已包含在同年另一份全辖区报告中，未计入合计。`
              : `${notAdded} whole-area reports lie inside another whole-area report of the same year and are left out of the sums.`}
          </p>
        )}
      </Panel>
      <Panel
        id="overview-outcomes"
        title={lang === 'zh' ? '办理结果构成（按范围）' : 'Outcome shares by scope'}
        unit={message('unitShare', lang)}
        csvRows={rows.map((r) => ({ scope: r.scope, ...Object.fromEntries(OUTCOMES.map((o) => [o, r[o]])) }))}
        option={barOption({
          categories: rows.map((r) => scopeName(r.scope)),
          series: OUTCOMES.map((o) => ({ name: label(ITEM_LABELS, o, lang), values: rows.map((r) => r[o]) })),
          percent: true,
          format: fmt,
          categoryNotes: rows.map((r) => { const text = markText(failsIn(r.scope, OUTCOMES)); return text ? `⚠ ${text}` : null; }),
        })}
        chartHeight={220}
      />
      <Panel id="overview-missing" title={lang === 'zh' ? '数据未覆盖的机构年度' : 'Agency-years the data does not cover'} csvRows={(missing.data ?? []) as unknown as Record<string, unknown>[]}>
        <QueryStatus query={missing} />
        {missing.data && missing.data.length > 0 && (
          <DataTable rows={missing.data} columns={[{ key: 'agency', label: t('agencies') }, { key: 'year', label: t('year') }]} max={200} />
        )}
      </Panel>
    </>
  );
}
