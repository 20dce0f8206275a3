import { useState } from 'react';
import { checkRows, flagCounts } from '../../data/queries';
import { useQuery } from '../../data/useQuery';
import { FLAGS } from '../../extract/flags';
import { useT } from '../../app/i18n';
import { DataTable } from '../../app/ui/DataTable';
import { Panel } from '../../app/ui/Panel';
import { CheckTable } from '../shared/CheckTable';
import { QueryStatus } from '../shared/Loading';
import type { ViewProps } from '../shared/types';

const STATUSES = ['fail', 'not_assessable', 'pass'];

export function Quality({ state, navigate }: ViewProps) {
  const { lang } = useT();
  const [statuses, setStatuses] = useState<string[]>(['fail']);
  const checks = useQuery((db) => checkRows(db, state.filters, { statuses }), [state.filters, statuses.join()]);
  const flags = useQuery((db) => flagCounts(db, state.filters), [state.filters]);
  return (
    <>
      <fieldset className="toggle">
        <legend>{lang === 'zh' ? '核对结果' : 'Check status'}</legend>
        {STATUSES.map((s) => (
          <label key={s}>
            <input type="checkbox" checked={statuses.includes(s)} onChange={(e) => setStatuses(e.target.checked ? [...statuses, s] : statuses.filter((x) => x !== s))} /> {s}
          </label>
        ))}
      </fieldset>
      <Panel id="quality-checks" title={lang === 'zh' ? '核对' : 'Checks'} csvRows={(checks.data ?? []) as unknown as Record<string, unknown>[]}>
        <QueryStatus query={checks} />
        <CheckTable
          rows={checks.data ?? []}
          max={500}
          agencyColumn={(c) => <button type="button" className="link" onClick={() => navigate({ view: 'agency', report: c.report_id })}>{c.agency} {c.report_year}</button>}
        />
      </Panel>
      <Panel id="quality-flags" title={lang === 'zh' ? '标记' : 'Flags'} csvRows={(flags.data ?? []) as unknown as Record<string, unknown>[]}>
        <DataTable
          rows={flags.data ?? []}
          columns={[
            { key: 'flag', label: lang === 'zh' ? '标记' : 'Flag' },
            { key: 'facts', label: lang === 'zh' ? '数值' : 'Facts', numeric: true },
            { key: 'reports', label: lang === 'zh' ? '报告' : 'Reports', numeric: true },
            { key: 'meaning', label: lang === 'zh' ? '含义' : 'Meaning', render: (f) => (FLAGS as Record<string, string>)[f.flag] ?? '' },
          ]}
        />
      </Panel>
    </>
  );
}
