import { ACTIVE_ITEMS, APPLICANT_MEASURES, APPLICATION_ITEMS, FORM_LABELS, ITEM_LABELS, label, MEASURE_LABELS, ORIGIN_LABELS, REVIEW_GROUPS, REVIEW_MEASURES } from '../../vocabulary';
import { type ReactNode, useState } from 'react';
import { LOCAL_MARK, agencyReports, checkRows, reportFacts, type FactRow, type ReportRow } from '../../data/queries';
import { NO_FILTERS } from '../../data/filters';
import { useQuery } from '../../data/useQuery';
import { formatNumber, useT } from '../../app/i18n';
import { flagNames } from '../../app/flagLabels';
import { webAddress } from '../../data/sourceFiles';
import { DataTable } from '../../app/ui/DataTable';
import { Panel } from '../../app/ui/Panel';
import { QueryStatus } from '../shared/Loading';
import type { ViewProps } from '../shared/types';
import { CheckTable } from '../shared/CheckTable';
import { SourceViewer } from './SourceViewer';
import { failedChecksOn, isUnitless } from '../../data/figureMarks';
import { checksText, unitlessText } from '../../app/figureText';
import { CheckMarks, WarnMark } from '../shared/CheckMarks';

const ORIGIN_ORDER = ['table', 'corrected', 'narrative', 'derived'];
/** Columns of table 二 in the forms' order (2019 then 2021). */
const ACTIVE_MEASURE_ORDER = ['new_made', 'new_published', 'total_published', 'issued', 'repealed', 'in_force', 'prev_year_items', 'change', 'decisions', 'items', 'amount_10k_yuan'];

/** One of the form's tables: its rows and columns in the form's order, each cell drawn by `cell`. */
function FormTable(props: { corner?: string; items: readonly string[]; measures: readonly string[]; cell: (item: string, measure: string) => ReactNode }) {
  const { lang } = useT();
  return (
    <div className="table-scroll"><table className="form">
      <thead><tr><th scope="col">{props.corner}</th>{props.measures.map((m) => <th key={m} scope="col">{label(MEASURE_LABELS, m, lang)}</th>)}</tr></thead>
      <tbody>{props.items.map((item) => (
        <tr key={item}><th scope="row">{label(ITEM_LABELS, item, lang)}</th>{props.measures.map((m) => props.cell(item, m))}</tr>
      ))}</tbody>
    </table></div>
  );
}

export function AgencyReport({ state, navigate }: ViewProps) {
  const { t, lang } = useT();
  // The agency's reports only: the search box reaches the others.
  const reports = useQuery((db) => agencyReports(db, state.report), [state.report]);
  const report = reports.data?.find((r) => r.report_id === state.report) ?? reports.data?.[0];
  const facts = useQuery((db) => (report ? reportFacts(db, report.report_id) : Promise.resolve([])), [report?.report_id]);
  const checks = useQuery((db) => (report ? checkRows(db, NO_FILTERS, { reportId: report.report_id }) : Promise.resolve([])), [report?.report_id]);
  // The fact whose source is shown, with its report: picking another report must not cite this one's number under it.
  const [picked, setPicked] = useState<{ reportId: string; fact: FactRow } | null>(null);
  if (!reports.data) return <QueryStatus query={reports} />;
  if (!report) return <p className="note">{t('noData')}</p>;
  const all = facts.data ?? [];
  const selected = picked?.reportId === report.report_id ? picked.fact : null;
  const setSelected = (fact: FactRow | null) => setPicked(fact && { reportId: report.report_id, fact });
  /** The cell shown for a key: a reported value by origin precedence, else the cell as it is. */
  const cellOf = (section: string, item: string, measure: string, year = report.report_year) =>
    all
      .filter((f) => f.section === section && f.item === item && f.measure === measure && f.year === year)
      .sort((a, b) => Number(b.status === 'reported') - Number(a.status === 'reported') || ORIGIN_ORDER.indexOf(a.origin) - ORIGIN_ORDER.indexOf(b.origin))[0];
  const failed = (checks.data ?? []).filter((c) => c.status === 'fail');
  const otherChecks = (checks.data ?? []).filter((c) => c.status !== 'fail');
  /** A fact's text: its number, a number printed without a unit said so, or the gap's name. */
  const valueText = (f: FactRow) =>
    f.status === 'reported' ? (isUnitless(f.flags) ? unitlessText(f.value, lang) : formatNumber(f.value, lang, 4)) : f.status === 'blank' ? t('blank') : t('unreadable');
  const Cell = (p: { section: string; item: string; measure: string }) => {
    const f = cellOf(p.section, p.item, p.measure);
    if (!f) return <td className="absent" />;
    const bad = failedChecksOn(failed, report.report_id, [p]);
    return (
      <td className={`num ${f.status}`} data-key={`${p.section}.${p.item}.${p.measure}`}>
        <button type="button" className="cell" onClick={() => setSelected(f)} title={f.raw}>{valueText(f)}</button>
        {f.origin !== 'table' && <sup title={label(ORIGIN_LABELS, f.origin, lang)}>{label(ORIGIN_LABELS, f.origin, lang)[0]}</sup>}
        <WarnMark text={checksText(bad, lang)} />
      </td>
    );
  };
  const present = (section: string) => all.some((f) => f.section === section);
  const appItems = APPLICATION_ITEMS.filter((item) => all.some((f) => f.section === 'applications' && f.item === item && f.origin !== 'narrative'));
  const activeRows = ACTIVE_ITEMS.map((r) => r.item).filter((item) => all.some((f) => f.section === 'active' && f.item === item));
  const activeMeasures = ACTIVE_MEASURE_ORDER.filter((m) => all.some((f) => f.section === 'active' && f.measure === m));
  const otherFacts = all.filter((f) => f.section === 'active_volume' || f.section === 'processing_fees' || (f.origin === 'narrative' && f.section !== 'active_volume'));
  return (
    <>
      <label className="inline">
        {t('reports')}{' '}
        <select value={report.report_id} onChange={(e) => navigate({ report: e.target.value })} data-testid="report-picker">
          {reports.data.map((r: ReportRow) => <option key={r.report_id} value={r.report_id}>{r.agency || `(${r.agency_id})`} {r.report_year}{r.local ? LOCAL_MARK : ''}</option>)}
        </select>
      </label>
      <dl className="meta">
        <div><dt>{lang === 'zh' ? '机构' : 'Agency'}</dt><dd><span data-source-text>{report.agency || '—'}</span> <span className="note" data-source-text>{report.agency_id}</span></dd></div>
        <div><dt>{lang === 'zh' ? '地区' : 'Place'}</dt><dd><span data-source-text>{[report.province, report.city, report.county].filter(Boolean).join(' ') || '—'}</span> {report.division_code}</dd></div>
        <div><dt>{t('year')}</dt><dd>{report.report_year ?? '—'}{report.year_inferred ? (lang === 'zh' ? '（据落款日期推断）' : ' (inferred from the signature date)') : ''}</dd></div>
        <div><dt>{t('form')}</dt><dd>{label(FORM_LABELS, report.form_version, lang)}</dd></div>
        <div><dt>{lang === 'zh' ? '来源文件' : 'Source file'}</dt><dd data-source-text>{report.source_file}</dd></div>
        {webAddress(report.source_url) && (
          <div><dt>{lang === 'zh' ? '原文网址' : 'Published at'}</dt><dd><a href={webAddress(report.source_url)} target="_blank" rel="noopener noreferrer" data-source-text data-testid="report-url">{webAddress(report.source_url)}</a></dd></div>
        )}
        {report.local && (
          <div data-testid="local-report"><dt>{LOCAL_MARK}</dt><dd>{lang === 'zh' ? '在本浏览器中添加，不属于已发布的数据集' : 'Added in this browser; not part of the published dataset'}</dd></div>
        )}
        <div><dt>{lang === 'zh' ? '核对' : 'Checks'}</dt><dd data-testid="checks-summary">✓ {report.checks_passed} · ✗ {report.checks_failed}</dd></div>
      </dl>
      {selected && <SourceViewer report={report} fact={selected} checks={selected.year === report.report_year ? failedChecksOn(failed, report.report_id, [selected]) : []} onClose={() => setSelected(null)} />}
      <QueryStatus query={facts} />
      {present('active') && (
        <Panel id="agency-active" title={lang === 'zh' ? '二、主动公开政府信息情况' : 'II. Proactive disclosure'}>
          <FormTable corner={lang === 'zh' ? '信息内容' : 'Item'} items={activeRows} measures={activeMeasures} cell={(item, m) => <Cell key={m} section="active" item={item} measure={m} />} />
        </Panel>
      )}
      {appItems.length > 0 && (
        <Panel id="agency-applications" title={lang === 'zh' ? '三、收到和处理政府信息公开申请情况' : 'III. Information requests received and handled'}>
          <FormTable items={appItems} measures={APPLICANT_MEASURES} cell={(item, m) => <Cell key={m} section="applications" item={item} measure={m} />} />
        </Panel>
      )}
      {present('review_litigation') && (
        <Panel id="agency-review" title={lang === 'zh' ? '四、行政复议、行政诉讼情况' : 'IV. Administrative review and litigation'}>
          <FormTable items={REVIEW_GROUPS} measures={REVIEW_MEASURES} cell={(item, m) => <Cell key={m} section="review_litigation" item={item} measure={m} />} />
        </Panel>
      )}
      {otherFacts.length > 0 && (
        <Panel id="agency-other" title={lang === 'zh' ? '其他数字（含正文陈述与多年表）' : 'Other numbers (prose and multi-year tables)'}>
          <DataTable
            rows={otherFacts}
            columns={[
              { key: 'year', label: t('year') },
              { key: 'item', label: lang === 'zh' ? '项目' : 'Item', render: (f) => `${label(ITEM_LABELS, f.item, lang)} · ${label(MEASURE_LABELS, f.measure, lang)}` },
              { key: 'value', label: lang === 'zh' ? '数值' : 'Value', numeric: true, render: (f) => <button type="button" className="cell" onClick={() => setSelected(f)}>{valueText(f)}</button> },
              { key: 'origin', label: lang === 'zh' ? '来源' : 'Origin', render: (f) => label(ORIGIN_LABELS, f.origin, lang) },
              { key: 'flags', label: lang === 'zh' ? '标记' : 'Flags', render: (f) => flagNames(f.flags, lang) },
            ]}
          />
        </Panel>
      )}
      <Panel id="agency-checks" title={lang === 'zh' ? '核对结果' : 'Checks'} csvRows={(checks.data ?? []) as unknown as Record<string, unknown>[]}>
        <CheckMarks marks={failed.length ? [{ name: `${report.agency || report.agency_id} ${report.report_year ?? ''}`.trim(), checks: failed }] : []} />
        {failed.length > 0 && <CheckTable rows={failed} />}
        {otherChecks.length > 0 && (
          <details data-testid="other-checks">
            <summary>{lang === 'zh' ? `其余 ${otherChecks.length} 项（相符或无法核对）` : `${otherChecks.length} more (pass or not assessable)`}</summary>
            <CheckTable rows={otherChecks} />
          </details>
        )}
      </Panel>
    </>
  );
}
