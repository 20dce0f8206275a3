import { CHECK_STATUS_LABELS, CHECK_STATUSES, ITEM_LABELS, label, MEASURE_LABELS } from '../../vocabulary';
import { CHECK_ROW_LIMIT, checkRows, flagCounts, flaggedFacts } from '../../data/queries';
import { useQuery } from '../../data/useQuery';
import { flagMeaning, flagName, flagNames } from '../../app/flagLabels';
import { formatNumber, useT } from '../../app/i18n';
import { DataTable } from '../../app/ui/DataTable';
import { isUnitless } from '../../data/figureMarks';
import { unitlessText } from '../../app/figureText';
import { Panel } from '../../app/ui/Panel';
import { Quoted } from '../../app/ui/Quoted';
import { CheckTable } from '../shared/CheckTable';
import { QueryStatus } from '../shared/Loading';
import type { ViewProps } from '../shared/types';

export function Quality({ state, navigate }: ViewProps) {
  const { t, lang } = useT();
  const zh = lang === 'zh';
  const statuses = state.checkStatuses;
  const checks = useQuery((db) => checkRows(db, state.filters, { statuses }), [state.filters, statuses.join()]);
  const flags = useQuery((db) => flagCounts(db, state.filters), [state.filters]);
  const flagged = useQuery((db) => (state.flag ? flaggedFacts(db, state.filters, state.flag) : Promise.resolve([])), [state.filters, state.flag]);
  const openReport = (reportId: string) => navigate({ view: 'agency', report: reportId });
  return (
    <>
      <fieldset className="toggle">
        <legend>{zh ? '核对结果' : 'Check status'}</legend>
        {CHECK_STATUSES.map((s) => (
          <label key={s}>
            <input type="checkbox" checked={statuses.includes(s)} onChange={(e) => navigate({ checkStatuses: CHECK_STATUSES.filter((x) => (x === s ? e.target.checked : statuses.includes(x))) })} /> {label(CHECK_STATUS_LABELS, s, lang)}
          </label>
        ))}
      </fieldset>
      <Panel id="quality-checks" title={zh ? '核对' : 'Checks'} csvRows={(checks.data ?? []) as unknown as Record<string, unknown>[]}>
        <QueryStatus query={checks} />
        {checks.data?.length === CHECK_ROW_LIMIT && (
          <p className="note" data-testid="checks-cut">{zh
            ? `只取前 ${CHECK_ROW_LIMIT} 条（未通过的在前）；全部核对结果见数据集的 checks 表。`
            : `Only the first ${CHECK_ROW_LIMIT} are fetched (failed ones first); every check is in the dataset's checks table.`}</p>
        )}
        <CheckTable
          rows={checks.data ?? []}
          max={500}
          agencyColumn={(c) => <button type="button" className="link" onClick={() => openReport(c.report_id)}><span data-source-text>{c.agency}</span> {c.report_year}</button>}
        />
      </Panel>
      <Panel id="quality-flags" title={zh ? '标记（点击查看带该标记的数值）' : 'Flags (pick one to list its numbers)'} csvRows={(flags.data ?? []) as unknown as Record<string, unknown>[]}>
        <DataTable
          rows={flags.data ?? []}
          columns={[
            {
              key: 'flag',
              label: zh ? '标记' : 'Flag',
              render: (f) => (
                <button type="button" className="link" aria-pressed={f.flag === state.flag} onClick={() => navigate({ flag: f.flag === state.flag ? '' : f.flag })}>{flagName(f.flag, lang)}</button>
              ),
            },
            { key: 'facts', label: zh ? '数值' : 'Facts', numeric: true },
            { key: 'reports', label: zh ? '报告' : 'Reports', numeric: true },
            { key: 'meaning', label: zh ? '含义' : 'Meaning', render: (f) => <Quoted text={flagMeaning(f.flag, lang)} /> },
          ]}
        />
      </Panel>
      {state.flag && (
        <Panel id="quality-flagged" title={`${zh ? '带标记的数值：' : 'Numbers flagged: '}${flagName(state.flag, lang)}`} csvRows={(flagged.data ?? []) as unknown as Record<string, unknown>[]}>
          <QueryStatus query={flagged} />
          <DataTable
            rows={flagged.data ?? []}
            max={500}
            columns={[
              { key: 'agency', label: zh ? '报告' : 'Report', render: (f) => <button type="button" className="link" onClick={() => openReport(f.report_id)}><span data-source-text>{f.agency}</span> {f.report_year}</button> },
              { key: 'year', label: t('year') },
              { key: 'key', label: zh ? '项目' : 'Item', render: (f) => `${label(ITEM_LABELS, f.item, lang)} · ${label(MEASURE_LABELS, f.measure, lang)}` },
              { key: 'value', label: zh ? '数值' : 'Value', numeric: true, render: (f) => (f.status !== 'reported' ? t(f.status === 'blank' ? 'blank' : 'unreadable') : isUnitless(f.flags) ? unitlessText(f.value, lang) : formatNumber(f.value, lang, 4)) },
              { key: 'raw', label: zh ? '原文' : 'Source text', render: (f) => <span data-source-text>{f.raw}</span> },
              { key: 'line', label: zh ? '行' : 'Line', render: (f) => `${f.page ? `p.${f.page} ` : ''}${f.line ?? '—'}` },
              { key: 'flags', label: zh ? '全部标记' : 'All flags', render: (f) => flagNames(f.flags, lang) },
            ]}
          />
        </Panel>
      )}
    </>
  );
}
